import { getTranslations } from "@/lib/i18n/server";
import { getDb } from "@/db/client";
import { loadRoster } from "@/lib/attendance/queries";
import { rosterSheetLabels } from "@/lib/attendance/roster-labels";
import { attachmentDisposition, buildRosterWorkbook } from "@/lib/attendance/roster-xlsx";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { formatDateTime } from "@/lib/format";

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * GET /api/conferences/[id]/roster — the roster as .xlsx. A route handler is its own
 * endpoint: it checks the session (401), the permission (403) and the conference's
 * visibility (404, the same condition as the pages) itself.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return plain(401, "Unauthorized");
  if (!can(user, "conferences.view")) return plain(403, "Forbidden");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) return plain(404, "Not found");
  const roster = await loadRoster(db, conference.id);
  const t = await getTranslations();
  const labels = rosterSheetLabels(t, conference.title, formatDateTime(conference.startsAt));
  const body = await buildRosterWorkbook(roster, conference, labels);
  const fileName = `${t("attendance.fileName", { id: conference.id })}.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": attachmentDisposition(fileName),
      "Cache-Control": "private, no-store",
    },
  });
}
