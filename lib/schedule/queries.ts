import { and, asc, count, eq, gte, lt, lte, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, conferences, invitations, people } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { liveConference, visibleConferencesCondition } from "@/lib/conferences/access";
import { TIME_ZONE } from "@/lib/format";

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
  /** How many conferences the row's local day holds in all, shown or not (see `perDay`). */
  dayTotal: number;
}

/** Whose schedule: a signed-in user (visibility applies) or the public page. */
export type ScheduleAudience = { kind: "user"; user: Pick<CurrentUser, "role" | "agencyId">; includeDrafts: boolean } | { kind: "public" };

/**
 * The conferences starting in [from, to), with host, chair and invitation counts, in ONE
 * query. The counts are subqueries per row of the week (a few dozen index lookups): a
 * grouped subquery over all invitations was evaluated whole before the join, 480 ms at
 * 700 000 invitations. The public page sees only conferences marked for it and never drafts.
 *
 * `perDay` keeps each local day's first conferences (by start); every row still carries
 * its day's total, so a view can say how many more the day holds. In a province's
 * year-end review weeks a day can hold eighty conferences: the views show a readable
 * number and link to the whole list rather than send hundreds of rows each time.
 */
export async function listScheduleConferences(
  db: Db,
  range: { from: Date; to: Date },
  audience: ScheduleAudience,
  { perDay }: { perDay?: number } = {},
): Promise<ScheduleRow[]> {
  const invitedCount = (column: typeof invitations.agencyId | typeof invitations.personId) =>
    sql<number>`(${db.select({ n: count(column) }).from(invitations).where(eq(invitations.conferenceId, conferences.id))})`.mapWith(Number);
  const conditions: (SQL | undefined)[] = [gte(conferences.startsAt, range.from), lt(conferences.startsAt, range.to)];
  if (audience.kind === "public") {
    conditions.push(liveConference(), eq(conferences.publicOnSchedule, true), ne(conferences.status, "draft"));
  } else {
    conditions.push(visibleConferencesCondition(db, audience.user));
    if (!audience.includeDrafts) conditions.push(ne(conferences.status, "draft"));
  }
  // Number each day's conferences first, so the joins and the invitation counts run only for the rows kept.
  // The zone is written into the SQL, not bound: both windows then share one partition (one sort).
  const localDay = sql`(${conferences.startsAt} at time zone ${sql.raw(`'${TIME_ZONE}'`)})::date`;
  const ranked = db
    .select({
      id: conferences.id,
      place: sql<number>`row_number() over (partition by ${localDay} order by ${conferences.startsAt}, ${conferences.id})`.as("place"),
      dayTotal: sql<number>`count(*) over (partition by ${localDay})`.mapWith(Number).as("day_total"),
    })
    .from(conferences)
    .where(and(...conditions))
    .as("ranked");
  return db
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
      invitedAgencies: invitedCount(invitations.agencyId),
      invitedPeople: invitedCount(invitations.personId),
      dayTotal: ranked.dayTotal,
    })
    .from(ranked)
    .innerJoin(conferences, eq(conferences.id, ranked.id))
    .innerJoin(agencies, eq(agencies.id, conferences.hostAgencyId))
    .leftJoin(people, eq(people.id, conferences.chairPersonId))
    .where(perDay === undefined ? undefined : lte(ranked.place, perDay))
    .orderBy(asc(conferences.startsAt), asc(conferences.id));
}
