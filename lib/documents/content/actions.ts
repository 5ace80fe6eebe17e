"use server";

import { confirmFirst, mutate } from "@/lib/actions";
import { DOCUMENT_SLUGS } from "./build";
import type { FormState } from "@/lib/form-state";
import { issueConferenceDocument, saveConclusionDraft, saveMinutesDraft } from "./commands";
import { conclusionDraftSchema, ISSUE_FORM_FIELDS, issueDocumentSchema, minutesDraftSchema } from "./validation";

/* Public POST endpoints: mutate() checks the session and documents.issue itself. */

const documentsPath = (formData: FormData) => `/conferences/${Number(formData.get("conferenceId"))}/documents`;

/**
 * The issue form's button: checks the fields (errors under them as usual) and, when they are
 * right, opens the confirmation page; nothing is numbered until that page's button is pressed.
 */
export async function reviewIssueAction(_state: FormState, formData: FormData): Promise<FormState> {
  return confirmFirst(formData, {
    schema: issueDocumentSchema,
    permission: "documents.issue",
    confirmationUrl: (input, values) => {
      const query = new URLSearchParams();
      for (const field of ISSUE_FORM_FIELDS) if (values[field]) query.set(field, values[field]);
      return `/conferences/${input.conferenceId}/documents/${DOCUMENT_SLUGS[input.kind]}/issue?${query}`;
    },
  });
}

/**
 * Numbers and issues a conference's document as previewed, then shows it in the tab's list.
 * A minutes or notice issued already is not issued again: the tab shows the one in force.
 */
export async function issueConferenceDocumentAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: issueDocumentSchema,
    permission: "documents.issue",
    run: ({ tx, user, audit, input }) => issueConferenceDocument({ tx, actorId: user.id, audit }, input),
    revalidate: [documentsPath(formData), "/documents"],
    redirectTo: (issued) => `/conferences/${issued.conferenceId}/documents?issued=${issued.id}${issued.alreadyIssued ? "&already=1" : ""}#issued`,
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
