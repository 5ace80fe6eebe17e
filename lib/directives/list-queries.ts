import { and, asc, desc, eq, exists, sql, type SQL } from "drizzle-orm";
import { type PgSelect, union } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { idIn } from "@/db/ids";
import { newestFirst } from "@/db/order";
import { conferences, directiveSectors, directives, taskAgencies, tasks, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { directiveDocument } from "@/lib/search/documents";
import { textFilter } from "@/lib/search/sql";
import { countUpTo, type ListTotal } from "@/lib/list-total";
import { ownTasksAgency, visibleTasksCondition } from "@/lib/tasks/access";
import { deriveTaskStatus, type TaskStatus, todayInVietnam } from "@/lib/tasks/status";
import { ownTaskAgencyRows, visibleDirectivesCondition } from "./access";
import type { DirectiveSector, Option } from "./queries";
import { liveConference } from "@/lib/conferences/access";
import { type SearchParams, firstParam, searchTextParam, parsePage } from "@/lib/search-params";

/*
 * The cross-conference list of directives (/directives) and its filter's options. It takes
 * the user and scopes itself: a leader's own directives by default, a unit officer's through
 * their tasks.
 */

type Viewer = Pick<CurrentUser, "id" | "role" | "agencyId">;

export const DIRECTIVE_PAGE_SIZE = 50;

export interface DirectiveListFilters {
  conferenceId?: number;
  sector?: DirectiveSector;
  q?: string;
  /** A leader sees the directives they issued unless they ask for all (?all=1); leaders read everything. */
  all: boolean;
  page: number;
}

/** /directives?conference=&sector=&q=&all=&page=; unknown values are ignored rather than refused. */
export function parseDirectiveListParams(params: SearchParams): DirectiveListFilters {
  const conference = Number(firstParam(params.conference));
  const sector = firstParam(params.sector);
  return {
    conferenceId: Number.isInteger(conference) && conference > 0 ? conference : undefined,
    sector: directiveSectors.find((s) => s === sector),
    q: searchTextParam(params.q),
    all: firstParam(params.all) === "1",
    page: parsePage(params.page),
  };
}

export interface DirectiveListRow {
  id: number;
  number: number;
  text: string;
  sector: DirectiveSector;
  issuerName: string;
  conferenceId: number;
  conferenceTitle: string;
  conferenceStartsAt: Date;
  /** Tasks (visible to the user) by derived status. */
  taskCounts: Record<TaskStatus, number>;
  taskTotal: number;
}

const emptyCounts = (): Record<TaskStatus, number> => ({ completed_on_time: 0, completed_late: 0, open_within_deadline: 0, open_overdue: 0, ongoing: 0 });

/**
 * Which directives the list shows. A leader: those they issued (their account's directory
 * person); a unit officer: those with a task of their agency; anyone else: all. Filters apply
 * on top for everyone.
 */
/** The directive list's WHERE: visibility, a leader's own unless ?all=1, and the filters (the page and /api/v1/directives). */
export function directiveListConditions(db: Db, user: Viewer, filters: Omit<DirectiveListFilters, "page">): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [visibleDirectivesCondition(db, user)];
  if (user.role === "leader" && !filters.all) {
    // "=" a scalar subquery, not IN: the person is one value known before the scan, so the
    // leader's directives are a range of directives_issuer_order_idx (or _updated_idx), already
    // in the list's order. Through IN the planner joined and sorted all of them (6 917).
    const person = db.select({ personId: users.personId }).from(users).where(eq(users.id, user.id));
    conditions.push(eq(directives.issuedByPersonId, sql`(${person})`));
  }
  if (filters.conferenceId) conditions.push(eq(directives.conferenceId, filters.conferenceId));
  return [...conditions, ...directiveTextConditions(filters)];
}

/** The filters read from the directive itself (a unit's lists have the conference from task_agencies). */
export function directiveTextConditions(filters: Omit<DirectiveListFilters, "page">): (SQL | undefined)[] {
  return [filters.sector ? eq(directives.sector, filters.sector) : undefined, filters.q ? textFilter(directiveDocument, filters.q) : undefined];
}

