import { getTranslations } from "@/lib/i18n/server";
import { getDb } from "@/db/client";
import { publicOrigin } from "@/lib/public-origin";
import { cachedFeed, rememberFeed } from "@/lib/calendar/feed-cache";
import { feedEtag, ifNoneMatchHits } from "@/lib/calendar/etag";
import { buildIcs, ICS_CONTENT_TYPE, type IcsOptions } from "@/lib/calendar/ics";
import { feedVersion, loadFeed } from "@/lib/calendar/queries";
import { findTokenOwner } from "@/lib/calendar/tokens";

const utf8 = new TextEncoder();

/**
 * GET /api/calendar/[token] — a user's calendar subscription. Calendar programs send no
 * session cookie: the secret token is the credential. An unknown or revoked token, or a
 * disabled account, is a plain 404 (nothing tells a guesser which part was wrong).
 * A poll that sends the current ETag gets 304 after one small query, without the text; a
 * poll without it gets the text kept for that ETag when there is one (lib/calendar/feed-cache.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const db = getDb();
  const owner = await findTokenOwner(db, (await params).token);
  if (!owner) return new Response(null, { status: 404 });
  // One instant for the version and the list, so both see the same window.
  const now = new Date();
  const t = await getTranslations("calendar");
  const options: IcsOptions = { origin: publicOrigin(request.headers, request.url), calendarName: t("calendarName"), agendaHeading: t("agendaHeading") };
  const current = feedEtag(await feedVersion(db, owner, now), options);
  const headers = (etag: string) => ({
    "Content-Type": ICS_CONTENT_TYPE,
    // private: the feed is one user's; no-cache (not no-store): a client may keep it but must
    // revalidate every time, which is what If-None-Match does.
    "Cache-Control": "private, no-cache",
    ETag: etag,
    "X-Robots-Tag": "noindex",
  });
  if (ifNoneMatchHits(request.headers.get("if-none-match"), current)) return new Response(null, { status: 304, headers: headers(current) });
  const stored = cachedFeed(current);
  if (stored) return new Response(stored, { headers: headers(current) });
  // The list carries its own version, read in the same statement: should a change land after
  // the version above, the text and its ETag still describe one moment.
  const feed = await loadFeed(db, owner, now);
  const etag = feedEtag(feed.version, options);
  const body = utf8.encode(buildIcs(feed.conferences, options));
  rememberFeed(etag, body);
  return new Response(body, { headers: headers(etag) });
}
