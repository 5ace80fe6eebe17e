
/** Pure rules of invitations: no database, no Next. */
import type { ConferenceStatus } from "@/db/schema";

export type InvitationStatus = "invited" | "confirmed" | "declined" | "delegated";

export const statusTone: Record<InvitationStatus, "grey" | "green" | "red" | "blue"> = {
  invited: "grey",
  confirmed: "green",
  declined: "red",
  delegated: "blue",
};

/** The calendar date (yyyy-MM-dd) of an instant in Vietnam: the day agencies must be active on. */
export { vietnamDate } from "@/lib/format";

/** Whether a reply arrives after the deadline (none set: never late). */
export function isAfterDeadline(replyDeadline: Date | null, now: Date): boolean {
  return replyDeadline !== null && now.getTime() > replyDeadline.getTime();
}

/** Who will be there for an invitation: the named delegate if any. */
export function inviteeName(row: { agencyName: string | null; personName: string | null }): string {
  return row.personName ?? row.agencyName ?? "";
}

/**
 * Whether invitees may still be added or removed: while the conference is to come (draft,
 * scheduled, postponed). Once it has taken place the list is the record of who was asked,
 * which the minutes and the attendance rest on; someone who came without an invitation is
 * a walk-in on the attendance page. A cancelled conference's list stays as it was sent.
 */
export function invitationListOpen(status: ConferenceStatus): boolean {
  return status === "draft" || status === "scheduled" || status === "postponed";
}

export type ReplyRefusal = "invitations.repliesClosedHeld" | "invitations.repliesClosedCancelled" | "invitations.deadlinePassed";

/**
 * Why a unit can no longer answer its invitation itself, or null while it can: the
 * conference took place or was cancelled, or the reply deadline passed. The secretariat
 * may still record a reply on its behalf (by phone, on paper).
 */
export function unitReplyRefusal(conference: { status: ConferenceStatus; replyDeadline: Date | null }, now: Date): ReplyRefusal | null {
  if (conference.status === "cancelled") return "invitations.repliesClosedCancelled";
  if (!invitationListOpen(conference.status)) return "invitations.repliesClosedHeld";
  return isAfterDeadline(conference.replyDeadline, now) ? "invitations.deadlinePassed" : null;
}
