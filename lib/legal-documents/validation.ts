import { z } from "zod";
import { idSchema, optionalDate, optionalText, versionField } from "@/lib/validation";
import { type DocumentSymbol, parseDocumentSymbol } from "./symbol";

/**
 * A "số, ký hiệu" typed by hand, parsed into its parts. Each way it can be wrong has its own
 * message (legalDocuments.symbolErrors.*), shown under the field.
 */
export const symbolField = () =>
  z.preprocess(
    (value) => (typeof value === "string" ? value : ""),
    z.string().transform((value, ctx): DocumentSymbol => {
      const parsed = parseDocumentSymbol(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: `legalDocuments.symbolErrors.${parsed.error}` });
        return z.NEVER;
      }
      return parsed.value;
    }),
  );

/** As symbolField, but an empty field means "no symbol given" (the directive form's add-by-symbol). */
export const optionalSymbolField = () =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), symbolField().optional());

const fields = {
  symbol: symbolField(),
  issuingBody: optionalText(300),
  issuedOn: optionalDate(),
  title: optionalText(1000),
};

export const createLegalDocumentSchema = z.object(fields);
export type LegalDocumentInput = z.output<typeof createLegalDocumentSchema>;

export const updateLegalDocumentSchema = z.object({ ...fields, id: idSchema, version: versionField() });
export type UpdateLegalDocumentInput = z.output<typeof updateLegalDocumentSchema>;
