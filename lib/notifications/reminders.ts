import { and, asc, between, eq, gte, isNotNull, isNull, lt, ne, notExists, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { conferences, indicatorReports, invitations, reportingPeriods, scheduledSends, tasks } from "@/db/schema";
import { formatDate, formatDateTime, todayInVietnam } from "@/lib/format";
import { localParts, vietnamInstant } from "@/lib/conferences/time";
import { periodLabelVi } from "@/lib/periods";
import { addDays } from "@/lib/tasks/queries";
import { taskAgencyIds } from "./events";
import { type NotificationEvent, notify } from "./notify";

/*
 * Reminders on a schedule, each sent once per object and threshold. Every threshold is a
 * calendar day in Asia/Ho_Chi_Minh (todayInVietnam of the injected clock), never "24 hours
 * from now", so a reminder falls on the same day whatever the server's time zone.
 *
 * Once: each reminder has a key ("task:12:2026-01-10:d7": object, the date it is about,
 * threshold). It is inserted into scheduled_sends (ON CONFLICT DO NOTHING) in the same
 * transaction as its notices: a second worker running the same candidate waits for the
 * first one's commit and then finds the key taken, and a worker stopped mid-run leaves either
 * both or neither. A moved deadline is a new date, so its reminders come again.
 */

/** Candidates read per rule and run; the next run picks up the rest. */
export const REMINDER_BATCH = 500;
/** The evening before a conference, local time, the invitees are reminded. */
export const CONFERENCE_EVE_HOUR = 16;

const dayText = (column: SQL | typeof tasks.deadline) => sql<string>`to_char(${column}, 'YYYY-MM-DD')`;
const notSent = (key: SQL) => notExists(sql`(select 1 from ${scheduledSends} where ${scheduledSends.key} = ${key})`);

/** Days from one yyyy-MM-dd to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Claims the key and writes the notices in one transaction; false when it was sent before. */
export async function remindOnce(db: Db, key: string, build: (tx: Db) => Promise<NotificationEvent | null>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx.insert(scheduledSends).values({ key }).onConflictDoNothing().returning({ key: scheduledSends.key });
    if (!claimed) return false;
    const event = await build(tx);
    if (event) await notify({ tx, actorId: null }, event);
    return true;
  });
}

/** Open tasks due within 7 days (threshold d7) or within 1 day (d1, due today or tomorrow). */
async function taskDeadlineReminders(db: Db, today: string): Promise<number> {
  const threshold = sql<string>`case when ${tasks.deadline} <= ${addDays(today, 1)} then 'd1' else 'd7' end`;
  const key = sql`'task:' || ${tasks.id} || ':' || ${dayText(tasks.deadline)} || ':' || ${threshold}`;
  const rows = await db
    .select({ id: tasks.id, title: tasks.title, deadline: dayText(tasks.deadline), threshold })
    .from(tasks)
    .where(and(isNull(tasks.completedOn), between(tasks.deadline, today, addDays(today, 7)), notSent(key)))
    .orderBy(asc(tasks.deadline), asc(tasks.id))
    .limit(REMINDER_BATCH);
  let sent = 0;
  for (const row of rows) {
    const days = daysBetween(today, row.deadline);
    const params = { title: row.title, deadline: formatDate(row.deadline), days };
    const done = await remindOnce(db, `task:${row.id}:${row.deadline}:${row.threshold}`, async (tx) => ({
      kind: "task_deadline_soon",
      params,
      href: `/tasks/${row.id}`,
      audience: { agencies: await taskAgencyIds(tx, row.id) },
    }));
    if (done) sent++;
  }
  return sent;
}

/** Open tasks past their deadline: on the first day overdue, then once a week (w0, w1, …). */
async function taskOverdueReminders(db: Db, today: string): Promise<number> {
  const week = sql<number>`((${today}::date - ${tasks.deadline} - 1) / 7)`;
  const key = sql`'task:' || ${tasks.id} || ':' || ${dayText(tasks.deadline)} || ':overdue:w' || ${week}`;
  const rows = await db
    .select({ id: tasks.id, title: tasks.title, deadline: dayText(tasks.deadline), week: week.mapWith(Number) })
    .from(tasks)
    .where(and(isNull(tasks.completedOn), lt(tasks.deadline, today), notSent(key)))
    .orderBy(asc(tasks.deadline), asc(tasks.id))
    .limit(REMINDER_BATCH);
  let sent = 0;
  for (const row of rows) {
    const params = { title: row.title, deadline: formatDate(row.deadline), days: daysBetween(row.deadline, today) };
    const done = await remindOnce(db, `task:${row.id}:${row.deadline}:overdue:w${row.week}`, async (tx) => ({
      kind: "task_overdue",
      params,
      href: `/tasks/${row.id}`,
      audience: { agencies: await taskAgencyIds(tx, row.id) },
    }));
    if (done) sent++;
  }
  return sent;
}

