import { and, asc, count, eq, gte, lt, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, conferences, invitations, people } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { visibleConferencesCondition } from "@/lib/conferences/access";

export interface ScheduleRow {
  id: number;
  title: string;
  status: (typeof conferences.$inferSelect)["status"];
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  hostAgencyName: string;
  chairName: string | null;
  chairPosition: string | null;
  invitedAgencies: number;
  invitedPeople: number;
}

/** Whose schedule: a signed-in user (visibility applies) or the public page. */
export type ScheduleAudience = { kind: "user"; user: Pick<CurrentUser, "role" | "agencyId">; includeDrafts: boolean } | { kind: "public" };

/**
 * The conferences starting in [from, to), with host, chair and invitation counts, in ONE
 * query: the counts come from a grouped subquery joined once, never a query per row.
 * The public page sees only conferences marked for it and never drafts.
 */
export async function listScheduleConferences(db: Db, range: { from: Date; to: Date }, audience: ScheduleAudience): Promise<ScheduleRow[]> {
  const invited = db
    .select({
      conferenceId: invitations.conferenceId,
      agencies: count(invitations.agencyId).as("invited_agencies"),
      people: count(invitations.personId).as("invited_people"),
    })
    .from(invitations)
    .groupBy(invitations.conferenceId)
    .as("invited");
  const conditions: (SQL | undefined)[] = [gte(conferences.startsAt, range.from), lt(conferences.startsAt, range.to)];
  if (audience.kind === "public") {
    conditions.push(eq(conferences.publicOnSchedule, true), ne(conferences.status, "draft"));
  } else {
    conditions.push(visibleConferencesCondition(db, audience.user));
    if (!audience.includeDrafts) conditions.push(ne(conferences.status, "draft"));
  }
  const rows = await db
    .select({
      id: conferences.id,
      title: conferences.title,
      status: conferences.status,
      startsAt: conferences.startsAt,
      endsAt: conferences.endsAt,
      venue: conferences.venue,
      hostAgencyName: agencies.name,
      chairName: people.fullName,
      chairPosition: people.position,
      invitedAgencies: sql<number>`coalesce(${invited.agencies}, 0)`.mapWith(Number),
      invitedPeople: sql<number>`coalesce(${invited.people}, 0)`.mapWith(Number),
    })
    .from(conferences)
    .innerJoin(agencies, eq(agencies.id, conferences.hostAgencyId))
    .leftJoin(people, eq(people.id, conferences.chairPersonId))
    .leftJoin(invited, eq(invited.conferenceId, conferences.id))
    .where(and(...conditions))
    .orderBy(asc(conferences.startsAt), asc(conferences.id));
  return rows;
}
