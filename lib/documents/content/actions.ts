"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { issueConferenceDocument, saveConclusionDraft, saveMinutesDraft } from "./commands";
import { conclusionDraftSchema, issueDocumentSchema, minutesDraftSchema } from "./validation";

/* Public POST endpoints: mutate() checks the session and documents.issue itself. */

const documentsPath = (formData: FormData) => `/conferences/${Number(formData.get("conferenceId"))}/documents`;

/** Numbers and issues a conference's document as previewed, then shows it in the tab's list. */
export async function issueConferenceDocumentAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: issueDocumentSchema,
    permission: "documents.issue",
    run: ({ tx, user, audit, input }) => issueConferenceDocument({ tx, actorId: user.id, audit }, input),
    revalidate: [documentsPath(formData), "/documents"],
    redirectTo: (issued) => `/conferences/${issued.conferenceId}/documents?issued=${issued.id}#issued`,
  });
}

export async function saveMinutesDraftAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: minutesDraftSchema,
    permission: "documents.issue",
    run: ({ tx, user, audit, input }) => saveMinutesDraft({ tx, actorId: user.id, audit }, input),
    revalidate: [documentsPath(formData)],
    redirectTo: (saved) => `/conferences/${saved.conferenceId}/documents/minutes/edit?saved=1`,
  });
}

export async function saveConclusionDraftAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: conclusionDraftSchema,
    permission: "documents.issue",
    run: ({ tx, user, audit, input }) => saveConclusionDraft({ tx, actorId: user.id, audit }, input),
    revalidate: [documentsPath(formData)],
    redirectTo: (saved) => `/conferences/${saved.conferenceId}/documents/conclusion-notice/edit?saved=1`,
  });
}
