"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { createLegalDocument, updateLegalDocument } from "./commands";
import { createLegalDocumentSchema, updateLegalDocumentSchema } from "./validation";

/* Public POST endpoints: mutate() checks the session and directives.record itself. */

export async function createLegalDocumentAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: createLegalDocumentSchema,
    permission: "directives.record",
    run: ({ tx, audit, input }) => createLegalDocument({ tx, audit }, input),
    revalidate: ["/legal-documents"],
    successMessage: "legalDocuments.created",
    redirectTo: (row) => `/legal-documents/${row.id}`,
  });
}

export async function updateLegalDocumentAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: updateLegalDocumentSchema,
    permission: "directives.record",
    run: ({ tx, audit, input }) => updateLegalDocument({ tx, audit }, input),
    revalidate: ["/legal-documents"],
    successMessage: "legalDocuments.updated",
    redirectTo: (row) => `/legal-documents/${row.id}`,
  });
}
