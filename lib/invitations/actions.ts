"use server";

import { mutate } from "@/lib/actions";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { deleteInvitation, invitationAgencyId, inviteAgenciesByKind, inviteAgency, inviteFromPreviousConference, invitePerson, replyToInvitation } from "./commands";
import { deleteInvitationSchema, inviteAgencySchema, inviteByKindSchema, inviteFromPreviousSchema, invitePersonSchema, replySchema } from "./validation";

/*
 * Public POST endpoints: mutate() checks the session and the permission itself.
 * Inviting and removing need conferences.manage; replying needs invitations.reply for
 * the invitation's own agency (a unit officer answers only for their unit).
 */
const pageOf = (formData: FormData) => `/conferences/${Number(formData.get("conferenceId"))}/invitations`;
const paths = (formData: FormData) => [pageOf(formData), `/conferences/${Number(formData.get("conferenceId"))}`];

export async function inviteAgencyAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: inviteAgencySchema,
    permission: "conferences.manage",
    run: ({ tx, user, audit, input }) => inviteAgency({ tx, actorId: user.id, audit }, input),
    revalidate: paths(formData),
    successMessage: "invitations.agencyInvited",
  });
}

export async function invitePersonAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: invitePersonSchema,
    permission: "conferences.manage",
    run: ({ tx, user, audit, input }) => invitePerson({ tx, actorId: user.id, audit }, input),
    revalidate: paths(formData),
    successMessage: "invitations.personInvited",
  });
}

// Bulk results carry counts; the page shows them from the query string it is sent to.
const bulkResultPath = (result: { conferenceId: number; invited: number; skipped: number }) =>
  `/conferences/${result.conferenceId}/invitations?invited=${result.invited}&skipped=${result.skipped}`;

export async function inviteByKindAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: inviteByKindSchema,
    permission: "conferences.manage",
    run: ({ tx, user, audit, input }) => inviteAgenciesByKind({ tx, actorId: user.id, audit }, input),
    revalidate: paths(formData),
    redirectTo: bulkResultPath,
  });
}

export async function inviteFromPreviousAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: inviteFromPreviousSchema,
    permission: "conferences.manage",
    run: ({ tx, user, audit, input }) => inviteFromPreviousConference({ tx, actorId: user.id, audit }, input),
    revalidate: paths(formData),
    redirectTo: bulkResultPath,
  });
}

export async function replyAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: replySchema,
    // A unit officer may reply only for their own agency: mutate() checks the scope, and the
    // row is checked again inside the transaction (the scope was read before it began).
    permission: "invitations.reply",
    scope: async (input, db) => ({ agencyId: await invitationAgencyId(db, input.conferenceId, input.invitationId) }),
    run: async ({ tx, user, audit, input }) => {
      const agencyId = await invitationAgencyId(tx, input.conferenceId, input.invitationId);
      if (!can(user, "invitations.reply", { agencyId })) throw new ForbiddenError();
      return replyToInvitation({ tx, actorId: user.id, audit }, input, { onBehalf: can(user, "conferences.manage") });
    },
    revalidate: paths(formData),
    successMessage: "invitations.replySaved",
  });
}

export async function deleteInvitationAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: deleteInvitationSchema,
    permission: "conferences.manage",
    run: ({ tx, user, audit, input }) => deleteInvitation({ tx, actorId: user.id, audit }, input),
    revalidate: paths(formData),
    // From its confirmation page back to the list, which says it was removed.
    redirectTo: () => `${pageOf(formData)}#list-title`,
    successMessage: "invitations.deleted",
  });
}
