import { and, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, agendaItems, bridgePoints, conferences, invitations, users } from "@/db/schema";

/*
 * Reads for deleting and restoring: what a conference takes with it (shown on the
 * confirmation page), one bridge point to confirm its removal, and the admin's list of
 * deleted conferences. Conference pages reach these only after loadVisibleConference.
 */

export interface ConferenceContents {
  invitations: number;
  agendaItems: number;
  bridgePoints: number;
}

/** How many invitations, agenda items and bridge points the conference holds, in one query. */
export async function countConferenceContents(db: Db, conferenceId: number): Promise<ConferenceContents> {
  const countOf = (table: typeof invitations | typeof agendaItems | typeof bridgePoints) =>
    sql<number>`(${db.select({ n: count() }).from(table).where(eq(table.conferenceId, conferenceId))})`.mapWith(Number);
  const [row] = await db
    .select({ invitations: countOf(invitations), agendaItems: countOf(agendaItems), bridgePoints: countOf(bridgePoints) })
    .from(conferences)
    .where(eq(conferences.id, conferenceId));
  return row ?? { invitations: 0, agendaItems: 0, bridgePoints: 0 };
}

/** One bridge point of the conference (never of another one), with its agency's name. */
export async function getBridgePoint(db: Db, conferenceId: number, bridgePointId: number) {
  const [row] = await db
    .select({ id: bridgePoints.id, name: bridgePoints.name, place: bridgePoints.place, contact: bridgePoints.contact, version: bridgePoints.version, responsibleAgencyName: agencies.name })
    .from(bridgePoints)
    .leftJoin(agencies, eq(agencies.id, bridgePoints.responsibleAgencyId))
    .where(and(eq(bridgePoints.id, bridgePointId), eq(bridgePoints.conferenceId, conferenceId)))
    .limit(1);
  return row ?? null;
}

export const DELETED_LIST_LIMIT = 200;

export interface DeletedConferenceRow {
  id: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  deletedAt: Date | null;
  deletedByName: string | null;
}

/** Deleted conferences, the latest deletion first (the partial index conferences_deleted_idx). */
export async function listDeletedConferences(db: Db): Promise<DeletedConferenceRow[]> {
  return db
    .select({ id: conferences.id, title: conferences.title, startsAt: conferences.startsAt, endsAt: conferences.endsAt, deletedAt: conferences.deletedAt, deletedByName: users.displayName })
    .from(conferences)
    .leftJoin(users, eq(users.id, conferences.deletedById))
    .where(isNotNull(conferences.deletedAt))
    .orderBy(desc(conferences.deletedAt), desc(conferences.id))
    .limit(DELETED_LIST_LIMIT);
}
