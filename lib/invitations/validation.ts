import { z } from "zod";
import { agencyKinds } from "@/db/schema";
import { enumField, optionalText, requiredId, versionField } from "@/lib/validation";

/** Form schemas of invitations; messages are keys under "validation" or "invitations". */

export const inviteAgencySchema = z.object({ conferenceId: requiredId(), agencyId: requiredId() });
export const invitePersonSchema = z.object({ conferenceId: requiredId(), personId: requiredId() });
export const inviteByKindSchema = z.object({ conferenceId: requiredId(), kind: enumField(agencyKinds) });
export const inviteFromPreviousSchema = z.object({ conferenceId: requiredId() });
/** The invitation as its confirmation page showed it: one answered or changed since is refused, not removed unseen. */
export const deleteInvitationSchema = z.object({ conferenceId: requiredId(), invitationId: requiredId(), version: versionField() });

export const replyStatuses = ["confirmed", "declined", "delegated"] as const;
export type ReplyStatus = (typeof replyStatuses)[number];

/**
 * A reply. Which extra fields are required depends on the invitation (an agency's
 * confirmation names its delegate; only a person delegates), so commands.ts checks those
 * against the stored invitation; here only what the form alone decides.
 */
export const replySchema = z
  .object({
    conferenceId: requiredId(),
    invitationId: requiredId(),
    version: versionField(),
    status: enumField(replyStatuses),
    delegateName: optionalText(200),
    delegatePosition: optionalText(200),
    declineReason: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if (value.status === "declined" && !value.declineReason) ctx.addIssue({ code: "custom", path: ["declineReason"], message: "invitations.declineReasonRequired" });
  });
export type ReplyInput = z.output<typeof replySchema>;
