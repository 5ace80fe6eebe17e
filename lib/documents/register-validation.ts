import { z } from "zod";
import { idSchema } from "@/lib/validation";

/** The register's withdraw form: which document, and why (required; kept with the document). */
export const withdrawDocumentSchema = z.object({
  id: idSchema,
  reason: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.string({ error: "documents.withdraw.reasonRequired" }).min(1, "documents.withdraw.reasonRequired").max(500, "validation.tooLong"),
  ),
});