/**
 * A unit's directives, one row each, newest conference first: one index range of
 * task_agencies read backwards (task_agencies_agency_conference_idx), cut by the page before
 * the rest is read. Through tasks, its first page read every one of the unit's ~6 400 tasks.
 */
function ownDirectives(db: Db, agencyId: number, conferenceId?: number) {
  const ta = taskAgencies;
  return db
    .selectDistinct({ startsAt: ta.conferenceStartsAt, conferenceId: ta.conferenceId, directiveId: ta.directiveId })
    .from(ta)
    .where(ownTaskAgencyRows(agencyId, conferenceId))
    .orderBy(desc(ta.conferenceStartsAt), desc(ta.conferenceId), desc(ta.directiveId))
    .as("own_directives");
}

const pageColumns = {
  id: directives.id,
  number: directives.number,
  text: directives.text,
  sector: directives.sector,
  issuerName: sql<string>`${directives.issuerName}`.as("issuer_name"),
  conferenceId: sql<number>`${conferences.id}`.as("conference_id"),
  conferenceTitle: sql<string>`${conferences.title}`.as("conference_title"),
  conferenceStartsAt: sql<Date>`${directives.conferenceStartsAt}`.as("conference_starts_at"),
};

/**
 * The page of directives and what counts the total: from the directives for everyone who
 * sees them all (or a leader's own), from the unit's rows of task_agencies for a unit officer.
 * Newest conference first, then its directives in number order, for both.
 */
function directivePageAndMatching(db: Db, user: Viewer, filters: DirectiveListFilters, pageSize: number) {
  const offset = (filters.page - 1) * pageSize;
  const agencyId = ownTasksAgency(user);
  if (agencyId === undefined) {
    const where = and(...directiveListConditions(db, user, filters));
    // Every directive has its conference (a required foreign key) and no condition reads the
    // conference: counted without the join, and ordered by the directive's copy of its start
    // (directives_conference_order_idx, or the leader's directives_issuer_order_idx).
    const matching = db.select({ id: directives.id }).from(directives).where(where).$dynamic();
    const page = db
      .select(pageColumns)
      .from(directives)
      .innerJoin(conferences, eq(conferences.id, directives.conferenceId))
      .where(where)
      .orderBy(newestFirst(directives.conferenceStartsAt), newestFirst(directives.conferenceId), asc(directives.number))
      .limit(pageSize)
      .offset(offset)
      .as("page");
    return { page, matching };
  }
  const own = ownDirectives(db, agencyId, filters.conferenceId);
  const textConditions = directiveTextConditions(filters);
  const matching = textConditions.some(Boolean)
    ? db.select({ id: own.directiveId }).from(own).innerJoin(directives, eq(directives.id, own.directiveId)).where(and(...textConditions)).$dynamic()
    : db.select({ id: own.directiveId }).from(own).$dynamic();
  const page = db
    .select(pageColumns)
    .from(own)
    .innerJoin(directives, eq(directives.id, own.directiveId))
    .innerJoin(conferences, eq(conferences.id, own.conferenceId))
    .where(and(...textConditions))
    .orderBy(desc(own.startsAt), desc(own.conferenceId), asc(directives.number))
    .limit(pageSize)
    .offset(offset)
    .as("page");
  return { page, matching };
}

/**
 * One page of directives, newest conference first, each with its tasks counted by derived
 * status. One query for the rows: the page of directives is a subquery left-joined to the tasks
 * the user may see; the status of each task comes from deriveTaskStatus (the single source of
 * the rules, rather than a SQL CASE that would have to be kept in step) and is grouped here in
 * memory. The total is its own statement, counted up to a cap (lib/list-total.ts): a window
 * count over every matching directive made the page read all 280 000 of them.
 */
