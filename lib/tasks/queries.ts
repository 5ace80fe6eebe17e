import { type AnyColumn, and, asc, eq, gte, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, conferences, directives, directiveSectors, taskAgencies, tasks } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { taskDocument } from "@/lib/search/documents";
import { textFilter } from "@/lib/search/sql";
import { ownTasksAgency, visibleTasksCondition } from "./access";
import { coordinatorNames } from "./coordinators";
import { countUpTo, type ListTotal } from "@/lib/list-total";
import { parsePeriod } from "@/lib/periods";
import { TASK_STATUSES, type TaskStatus } from "./status";
import { type SearchParams, firstParam, searchTextParam, parsePage } from "@/lib/search-params";

/*
 * Reads of tasks. Every one adds visibleTasksCondition, so a unit officer reads only the
 * tasks their agency leads or coordinates.
 */

type Viewer = Pick<CurrentUser, "role" | "agencyId">;
const positiveId = (value: string | string[] | undefined) => {
  const n = Number(firstParam(value));
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export const TASK_PAGE_SIZE = 50;
export const DUE_SOON_DAYS = 7;

export interface TaskListFilters {
  status?: TaskStatus;
  /** Open tasks due between today and today + 7 days. */
  dueSoon: boolean;
  leadAgencyId?: number;
  directiveId?: number;
  conferenceId?: number;
  /** The reviewed period of the directive's conference (2012-H1). */
  period?: string;
  sector?: (typeof directiveSectors)[number];
  /** Completion reported by the unit and waiting for the secretariat's acceptance. */
  awaitingAcceptance: boolean;
  q?: string;
  page: number;
}

/** /tasks?status=&due=7&lead=&directive=&conference=&period=&sector=&awaiting=1&q=&page=; unknown values are ignored. */
export function parseTaskListParams(params: SearchParams): TaskListFilters {
  const status = firstParam(params.status);
  const sector = firstParam(params.sector);
  return {
    status: TASK_STATUSES.find((s) => s === status),
    dueSoon: firstParam(params.due) === String(DUE_SOON_DAYS),
    leadAgencyId: positiveId(params.lead),
    directiveId: positiveId(params.directive),
    conferenceId: positiveId(params.conference),
    period: parsePeriod(firstParam(params.period) ?? "") ? firstParam(params.period) : undefined,
    sector: directiveSectors.find((s) => s === sector),
    awaitingAcceptance: firstParam(params.awaiting) === "1",
    q: searchTextParam(params.q),
    page: parsePage(params.page),
  };
}

/** Adds whole days to a yyyy-MM-dd date. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The SQL twin of deriveTaskStatus (lib/tasks/status.ts), so lists filter and count in the
 * database with the same rules: due today is within the deadline, completing on the
 * deadline day is on time, a task without deadline is ongoing until completed (then on time).
 */
export function taskStatusCondition(status: TaskStatus, today: string, from: TaskStatusColumns = tasks): SQL {
  switch (status) {
    case "completed_on_time":
      return and(isNotNull(from.completedOn), or(isNull(from.deadline), lte(from.completedOn, from.deadline)))!;
    case "completed_late":
      return and(isNotNull(from.completedOn), isNotNull(from.deadline), sql`${from.completedOn} > ${from.deadline}`)!;
    case "open_within_deadline":
      return and(isNull(from.completedOn), isNotNull(from.deadline), gte(from.deadline, today))!;
    case "open_overdue":
      return and(isNull(from.completedOn), isNotNull(from.deadline), lt(from.deadline, today))!;
    case "ongoing":
      return and(isNull(from.completedOn), isNull(from.deadline))!;
  }
}

/** Where a task's status is read from: tasks, or the copies a unit's rows of task_agencies keep. */
export type TaskStatusColumns = Record<"deadline" | "completedOn" | "completionReportedAt", AnyColumn>;

export function dueSoonCondition(today: string): SQL {
  return and(isNull(tasks.completedOn), gte(tasks.deadline, today), lte(tasks.deadline, addDays(today, DUE_SOON_DAYS)))!;
}

export interface TaskListRow {
  id: number;
  title: string;
  leadAgencyId: number;
  leadAgencyName: string;
  deadline: string | null;
  originalDeadline: string | null;
  completedOn: string | null;
  completionReportedAt: Date | null;
  priority: (typeof tasks.$inferSelect)["priority"];
  directiveId: number;
  directiveNumber: number;
  sector: (typeof directiveSectors)[number];
  conferenceId: number;
  conferenceTitle: string;
  /** Coordinating units' names, "; "-separated, or null. */
  coordinatorNames: string | null;
}

export function awaitingAcceptanceCondition(from: TaskStatusColumns = tasks): SQL {
  return and(isNotNull(from.completionReportedAt), isNull(from.completedOn))!;
}

/** The conditions every task list and count shares (not the visibility, which callers add). */
export function taskFilterConditions(filters: Omit<TaskListFilters, "page" | "q"> & { q?: string }, today: string): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (filters.status) conditions.push(taskStatusCondition(filters.status, today));
  if (filters.dueSoon) conditions.push(dueSoonCondition(today));
  if (filters.awaitingAcceptance) conditions.push(awaitingAcceptanceCondition());
  if (filters.leadAgencyId) conditions.push(eq(tasks.leadAgencyId, filters.leadAgencyId));
  if (filters.directiveId) conditions.push(eq(tasks.directiveId, filters.directiveId));
  if (filters.conferenceId) conditions.push(eq(directives.conferenceId, filters.conferenceId));
  if (filters.period) conditions.push(eq(conferences.reviewedPeriod, filters.period));
  if (filters.sector) conditions.push(eq(directives.sector, filters.sector));
  if (filters.q) conditions.push(textFilter(taskDocument, filters.q));
  return conditions;
}

