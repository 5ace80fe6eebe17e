import { and, asc, count, desc, eq, exists, gte, inArray, isNotNull, isNull, lt, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  conferences,
  directiveApprovals,
  directives,
  indicatorReports,
  invitations,
  issuedDocuments,
  taskAgencies,
  taskEvents,
  taskExtensionRequests,
  tasks,
  users,
} from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { localParts, vietnamInstant } from "@/lib/conferences/time";
import { formatDateTime, todayInVietnam } from "@/lib/format";
import { countUpTo } from "@/lib/list-total";
import { unreadNoticeCount } from "@/lib/notifications/queries";
import { addDays, DUE_SOON_DAYS } from "@/lib/tasks/queries";

/*
 * "Việc cần làm": what waits for this user, by what their role may do (the permissions table)
 * and, for a unit officer, only their unit's. One statement per group of counts, each count
 * an index range (task_agencies for a unit's tasks, partial indexes for waiting rows); lists
 * of things to open are cut to a few rows. Lines whose count is 0 are left out.
 */

export interface HomeLine {
  /** Message key under home.lines. */
  key: string;
  values: Record<string, string | number>;
  href: string;
}
export interface HomeGroup {
  /** Message key under home.groups. */
  key: string;
  values?: Record<string, string>;
  lines: HomeLine[];
}

const LIST_LIMIT = 5;
/** How far ahead the secretariat is shown conferences still missing replies. */
const REPLIES_AHEAD_DAYS = 14;
/** How long after approval a conference without a conclusion notice is shown to the issuer. */
const ISSUE_WINDOW_DAYS = 90;
/**
 * Held conferences whose conclusions wait for approval, among those held in the last 180
 * days: an older one still "held" was left behind, and reading every held conference of
 * the years (10 000 at the benchmark's scale) cost the leader's home page 200–470 ms. The
 * conference list's status filter still finds them all.
 */
const APPROVAL_WINDOW_DAYS = 180;

const n = (query: ReturnType<typeof sql>) => sql<number>`(${query})`.mapWith(Number);
const countLine = (key: string, count: number, href: string): HomeLine[] => (count > 0 ? [{ key, values: { count }, href }] : []);

/** The unit officer's unit: invitations, tasks, completion reports returned, indicator reports. */
async function unitGroup(db: Db, user: CurrentUser, agencyId: number, today: string, now: Date): Promise<HomeGroup> {
  // The unit's open tasks are a range of task_agencies_agency_open_idx: joining tasks to ask
  // whether each was completed read every open task of the province (177 000 at full scale).
  const open = sql`${taskAgencies.agencyId} = ${agencyId} and ${taskAgencies.completedOn} is null`;
  const [counts] = await db
    .select({
      overdue: n(sql`select count(*) from ${taskAgencies} where ${open} and ${taskAgencies.deadline} < ${today}`),
      dueSoon: n(sql`select count(*) from ${taskAgencies} where ${open} and ${taskAgencies.deadline} between ${today} and ${addDays(today, DUE_SOON_DAYS)}`),
      returned: n(
        // The lead unit's open, unreported tasks: a range of tasks_lead_unreported_idx.
        sql`select count(*) from ${tasks} where ${tasks.leadAgencyId} = ${agencyId} and ${tasks.completedOn} is null and ${tasks.completionReportedAt} is null and exists (select 1 from ${taskEvents} where ${taskEvents.taskId} = ${tasks.id} and ${taskEvents.kind} = 'returned')`,
      ),
      reports: n(sql`select count(*) from ${indicatorReports} where ${indicatorReports.agencyId} = ${agencyId} and ${indicatorReports.status} = 'draft'`),
    })
    .from(users)
    .where(eq(users.id, user.id));
  const toAnswer = await db
    .select({ id: conferences.id, title: conferences.title, startsAt: conferences.startsAt })
    .from(invitations)
    .innerJoin(conferences, eq(conferences.id, invitations.conferenceId))
    .where(and(eq(invitations.agencyId, agencyId), eq(invitations.status, "invited"), inArray(conferences.status, ["scheduled", "postponed"]), gte(conferences.startsAt, now)))
    .orderBy(asc(conferences.startsAt))
    .limit(LIST_LIMIT);
  return {
    key: "unit",
    values: { agency: user.agencyName ?? "" },
    lines: [
      ...toAnswer.map((row) => ({ key: "invitationToAnswer", values: { title: row.title, date: formatDateTime(row.startsAt) }, href: `/conferences/${row.id}/invitations` })),
      ...countLine("tasksOverdue", counts?.overdue ?? 0, "/tasks?status=open_overdue"),
      ...countLine("tasksDueSoon", counts?.dueSoon ?? 0, `/tasks?due=${DUE_SOON_DAYS}`),
      ...countLine("tasksReturned", counts?.returned ?? 0, `/tasks?lead=${agencyId}`),
      ...countLine("reportsToEnter", counts?.reports ?? 0, `/reports?status=draft&agency=${agencyId}`),
    ],
  };
}