export async function listDirectives(db: Db, user: Viewer, filters: DirectiveListFilters, today = todayInVietnam(), pageSize = DIRECTIVE_PAGE_SIZE): Promise<{ rows: DirectiveListRow[]; total: ListTotal }> {
  const { page, matching } = directivePageAndMatching(db, user, filters, pageSize);
  const rowsQuery = db
    .select({
      id: page.id,
      number: page.number,
      text: page.text,
      sector: page.sector,
      issuerName: page.issuerName,
      conferenceId: page.conferenceId,
      conferenceTitle: page.conferenceTitle,
      conferenceStartsAt: page.conferenceStartsAt,
      taskId: tasks.id,
      deadline: tasks.deadline,
      originalDeadline: tasks.originalDeadline,
      completedOn: tasks.completedOn,
    })
    .from(page)
    .leftJoin(tasks, and(eq(tasks.directiveId, page.id), visibleTasksCondition(db, user)))
    .orderBy(desc(page.conferenceStartsAt), desc(page.conferenceId), asc(page.number), asc(tasks.id));
  const [rows, total] = await Promise.all([rowsQuery, countUpTo(db, matching)]);

  const byId = new Map<number, DirectiveListRow>();
  for (const row of rows) {
    let entry = byId.get(row.id);
    if (!entry) {
      entry = {
        id: row.id,
        number: row.number,
        text: row.text,
        sector: row.sector,
        issuerName: row.issuerName,
        conferenceId: Number(row.conferenceId),
        conferenceTitle: row.conferenceTitle,
        // A raw column in a subquery comes back as the driver gives it (a string on some drivers).
        conferenceStartsAt: new Date(row.conferenceStartsAt),
        taskCounts: emptyCounts(),
        taskTotal: 0,
      };
      byId.set(row.id, entry);
    }
    if (row.taskId !== null) {
      const { status } = deriveTaskStatus(row, today);
      entry.taskCounts[status] += 1;
      entry.taskTotal += 1;
    }
  }
  return { rows: [...byId.values()], total };
}

/**
 * How many conferences a filter's drop-down offers: the newest ones. A province holds thousands
 * of conferences over the years and a select of all of them weighed megabytes per page; an
 * older conference is reached from its own page, whose links carry ?conference=, and stays
 * selected here.
 */
export const CONFERENCE_OPTION_LIMIT = 100;

/**
 * The newest conferences that have directives the user's list can show, plus the selected one,
 * for the lists' filters. A unit's come from its rows of task_agencies, newest first, one index
 * range cut at the limit; walking conferences and asking each whether a directive had a task of
 * the unit probed thousands of them at a million tasks.
 */
export async function listDirectiveConferenceOptions(db: Db, user: Viewer, selectedId?: number): Promise<Option[]> {
  const agencyId = ownTasksAgency(user);
  const order = [newestFirst(conferences.startsAt), desc(conferences.id)];
  let newest: PgSelect;
  let selected: PgSelect | undefined;
  if (agencyId === undefined) {
    const hasVisibleDirectives = exists(
      db
        .select({ one: sql`1` })
        .from(directives)
        .where(and(eq(directives.conferenceId, conferences.id), ...directiveListConditions(db, user, { all: true }))),
    );
    newest = db.select({ id: conferences.id }).from(conferences).where(and(liveConference(), hasVisibleDirectives)).orderBy(...order).limit(CONFERENCE_OPTION_LIMIT).$dynamic();
    if (selectedId) selected = db.select({ id: conferences.id }).from(conferences).where(and(eq(conferences.id, selectedId), hasVisibleDirectives)).$dynamic();
  } else {
    const ta = taskAgencies;
    newest = db
      .select({ id: ta.conferenceId })
      .from(ta)
      .where(ownTaskAgencyRows(agencyId))
      .groupBy(ta.conferenceStartsAt, ta.conferenceId)
      .orderBy(desc(ta.conferenceStartsAt), desc(ta.conferenceId))
      .limit(CONFERENCE_OPTION_LIMIT)
      .$dynamic();
    if (selectedId) selected = db.select({ id: ta.conferenceId }).from(ta).where(ownTaskAgencyRows(agencyId, selectedId)).limit(1).$dynamic();
  }
  // One statement either way: the selected conference joins the newest ones in date order. A
  // union of ids, not an OR in the WHERE, which made the planner walk every conference.
  const rows = await db
    .select({ id: conferences.id, title: conferences.title })
    .from(conferences)
    .where(and(liveConference(), idIn(conferences.id, selected ? union(newest, selected) : newest)))
    .orderBy(...order);
  return rows.map((row) => ({ value: String(row.id), label: row.title }));
}