/** One page (50) of tasks with their directive, conference, lead and coordinating units, and the total (counted up to LIST_TOTAL_CAP). */
export async function listTasks(db: Db, user: Viewer, filters: TaskListFilters, today: string, pageSize = TASK_PAGE_SIZE): Promise<{ rows: TaskListRow[]; total: ListTotal }> {
  const [rows, total] = await Promise.all([listTaskRows(db, user, filters, today, pageSize), countTasks(db, user, filters, today)]);
  return { rows, total };
}

/** Whether the filters read the directive or its conference (so the page must be cut after joining them). */
export function filtersReadDirective(filters: Omit<TaskListFilters, "page">): boolean {
  return Boolean(filters.conferenceId || filters.period || filters.sector);
}

/**
 * The rows of one page, soonest deadline first — one query. The page is cut first and only
 * its 50 rows are then joined to their directive, conference and units: joining every
 * matching task before the cut cost a unit's list 600 ms at a million tasks. Who sees every
 * task cuts it off the tasks' deadline index; a unit walks its own rows of task_agencies,
 * already in deadline order, and stops at the page (its ~6 400 tasks at full scale are
 * never all read). Coordinating units come from a subquery per row of the page.
 */
export async function listTaskRows(db: Db, user: Viewer, filters: TaskListFilters, today: string, pageSize = TASK_PAGE_SIZE): Promise<TaskListRow[]> {
  const agencyId = ownTasksAgency(user);
  const conditions = taskFilterConditions(filters, today);
  const pageQuery =
    agencyId === undefined
      ? db.select({ id: tasks.id, deadline: tasks.deadline }).from(tasks).$dynamic()
      : db.select({ id: taskAgencies.taskId, deadline: taskAgencies.deadline }).from(taskAgencies).innerJoin(tasks, eq(tasks.id, taskAgencies.taskId)).$dynamic();
  if (filtersReadDirective(filters)) {
    pageQuery.innerJoin(directives, eq(directives.id, tasks.directiveId)).innerJoin(conferences, eq(conferences.id, directives.conferenceId));
  }
  const [deadline, id] = agencyId === undefined ? [tasks.deadline, tasks.id] : [taskAgencies.deadline, taskAgencies.taskId];
  const page = pageQuery
    .where(and(agencyId === undefined ? undefined : eq(taskAgencies.agencyId, agencyId), ...conditions))
    .orderBy(sql`${deadline} asc nulls last`, asc(id))
    .limit(pageSize)
    .offset((filters.page - 1) * pageSize)
    .as("page");
  return db
    .select({
      id: tasks.id,
      title: tasks.title,
      leadAgencyId: tasks.leadAgencyId,
      leadAgencyName: agencies.name,
      deadline: tasks.deadline,
      originalDeadline: tasks.originalDeadline,
      completedOn: tasks.completedOn,
      completionReportedAt: tasks.completionReportedAt,
      priority: tasks.priority,
      directiveId: directives.id,
      directiveNumber: directives.number,
      sector: directives.sector,
      conferenceId: conferences.id,
      conferenceTitle: conferences.title,
      coordinatorNames: coordinatorNames(tasks.id),
    })
    .from(page)
    .innerJoin(tasks, eq(tasks.id, page.id))
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .innerJoin(conferences, eq(conferences.id, directives.conferenceId))
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .orderBy(sql`${page.deadline} asc nulls last`, asc(page.id));
}

/** How many tasks the list's filters match, up to LIST_TOTAL_CAP. A unit's unfiltered total is counted from task_agencies alone. */
export function countTasks(db: Db, user: Viewer, filters: Omit<TaskListFilters, "page">, today: string): Promise<ListTotal> {
  const agencyId = ownTasksAgency(user);
  const conditions = taskFilterConditions(filters, today).filter((condition) => condition !== undefined);
  if (agencyId !== undefined && conditions.length === 0) {
    return countUpTo(db, db.select({ id: taskAgencies.taskId }).from(taskAgencies).where(eq(taskAgencies.agencyId, agencyId)).$dynamic());
  }
  const matching = db.select({ id: tasks.id }).from(tasks).$dynamic();
  if (filtersReadDirective(filters)) {
    matching.innerJoin(directives, eq(directives.id, tasks.directiveId)).innerJoin(conferences, eq(conferences.id, directives.conferenceId));
  }
  return countUpTo(db, matching.where(and(visibleTasksCondition(db, user), ...conditions)));
}

export * from "./detail-queries";
