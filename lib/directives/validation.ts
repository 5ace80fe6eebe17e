import { z } from "zod";
import { directiveSectors } from "@/db/schema";
import { optionalSymbolField } from "@/lib/legal-documents/validation";
import { DOCUMENT_FIELD_PREFIX, INDICATOR_FIELD_PREFIX } from "./fields";
import { enumField, idSchema, optionalId, requiredId, requiredText, versionField } from "@/lib/validation";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export { DOCUMENT_FIELD_PREFIX };

/** The ids of the ticked "<prefix><id>" checkboxes. */
function checkedIds(values: Record<string, unknown>, prefix: string): number[] {
  return Object.keys(values)
    .filter((key) => key.startsWith(prefix) && /^\d{1,9}$/.test(key.slice(prefix.length)) && values[key] === "on")
    .map((key) => Number(key.slice(prefix.length)));
}

/** Collects the ticked documents and indicators into documentIds and indicatorIds before the object is validated. */
function withCheckedIds(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const values = raw as Record<string, unknown>;
  return { ...values, documentIds: checkedIds(values, DOCUMENT_FIELD_PREFIX), indicatorIds: checkedIds(values, INDICATOR_FIELD_PREFIX) };
}

const fields = {
  conferenceId: idSchema,
  /** Empty: the next number in the conference. */
  number: z.preprocess(emptyToUndefined, z.coerce.number({ error: "directives.errors.numberInvalid" }).int("directives.errors.numberInvalid").min(1, "directives.errors.numberInvalid").max(999, "directives.errors.numberInvalid").optional()),
  issuedByPersonId: requiredId("directives.errors.issuerRequired"),
  agendaItemId: optionalId(),
  sector: enumField(directiveSectors, "directives.errors.sectorRequired"),
  text: requiredText(4000, "directives.errors.textRequired"),
  documentIds: z.array(idSchema).max(50, "validation.invalid"),
  indicatorIds: z.array(idSchema).max(100, "validation.invalid"),
  /** A document named by its symbol, added to the register when missing. */
  symbol: optionalSymbolField(),
};

export const createDirectiveSchema = z.preprocess(withCheckedIds, z.object(fields));
export type DirectiveInput = z.output<typeof createDirectiveSchema>;

export const updateDirectiveSchema = z.preprocess(withCheckedIds, z.object({ ...fields, id: idSchema, version: versionField() }));
export type UpdateDirectiveInput = z.output<typeof updateDirectiveSchema>;

export const deleteDirectiveSchema = z.object({ conferenceId: idSchema, id: idSchema });
export type DeleteDirectiveInput = z.output<typeof deleteDirectiveSchema>;

export const conferenceDirectivesSchema = z.object({ conferenceId: idSchema });
export type ConferenceDirectivesInput = z.output<typeof conferenceDirectivesSchema>;