/** Completions to accept and extension requests to decide (secretariat, leaders). */
async function followUpGroup(db: Db, user: CurrentUser, today: string): Promise<HomeGroup> {
  const lines: HomeLine[] = [];
  if (can(user, "tasks.accept")) {
    const awaiting = await countUpTo(db, db.select({ id: tasks.id }).from(tasks).where(and(isNotNull(tasks.completionReportedAt), isNull(tasks.completedOn))).$dynamic());
    lines.push(...countLine("completionsAwaiting", awaiting.count, "/tasks?awaiting=1"));
  }
  if (can(user, "tasks.decide_extension")) {
    const requests = await db
      .select({ taskId: tasks.id, title: tasks.title })
      .from(taskExtensionRequests)
      .innerJoin(tasks, eq(tasks.id, taskExtensionRequests.taskId))
      .where(eq(taskExtensionRequests.decision, "pending"))
      .orderBy(asc(taskExtensionRequests.requestedAt))
      .limit(LIST_LIMIT);
    lines.push(...requests.map((row) => ({ key: "extensionRequest", values: { title: row.title }, href: `/tasks/${row.taskId}` })));
  }
  if (user.role !== "unit_officer" && can(user, "directives.view")) {
    const overdue = await countUpTo(db, db.select({ id: tasks.id }).from(tasks).where(and(isNull(tasks.completedOn), lt(tasks.deadline, today))).$dynamic());
    if (overdue.count > 0) lines.push({ key: overdue.more ? "tasksOverdueMore" : "tasksOverdue", values: { count: overdue.count }, href: "/tasks?status=open_overdue" });
  }
  return { key: "followUp", lines };
}

