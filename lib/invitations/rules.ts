
/** Pure rules of invitations: no database, no Next. */

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
