import { z } from "zod";
import { directiveSectors } from "@/db/schema";
import { optionalSymbolField } from "@/lib/legal-documents/validation";
import { DOCUMENT_FIELD_PREFIX } from "./fields";
import { enumField, idSchema, optionalId, requiredId, requiredText, versionField } from "@/lib/validation";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export { DOCUMENT_FIELD_PREFIX };

/** Collects the ticked "doc_<id>" checkboxes into documentIds before the object is validated. */
function withDocumentIds(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const values = raw as Record<string, unknown>;
  const documentIds = Object.keys(values)
    .filter((key) => key.startsWith(DOCUMENT_FIELD_PREFIX) && /^\d{1,9}$/.test(key.slice(DOCUMENT_FIELD_PREFIX.length)) && values[key] === "on")
    .map((key) => Number(key.slice(DOCUMENT_FIELD_PREFIX.length)));
  return { ...values, documentIds };
}

const fields = {
  conferenceId: idSchema,
  /** Empty: the next number in the conference. */
  number: z.preprocess(emptyToUndefined, z.coerce.number({ error: "directives.errors.numberInvalid" }).int("directives.errors.numberInvalid").min(1, "directives.errors.numberInvalid").max(999, "directives.errors.numberInvalid").optional()),
  issuedByPersonId: requiredId(),
  agendaItemId: optionalId(),
  sector: enumField(directiveSectors),
  text: requiredText(4000),
  documentIds: z.array(idSchema).max(50, "validation.invalid"),
  /** A document named by its symbol, added to the register when missing. */
  symbol: optionalSymbolField(),
};

export const createDirectiveSchema = z.preprocess(withDocumentIds, z.object(fields));
export type DirectiveInput = z.output<typeof createDirectiveSchema>;

export const updateDirectiveSchema = z.preprocess(withDocumentIds, z.object({ ...fields, id: idSchema, version: versionField() }));
export type UpdateDirectiveInput = z.output<typeof updateDirectiveSchema>;

export const deleteDirectiveSchema = z.object({ conferenceId: idSchema, id: idSchema });
export type DeleteDirectiveInput = z.output<typeof deleteDirectiveSchema>;

export const conferenceDirectivesSchema = z.object({ conferenceId: idSchema });
export type ConferenceDirectivesInput = z.output<typeof conferenceDirectivesSchema>;
