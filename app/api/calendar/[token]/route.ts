import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { buildIcs, ICS_CONTENT_TYPE } from "@/lib/calendar/ics";
import { listFeedConferences } from "@/lib/calendar/queries";
import { findTokenOwner } from "@/lib/calendar/tokens";

/**
 * GET /api/calendar/[token] — a user's calendar subscription. Calendar programs send no
 * session cookie: the secret token is the credential. An unknown or revoked token, or a
 * disabled account, is a plain 404 (nothing tells a guesser which part was wrong).
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const db = getDb();
  const owner = await findTokenOwner(db, (await params).token);
  if (!owner) return new Response(null, { status: 404 });
  const conferences = await listFeedConferences(db, owner);
  const t = await getTranslations("calendar");
  const body = buildIcs(conferences, { origin: new URL(request.url).origin, calendarName: t("calendarName"), agendaHeading: t("agendaHeading") });
  return new Response(body, {
    headers: { "Content-Type": ICS_CONTENT_TYPE, "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" },
  });
}
