import { and, asc, eq, gte, ne, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agendaItems, conferences } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { visibleConferencesCondition } from "@/lib/conferences/access";
import type { IcsConference } from "./ics";

type Viewer = Pick<CurrentUser, "role" | "agencyId">;

/**
 * How far back a subscription reaches: conferences that started in the last 90 days, and
 * every one ahead. Like other systems' subscription feeds (which publish a recent window,
 * not the whole history), older conferences stay in the app and leave the phone calendar.
 * 90 days is one quarter, the department's reporting cycle: the briefings and reviews whose
 * conclusions are being followed up in the current quarterly report are still there.
 * The window is on starts_at, so the query walks conferences_starts_at_idx.
 */
export const FEED_LOOKBACK_DAYS = 90;

export function feedWindowStart(now: Date): Date {
  return new Date(now.getTime() - FEED_LOOKBACK_DAYS * 86_400_000);
}

const eventColumns = {
  id: conferences.id,
  title: conferences.title,
  status: conferences.status,
  sequence: conferences.sequence,
  startsAt: conferences.startsAt,
  endsAt: conferences.endsAt,
  venue: conferences.venue,
  updatedAt: conferences.updatedAt,
};

/**
 * The conferences matching `where` with their agenda titles in agenda order, in ONE
 * statement: a lateral subquery gathers each conference's titles into a JSON array through
 * agenda_items_conference_idx, so there is no second round trip with an id list and the
 * statement text is the same whatever the number of conferences. `extra` adds columns
 * computed once for the whole statement (the feed's version).
 */
function selectEvents<Extra extends Record<string, SQL>>(db: Db, where: SQL | undefined, extra: Extra) {
  const agenda = db
    // json, not text[]: both drivers parse json natively, while postgres.js reads a text[]
    // one character at a time (half the CPU of this query at 17 000 titles). The bare
    // "title", "position", "id" drizzle writes here bind to this subquery's agenda_items.
    .select({ titles: sql<string[] | null>`json_agg(${agendaItems.title} order by ${agendaItems.position}, ${agendaItems.id})`.as("titles") })
    .from(agendaItems)
    .where(eq(agendaItems.conferenceId, conferences.id))
    .as("agenda");
  return db
    .select({ ...eventColumns, agendaTitles: agenda.titles, ...extra })
    .from(conferences)
    .leftJoinLateral(agenda, sql`true`)
    .where(where)
    .orderBy(asc(conferences.startsAt), asc(conferences.id));
}

function toEvent(row: Omit<IcsConference, "agendaTitles"> & { agendaTitles: string[] | null }): IcsConference {
  return { id: row.id, title: row.title, status: row.status, sequence: row.sequence, startsAt: row.startsAt, endsAt: row.endsAt, venue: row.venue, updatedAt: row.updatedAt, agendaTitles: row.agendaTitles ?? [] };
}

/** One conference as a calendar event, or null when it does not exist or the user may not see it. */
export async function loadIcsConference(db: Db, id: number, viewer: Viewer): Promise<IcsConference | null> {
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await selectEvents(db, and(eq(conferences.id, id), visibleConferencesCondition(db, viewer)), {}).limit(1);
  return row ? toEvent(row) : null;
}

function feedCondition(db: Db, viewer: Viewer, now: Date): SQL | undefined {
  return and(gte(conferences.startsAt, feedWindowStart(now)), ne(conferences.status, "draft"), visibleConferencesCondition(db, viewer));
}

/**
 * A cheap fingerprint of what the feed shows, as one text: how many conferences, and an md5
 * of their ids with sequence, version and updated_at — no agenda, no titles. Every change to
 * what an event shows raises the conference's SEQUENCE (conference edits and life cycle in
 * lib/conferences/commands.ts, every agenda change in lib/agenda/commands.ts; calendar
 * programs depend on that too) or its version; a conference entering or leaving the feed
 * (window, invitation, status) changes the id list.
 */
function versionQuery(db: Db, where: SQL | undefined) {
  return db
    .select({
      version: sql<string>`concat(count(*), ':', md5(string_agg(concat_ws(':', ${conferences.id}, ${conferences.sequence}, ${conferences.version}, ${conferences.updatedAt}), ',' order by ${conferences.id})))`,
    })
    .from(conferences)
    .where(where);
}

/** What versionQuery gives for no conferences (count 0, md5 of nothing is null). */
const EMPTY_VERSION = "0:";

/** The feed's version alone: one row, for answering 304 or finding a stored text. */
export async function feedVersion(db: Db, viewer: Viewer, now = new Date()): Promise<string> {
  const [row] = await versionQuery(db, feedCondition(db, viewer, now));
  return row?.version ?? EMPTY_VERSION;
}

/**
 * The conferences a subscription shows: those the user may see (for a unit officer, their
 * agency's invitations and the published ones), not drafts, inside the window above; and
 * the version of exactly these rows, read by the same statement (one snapshot), so a text
 * stored under that version is never the text of another moment. One query whatever the
 * number of conferences.
 */
export async function loadFeed(db: Db, viewer: Viewer, now = new Date()): Promise<{ version: string; conferences: IcsConference[] }> {
  const where = feedCondition(db, viewer, now);
  // A scalar subquery, run once: its own FROM "conferences" shadows the outer one, so it
  // fingerprints the whole feed (the same text feedVersion returns), not the current row.
  const rows = await selectEvents(db, where, { version: sql<string>`${versionQuery(db, where)}` });
  return { version: rows[0]?.version ?? EMPTY_VERSION, conferences: rows.map(toEvent) };
}

/** The feed's conferences alone (tests and the benchmark's query counts use it). */
export async function listFeedConferences(db: Db, viewer: Viewer, now = new Date()): Promise<IcsConference[]> {
  return (await loadFeed(db, viewer, now)).conferences;
}
