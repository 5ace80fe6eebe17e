import { getTranslations } from "@/lib/i18n/server";
import { getDb } from "@/db/client";
import { publicOrigin } from "@/lib/public-origin";
import { getCurrentUser } from "@/lib/auth/session";
import { buildIcs, ICS_CONTENT_TYPE, icsContentDisposition } from "@/lib/calendar/ics";
import { loadIcsConference } from "@/lib/calendar/queries";
import { conferenceIdParam } from "@/lib/conferences/access";

/**
 * GET /api/conferences/[id]/ics — one conference as an .ics file. The handler checks the
 * session itself (401) and the conference's visibility (404, as for an unknown id, so a
 * unit officer cannot learn which ids exist).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const conference = await loadIcsConference(getDb(), conferenceIdParam((await params).id), user);
  if (!conference) return new Response(null, { status: 404 });
  const t = await getTranslations("calendar");
  const body = buildIcs([conference], { origin: publicOrigin(request.headers, request.url), calendarName: t("calendarName"), agendaHeading: t("agendaHeading") });
  const fileName = `${conference.title.replace(/[\\/:*?"<>|\r\n]+/g, " ").trim().slice(0, 120)}.ics`;
  return new Response(body, {
    headers: { "Content-Type": ICS_CONTENT_TYPE, "Content-Disposition": icsContentDisposition(fileName), "Cache-Control": "private, no-store" },
  });
}
