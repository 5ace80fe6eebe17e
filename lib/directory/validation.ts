import { z } from "zod";
import { agencyKinds } from "@/db/schema";
import { enumField, idSchema, optionalDate, requiredDate, optionalEmail, optionalId, optionalPhone, optionalText, requiredId, requiredText, versionField } from "@/lib/validation";

/*
 * Form schemas of the directory. Messages are full message keys; lib/actions.ts
 * translates them and puts each under its field.
 */

/** Symbol used in document numbers (05/TB-STTTT): capitals without diacritics, digits and hyphens. */
export const agencyCodePattern = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

/**
 * Optional code, trimmed and upper-cased first so a clerk typing "stttt" gets STTTT;
 * anything still outside the pattern (diacritics, spaces, a leading hyphen) is refused.
 */
const optionalCode = () =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toUpperCase() || undefined : value),
    z.string().regex(agencyCodePattern, "validation.code").optional(),
  );

/** Runs the date-range check only when both dates parsed, so a bad date gets its own message rather than two. */
function checkDateRange(payload: { value: unknown; issues: readonly { path?: PropertyKey[] }[] }): boolean {
  return !payload.issues.some((issue) => issue.path?.[0] === "validFrom" || issue.path?.[0] === "validTo");
}

const agencyFields = {
  name: requiredText(300),
  shortName: optionalText(120),
  code: optionalCode(),
  kind: enumField(agencyKinds),
  parentId: optionalId(),
  validFrom: optionalDate(),
  validTo: optionalDate(),
};

type DatedInput = { validFrom?: string; validTo?: string };
const validToNotBeforeValidFrom = (value: DatedInput) => !value.validFrom || !value.validTo || value.validTo >= value.validFrom;
// `when` lets the range be checked even if another field (say the name) is missing,
// so the clerk sees every problem in one round trip.
const dateRangeRule = { message: "validation.dateRange", path: ["validTo"], when: checkDateRange };

export const createAgencySchema = z.object(agencyFields).refine(validToNotBeforeValidFrom, dateRangeRule);

export const updateAgencySchema = z
  .object({ id: idSchema, version: versionField(), ...agencyFields })
  .refine(validToNotBeforeValidFrom, dateRangeRule);

/** What happens to a merged agency's active divisions: moved under the successor, or retired with it. */
export const divisionChoices = ["move", "retire"] as const;
export type DivisionChoice = (typeof divisionChoices)[number];

/** Merge into a successor from `mergeDate` (the successor's first day in charge). */
export const mergeAgencySchema = z
  .object({
    id: idSchema,
    version: versionField(),
    successorId: requiredId(),
    mergeDate: requiredDate(),
    // Required only when the agency has active divisions (the command knows; the form asks).
    divisions: z.preprocess((value) => (value === "" ? undefined : value), z.enum(divisionChoices, { error: "validation.invalid" }).optional()),
  })
  .refine((value) => value.successorId !== value.id, {
    message: "errors.successorSelf",
    path: ["successorId"],
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "successorId" || issue.path?.[0] === "id"),
  });

/** Stop from `deactivateDate` (the first day without the agency). */
export const deactivateAgencySchema = z.object({ id: idSchema, version: versionField(), deactivateDate: requiredDate() });

export const reactivateAgencySchema = z.object({ id: idSchema, version: versionField() });

const personFields = {
  fullName: requiredText(200),
  position: optionalText(300),
  agencyId: optionalId(),
  phone: optionalPhone(),
  email: optionalEmail(),
};

export const createPersonSchema = z.object(personFields);

export const updatePersonSchema = z.object({ id: idSchema, version: versionField(), ...personFields });

export const personStatusSchema = z.object({ id: idSchema, version: versionField() });

export type AgencyInput = z.output<typeof createAgencySchema>;
export type UpdateAgencyInput = z.output<typeof updateAgencySchema>;
export type MergeAgencyInput = z.output<typeof mergeAgencySchema>;
export type DeactivateAgencyInput = z.output<typeof deactivateAgencySchema>;
export type ReactivateAgencyInput = z.output<typeof reactivateAgencySchema>;
export type PersonInput = z.output<typeof createPersonSchema>;
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;
export type PersonStatusInput = z.output<typeof personStatusSchema>;