/** Draft reports (new or returned) whose period is due within 3 days. */
async function reportDueReminders(db: Db, today: string): Promise<number> {
  const key = sql`'report:' || ${indicatorReports.id} || ':' || ${dayText(sql`${reportingPeriods.dueOn}`)} || ':d3'`;
  const rows = await db
    .select({ id: indicatorReports.id, agencyId: indicatorReports.agencyId, periodCode: indicatorReports.periodCode, dueOn: reportingPeriods.dueOn })
    .from(reportingPeriods)
    .innerJoin(indicatorReports, eq(indicatorReports.periodCode, reportingPeriods.code))
    .where(and(between(reportingPeriods.dueOn, today, addDays(today, 3)), eq(indicatorReports.status, "draft"), notSent(key)))
    .orderBy(asc(indicatorReports.id))
    .limit(REMINDER_BATCH);
  let sent = 0;
  for (const row of rows) {
    const event: NotificationEvent = {
      kind: "report_due_soon",
      params: { period: periodLabelVi(row.periodCode), date: formatDate(row.dueOn) },
      href: `/reports/${row.id}`,
      audience: { agencies: [row.agencyId] },
    };
    if (await remindOnce(db, `report:${row.id}:${row.dueOn}:d3`, async () => event)) sent++;
  }
  return sent;
}

/**
 * Agencies that have not answered an invitation whose reply is due within 2 days: by the
 * conference's reply deadline, or the conference itself when it has none.
 */
async function invitationReplyReminders(db: Db, today: string): Promise<number> {
  const from = vietnamInstant(today, "00:00");
  const until = vietnamInstant(addDays(today, 3), "00:00");
  const replyBy = sql<Date>`coalesce(${conferences.replyDeadline}, ${conferences.startsAt})`;
  // The reply day in Vietnam, in SQL: +07:00 is exact (no daylight saving since 1975) and needs no time zone data.
  const replyDay = sql<string>`to_char((${replyBy} at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;
  const key = sql`'invitation:' || ${invitations.id} || ':' || ${replyDay} || ':d2'`;
  const rows = await db
    .select({ id: invitations.id, agencyId: invitations.agencyId, conferenceId: conferences.id, title: conferences.title, startsAt: conferences.startsAt, replyDay })
    .from(invitations)
    .innerJoin(conferences, eq(conferences.id, invitations.conferenceId))
    .where(
      and(
        eq(invitations.status, "invited"),
        isNotNull(invitations.agencyId),
        eq(conferences.status, "scheduled"),
        // An untyped expression: postgres.js binds a Date only for a typed column, so pass text.
        sql`${replyBy} >= ${from.toISOString()}::timestamptz`,
        sql`${replyBy} < ${until.toISOString()}::timestamptz`,
        notSent(key),
      ),
    )
    .orderBy(asc(invitations.id))
    .limit(REMINDER_BATCH);
  let sent = 0;
  for (const row of rows) {
    const event: NotificationEvent = {
      kind: "invitation_reply_due",
      params: { title: row.title, date: formatDateTime(row.startsAt) },
      href: `/conferences/${row.conferenceId}/invitations`,
      audience: { agencies: row.agencyId === null ? [] : [row.agencyId] },
    };
    if (await remindOnce(db, `invitation:${row.id}:${row.replyDay}:d2`, async () => event)) sent++;
  }
  return sent;
}

/** From 16:00 local time: the next day's conferences, to everyone invited who has not declined, and the chair. */
async function conferenceEveReminders(db: Db, now: Date, today: string): Promise<number> {
  if (localParts(now).hour < CONFERENCE_EVE_HOUR) return 0;
  const tomorrow = addDays(today, 1);
  const rows = await db
    .select({ id: conferences.id, title: conferences.title, startsAt: conferences.startsAt, chairPersonId: conferences.chairPersonId })
    .from(conferences)
    .where(
      and(
        eq(conferences.status, "scheduled"),
        gte(conferences.startsAt, vietnamInstant(tomorrow, "00:00")),
        lt(conferences.startsAt, vietnamInstant(addDays(tomorrow, 1), "00:00")),
        notSent(sql`'conference:' || ${conferences.id} || ':' || ${tomorrow} || ':eve'`),
      ),
    )
    .orderBy(asc(conferences.id))
    .limit(REMINDER_BATCH);
  let sent = 0;
  for (const row of rows) {
    const done = await remindOnce(db, `conference:${row.id}:${tomorrow}:eve`, async (tx) => {
      const invited = await tx
        .select({ agencyId: invitations.agencyId, personId: invitations.personId })
        .from(invitations)
        .where(and(eq(invitations.conferenceId, row.id), ne(invitations.status, "declined")));
      const agencies = invited.flatMap((inv) => (inv.agencyId === null ? [] : [inv.agencyId]));
      const people = [...invited.flatMap((inv) => (inv.personId === null ? [] : [inv.personId])), ...(row.chairPersonId ? [row.chairPersonId] : [])];
      return { kind: "conference_tomorrow", params: { title: row.title, date: formatDateTime(row.startsAt) }, href: `/conferences/${row.id}`, audience: { agencies, people } };
    });
    if (done) sent++;
  }
  return sent;
}

/** Runs every reminder rule for the moment `now` (the injected clock); returns how many were sent. */
export async function runReminders(db: Db, now: Date): Promise<number> {
  const today = todayInVietnam(now);
  let sent = 0;
  sent += await taskDeadlineReminders(db, today);
  sent += await taskOverdueReminders(db, today);
  sent += await reportDueReminders(db, today);
  sent += await invitationReplyReminders(db, today);
  sent += await conferenceEveReminders(db, now, today);
  return sent;
}

