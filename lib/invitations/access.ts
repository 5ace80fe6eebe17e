import type { Db } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { type ConferenceRow, conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { type InvitationRow, listInvitations } from "./queries";

/**
 * The invitation of a page under /conferences/[id]/invitations/[invitationId] (its QR code,
 * its removal), from the route's two parameters: null unless the conference is one the user
 * may see and the invitation is one of its own. The page checks its permission first.
 */
export async function loadPageInvitation(
  db: Db,
  user: Pick<CurrentUser, "role" | "agencyId">,
  params: { id: string; invitationId: string },
): Promise<{ conference: ConferenceRow; invitation: InvitationRow } | null> {
  const conference = await loadVisibleConference(db, conferenceIdParam(params.id), user);
  const invitationId = conferenceIdParam(params.invitationId);
  if (!conference || !Number.isFinite(invitationId)) return null;
  const [invitation] = await listInvitations(db, conference.id, { invitationId });
  return invitation ? { conference, invitation } : null;
}
