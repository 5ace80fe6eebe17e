"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { withdrawDocument } from "./issue";
import { withdrawDocumentSchema } from "./register-validation";

/* Public POST endpoint: mutate() checks the session and documents.issue itself. */

export async function withdrawDocumentAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: withdrawDocumentSchema,
    permission: "documents.issue",
    run: ({ tx, user, audit, input }) => withdrawDocument({ tx, actorId: user.id, audit }, input),
    revalidate: ["/documents"],
    // Back to the register's year, where the document now shows "Đã thu hồi".
    redirectTo: (result) => `/documents?year=${result.year}`,
    successMessage: "documents.withdraw.done",
  });
}