/** Replies missing, conclusions to approve, notices to issue, this week's conferences. */
async function conferenceGroups(db: Db, user: CurrentUser, today: string, now: Date): Promise<HomeGroup[]> {
  const conferenceLines: HomeLine[] = [];
  const directiveLines: HomeLine[] = [];
  if (can(user, "conferences.manage")) {
    const missing = await db
      .select({ id: conferences.id, title: conferences.title, startsAt: conferences.startsAt, missing: count(invitations.id) })
      .from(conferences)
      .innerJoin(invitations, and(eq(invitations.conferenceId, conferences.id), eq(invitations.status, "invited")))
      .where(and(eq(conferences.status, "scheduled"), gte(conferences.startsAt, now), lt(conferences.startsAt, vietnamInstant(addDays(today, REPLIES_AHEAD_DAYS + 1), "00:00"))))
      .groupBy(conferences.id)
      .orderBy(asc(conferences.startsAt))
      .limit(LIST_LIMIT);
    conferenceLines.push(
      ...missing.map((row) => ({ key: "repliesMissing", values: { title: row.title, date: formatDateTime(row.startsAt), count: row.missing }, href: `/conferences/${row.id}/invitations` })),
    );
  }
  if (can(user, "directives.approve")) {
    const awaiting = await db
      .select({ id: conferences.id, title: conferences.title })
      .from(conferences)
      .where(
        and(
          eq(conferences.status, "held"),
          gte(conferences.startsAt, new Date(now.getTime() - APPROVAL_WINDOW_DAYS * 86_400_000)),
          exists(db.select({ one: directives.id }).from(directives).where(eq(directives.conferenceId, conferences.id))),
          notExists(db.select({ one: directiveApprovals.conferenceId }).from(directiveApprovals).where(eq(directiveApprovals.conferenceId, conferences.id))),
        ),
      )
      .orderBy(desc(conferences.startsAt))
      .limit(LIST_LIMIT);
    directiveLines.push(...awaiting.map((row) => ({ key: "directivesAwaitingApproval", values: { title: row.title }, href: `/conferences/${row.id}/directives` })));
  }
  if (can(user, "documents.issue")) {
    const toIssue = await db
      .select({ id: conferences.id, title: conferences.title })
      .from(directiveApprovals)
      .innerJoin(conferences, eq(conferences.id, directiveApprovals.conferenceId))
      .where(
        and(
          gte(directiveApprovals.approvedAt, new Date(now.getTime() - ISSUE_WINDOW_DAYS * 86_400_000)),
          notExists(
            db
              .select({ one: issuedDocuments.id })
              .from(issuedDocuments)
              .where(and(eq(issuedDocuments.conferenceId, conferences.id), eq(issuedDocuments.kind, "conclusion_notice"), isNull(issuedDocuments.withdrawnAt))),
          ),
        ),
      )
      .orderBy(desc(directiveApprovals.approvedAt))
      .limit(LIST_LIMIT);
    directiveLines.push(...toIssue.map((row) => ({ key: "documentToIssue", values: { title: row.title }, href: `/conferences/${row.id}/documents` })));
  }
  if (user.role !== "unit_officer" && can(user, "conferences.view")) {
    const weekday = localParts(now).weekday;
    const monday = addDays(today, -((weekday + 6) % 7));
    const [row] = await db
      .select({ n: count() })
      .from(conferences)
      .where(
        and(
          gte(conferences.startsAt, vietnamInstant(monday, "00:00")),
          lt(conferences.startsAt, vietnamInstant(addDays(monday, 7), "00:00")),
          inArray(conferences.status, ["scheduled", "held", "concluded", "closed"]),
        ),
      );
    conferenceLines.push(...countLine("conferencesThisWeek", row?.n ?? 0, "/schedule"));
  }
  return [
    { key: "conferences", lines: conferenceLines },
    { key: "directives", lines: directiveLines },
  ];
}

async function reportGroup(db: Db, user: CurrentUser): Promise<HomeGroup> {
  if (!can(user, "reports.approve")) return { key: "reports", lines: [] };
  const submitted = await countUpTo(db, db.select({ id: indicatorReports.id }).from(indicatorReports).where(eq(indicatorReports.status, "submitted")).$dynamic());
  return { key: "reports", lines: countLine("reportsSubmitted", submitted.count, "/reports?status=submitted") };
}

/** Everything waiting for the user, in groups; empty groups are dropped (none at all: nothing to do). */
export async function loadHomeWork(db: Db, user: CurrentUser, now: Date = new Date()): Promise<HomeGroup[]> {
  const today = todayInVietnam(now);
  const groups: HomeGroup[] = [];
  if (user.role === "unit_officer" && user.agencyId !== null) groups.push(await unitGroup(db, user, user.agencyId, today, now));
  groups.push(await followUpGroup(db, user, today));
  groups.push(...(await conferenceGroups(db, user, today, now)));
  groups.push(await reportGroup(db, user));
  const unread = await unreadNoticeCount(db, user);
  if (unread.count > 0) groups.push({ key: "notifications", lines: [{ key: "unreadNotifications", values: { count: unread.count }, href: "/notifications?unread=1" }] });
  return groups.filter((group) => group.lines.length > 0);
}
