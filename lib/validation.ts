import { z } from "zod";
import { parseCalendarDate } from "./dates";

/**
 * Building blocks for form schemas. A required field may name itself in its message
 * ("conferences.errors.dateRequired" = "Nhập ngày họp"): the error summary then says what to
 * do, not just that something is missing; the default is the generic "validation.required". Every message is a key under "validation" in
 * messages/*.json; the action wrapper translates it for the user's language.
 * Forms send strings, so empty strings mean "not given".
 */
const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * Typed text as it is stored: Unicode NFC (one code point per Vietnamese letter, as most
 * keyboards send it; some keyboards and text pasted from Word send decomposed NFD, which
 * would look the same and yet compare, sort and search differently) and trimmed.
 */
export const normalizedText = (value: unknown) => (typeof value === "string" ? value.normalize("NFC").trim() : value);
const normalizedOrUndefined = (value: unknown) => emptyToUndefined(normalizedText(value));

export const requiredText = (max = 300, required = "validation.required") =>
  z.preprocess(normalizedText, z.string({ error: required }).min(1, required).max(max, "validation.tooLong"));

export const optionalText = (max = 300) => z.preprocess(normalizedOrUndefined, z.string().max(max, "validation.tooLong").optional());

export const optionalEmail = () =>
  z.preprocess(emptyToUndefined, z.string().trim().max(200, "validation.tooLong").pipe(z.email("validation.email")).optional());

export const optionalPhone = () =>
  z.preprocess(emptyToUndefined, z.string().trim().regex(/^[+\d][\d\s.\-()]{5,19}$/, "validation.phone").optional());

/** A database id from a form field or route parameter. */
export const idSchema = z.coerce.number({ error: "validation.invalid" }).int("validation.invalid").positive("validation.invalid");
export const optionalId = () => z.preprocess(emptyToUndefined, idSchema.optional());
export const requiredId = (required = "validation.required") =>
  z.preprocess(emptyToUndefined, z.coerce.number({ error: required }).int("validation.invalid").positive(required));

/** The row version the form was loaded with (optimistic concurrency). */
export const versionField = () => z.coerce.number({ error: "validation.invalid" }).int().min(1);

/** A calendar date typed as dd/MM/yyyy (or ISO); the parsed value is ISO yyyy-MM-dd, as PostgreSQL's date wants it. */
const calendarDate = () =>
  z.string().transform((value, ctx) => {
    const parsed = parseCalendarDate(value);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "validation.date" });
      return z.NEVER;
    }
    return parsed;
  });

export const optionalDate = () => z.preprocess(emptyToUndefined, calendarDate().optional());

/** As optionalDate, but an empty field says "required" rather than "invalid". */
export const requiredDate = (required = "validation.required") => z.preprocess(emptyToUndefined, z.string({ error: required }).pipe(calendarDate()));

export const checkbox = () => z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export function enumField<const T extends readonly [string, ...string[]]>(values: T, required = "validation.required") {
  return z.preprocess(emptyToUndefined, z.enum(values, { error: required }));
}
