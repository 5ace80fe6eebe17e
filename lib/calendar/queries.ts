import { and, asc, eq, gte, inArray, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agendaItems, conferences } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { visibleConferencesCondition } from "@/lib/conferences/access";
import type { IcsConference } from "./ics";

type Viewer = Pick<CurrentUser, "role" | "agencyId">;

const eventColumns = {
  id: conferences.id,
  title: conferences.title,
  status: conferences.status,
  sequence: conferences.sequence,
  startsAt: conferences.startsAt,
  endsAt: conferences.endsAt,
  venue: conferences.venue,
};

/** Agenda titles of many conferences in one query, in agenda order. */
async function agendaTitlesOf(db: Db, ids: number[]): Promise<Map<number, string[]>> {
  const titles = new Map<number, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return titles;
  const rows = await db
    .select({ conferenceId: agendaItems.conferenceId, title: agendaItems.title })
    .from(agendaItems)
    .where(inArray(agendaItems.conferenceId, ids))
    .orderBy(asc(agendaItems.conferenceId), asc(agendaItems.position), asc(agendaItems.id));
  for (const row of rows) titles.get(row.conferenceId)?.push(row.title);
  return titles;
}

/** One conference as a calendar event, or null when it does not exist or the user may not see it. */
export async function loadIcsConference(db: Db, id: number, viewer: Viewer): Promise<IcsConference | null> {
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db
    .select(eventColumns)
    .from(conferences)
    .where(and(eq(conferences.id, id), visibleConferencesCondition(db, viewer)))
    .limit(1);
  if (!row) return null;
  const titles = await agendaTitlesOf(db, [row.id]);
  return { ...row, agendaTitles: titles.get(row.id) ?? [] };
}

export const FEED_LOOKBACK_DAYS = 90;

/**
 * The conferences a subscription shows: those the user may see (for a unit officer, their
 * agency's invitations and the published ones), not drafts, from 90 days ago onward.
 * Two queries whatever the number of conferences.
 */
export async function listFeedConferences(db: Db, viewer: Viewer, now = new Date()): Promise<IcsConference[]> {
  const since = new Date(now.getTime() - FEED_LOOKBACK_DAYS * 86_400_000);
  const rows = await db
    .select(eventColumns)
    .from(conferences)
    .where(and(gte(conferences.startsAt, since), ne(conferences.status, "draft"), visibleConferencesCondition(db, viewer)))
    .orderBy(asc(conferences.startsAt), asc(conferences.id));
  const titles = await agendaTitlesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, agendaTitles: titles.get(row.id) ?? [] }));
}
