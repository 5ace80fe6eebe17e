import { and, asc, count, desc, eq, exists, gte, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { newestFirst } from "@/db/order";
import {
  agendaItems,
  conferences,
  directiveApprovals,
  directiveIndicators,
  directiveLegalDocuments,
  directiveSectors,
  directives,
  indicators,
  legalDocuments,
  people,
  tasks,
  users,
} from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { likeContains, parsePage } from "@/lib/directory/queries";
import { citation } from "@/lib/legal-documents/queries";
import { visibleTasksCondition } from "@/lib/tasks/access";
import { deriveTaskStatus, type TaskStatus, todayInVietnam } from "@/lib/tasks/status";
import { visibleDirectivesCondition } from "./access";

/*
 * Reads of directives. The conference page's reads take a conference the page has already
 * checked with loadVisibleConference; the cross-conference list takes the user and scopes
 * itself (a leader's own, a unit officer's through their tasks).
 */

type Viewer = Pick<CurrentUser, "id" | "role" | "agencyId">;
type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
export type DirectiveSector = (typeof directiveSectors)[number];

export interface ConferenceDirectiveRow {
  id: number;
  number: number;
  issuedByPersonId: number | null;
  issuerName: string;
  issuerTitle: string | null;
  agendaItemId: number | null;
  agendaItemTitle: string | null;
  sector: DirectiveSector;
  text: string;
  version: number;
}

/** A conference's directives in number order, with their agenda item, in one query. */
export async function listConferenceDirectives(db: Db, conferenceId: number): Promise<ConferenceDirectiveRow[]> {
  return db
    .select({
      id: directives.id,
      number: directives.number,
      issuedByPersonId: directives.issuedByPersonId,
      issuerName: directives.issuerName,
      issuerTitle: directives.issuerTitle,
      agendaItemId: directives.agendaItemId,
      agendaItemTitle: agendaItems.title,
      sector: directives.sector,
      text: directives.text,
      version: directives.version,
    })
    .from(directives)
    .leftJoin(agendaItems, eq(agendaItems.id, directives.agendaItemId))
    .where(eq(directives.conferenceId, conferenceId))
    .orderBy(asc(directives.number));
}

export interface DirectiveDocument {
  directiveId: number;
  documentId: number;
  citation: string;
  title: string | null;
}

/** The documents cited by the given directives, in one query, grouped by directive. */
export async function listDirectiveDocuments(db: Db, directiveIds: number[]): Promise<Map<number, DirectiveDocument[]>> {
  const result = new Map<number, DirectiveDocument[]>();
  if (directiveIds.length === 0) return result;
  const rows = await db
    .select({ directiveId: directiveLegalDocuments.directiveId, document: legalDocuments })
    .from(directiveLegalDocuments)
    .innerJoin(legalDocuments, eq(legalDocuments.id, directiveLegalDocuments.legalDocumentId))
    .where(inArray(directiveLegalDocuments.directiveId, directiveIds))
    .orderBy(asc(legalDocuments.symbol));
  for (const row of rows) {
    const list = result.get(row.directiveId) ?? [];
    list.push({ directiveId: row.directiveId, documentId: row.document.id, citation: citation(row.document), title: row.document.title });
    result.set(row.directiveId, list);
  }
  return result;
}

export interface DirectiveIndicator {
  indicatorId: number;
  code: string;
  name: string;
}

/** The indicators the given directives concern, in one query, grouped by directive. */
export async function listDirectiveIndicators(db: Db, directiveIds: number[]): Promise<Map<number, DirectiveIndicator[]>> {
  const result = new Map<number, DirectiveIndicator[]>();
  if (directiveIds.length === 0) return result;
  const rows = await db
    .select({ directiveId: directiveIndicators.directiveId, indicatorId: indicators.id, code: indicators.code, name: indicators.nameVi })
    .from(directiveIndicators)
    .innerJoin(indicators, eq(indicators.id, directiveIndicators.indicatorId))
    .where(inArray(directiveIndicators.directiveId, directiveIds))
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
  for (const { directiveId, ...indicator } of rows) result.set(directiveId, [...(result.get(directiveId) ?? []), indicator]);
  return result;
}

/** Indicators still followed on the day, "code — name", in the report's order, for the directive form. */
export async function listIndicatorOptions(db: Db, today: string): Promise<{ id: number; label: string }[]> {
  const rows = await db
    .select({ id: indicators.id, code: indicators.code, name: indicators.nameVi })
    .from(indicators)
    .where(or(isNull(indicators.validTo), gte(indicators.validTo, today)))
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
  return rows.map((row) => ({ id: row.id, label: `${row.code} — ${row.name}` }));
}

/** How many tasks (visible to the user) each directive has, in one query. */
export async function countTasksByDirective(db: Db, directiveIds: number[], user: Pick<CurrentUser, "role" | "agencyId">): Promise<Map<number, number>> {
  if (directiveIds.length === 0) return new Map();
  const rows = await db
    .select({ directiveId: tasks.directiveId, n: count() })
    .from(tasks)
    .where(and(inArray(tasks.directiveId, directiveIds), visibleTasksCondition(db, user)))
    .groupBy(tasks.directiveId);
  return new Map(rows.map((row) => [row.directiveId, row.n]));
}

export interface ApprovalInfo {
  approvedAt: Date;
  approvedByName: string;
}

export async function getApproval(db: Db, conferenceId: number): Promise<ApprovalInfo | null> {
  const [row] = await db
    .select({ approvedAt: directiveApprovals.approvedAt, approvedByName: users.displayName })
    .from(directiveApprovals)
    .innerJoin(users, eq(users.id, directiveApprovals.approvedById))
    .where(eq(directiveApprovals.conferenceId, conferenceId))
    .limit(1);
  return row ?? null;
}

/** The number the next directive of the conference gets when none is typed. */
export async function nextDirectiveNumber(db: Db, conferenceId: number): Promise<number> {
  const [row] = await db.select({ top: sql<number | null>`max(${directives.number})` }).from(directives).where(eq(directives.conferenceId, conferenceId));
  return Number(row?.top ?? 0) + 1;
}

export interface Option {
  value: string;
  label: string;
}

/** People who may be named as the issuer: active people, "name (position)". */
export async function listIssuerOptions(db: Db): Promise<Option[]> {
  const rows = await db.select({ id: people.id, fullName: people.fullName, position: people.position }).from(people).where(eq(people.active, true)).orderBy(asc(people.fullName));
  return rows.map((row) => ({ value: String(row.id), label: row.position ? `${row.fullName} (${row.position})` : row.fullName }));
}

export async function listAgendaItemOptions(db: Db, conferenceId: number): Promise<Option[]> {
  const rows = await db.select({ id: agendaItems.id, title: agendaItems.title }).from(agendaItems).where(eq(agendaItems.conferenceId, conferenceId)).orderBy(asc(agendaItems.position), asc(agendaItems.id));
  return rows.map((row) => ({ value: String(row.id), label: row.title }));
}

// ---------------------------------------------------------------------------
// Across conferences: /directives

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
  const conference = Number(first(params.conference));
  const sector = first(params.sector);
  return {
    conferenceId: Number.isInteger(conference) && conference > 0 ? conference : undefined,
    sector: directiveSectors.find((s) => s === sector),
    q: first(params.q)?.trim().slice(0, 100) || undefined,
    all: first(params.all) === "1",
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
function listConditions(db: Db, user: Viewer, filters: DirectiveListFilters): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [visibleDirectivesCondition(db, user)];
  if (user.role === "leader" && !filters.all) {
    conditions.push(inArray(directives.issuedByPersonId, db.select({ personId: users.personId }).from(users).where(eq(users.id, user.id))));
  }
  if (filters.conferenceId) conditions.push(eq(directives.conferenceId, filters.conferenceId));
  if (filters.sector) conditions.push(eq(directives.sector, filters.sector));
  if (filters.q) conditions.push(ilike(directives.text, likeContains(filters.q)));
  return conditions;
}

/**
 * One page of directives, newest conference first, each with its tasks counted by derived
 * status. ONE query: the page of directives is a subquery left-joined to the tasks the user may
 * see; the status of each task comes from deriveTaskStatus (the single source of the rules,
 * rather than a SQL CASE that would have to be kept in step) and is grouped here in memory.
 */
export async function listDirectives(db: Db, user: Viewer, filters: DirectiveListFilters, today = todayInVietnam(), pageSize = DIRECTIVE_PAGE_SIZE): Promise<{ rows: DirectiveListRow[]; total: number }> {
  const page = db
    .select({
      id: directives.id,
      number: directives.number,
      text: directives.text,
      sector: directives.sector,
      issuerName: sql<string>`${directives.issuerName}`.as("issuer_name"),
      conferenceId: sql<number>`${conferences.id}`.as("conference_id"),
      conferenceTitle: sql<string>`${conferences.title}`.as("conference_title"),
      conferenceStartsAt: sql<Date>`${conferences.startsAt}`.as("conference_starts_at"),
      total: sql<number>`count(*) over ()`.as("total"),
    })
    .from(directives)
    .innerJoin(conferences, eq(conferences.id, directives.conferenceId))
    .where(and(...listConditions(db, user, filters)))
    .orderBy(newestFirst(conferences.startsAt), asc(directives.number))
    .limit(pageSize)
    .offset((filters.page - 1) * pageSize)
    .as("page");
  const rows = await db
    .select({
      id: page.id,
      number: page.number,
      text: page.text,
      sector: page.sector,
      issuerName: page.issuerName,
      conferenceId: page.conferenceId,
      conferenceTitle: page.conferenceTitle,
      conferenceStartsAt: page.conferenceStartsAt,
      total: page.total,
      taskId: tasks.id,
      deadline: tasks.deadline,
      originalDeadline: tasks.originalDeadline,
      completedOn: tasks.completedOn,
    })
    .from(page)
    .leftJoin(tasks, and(eq(tasks.directiveId, page.id), visibleTasksCondition(db, user)))
    .orderBy(desc(page.conferenceStartsAt), asc(page.number), asc(tasks.id));

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
      const { status } = deriveTaskStatus({ deadline: row.deadline, originalDeadline: row.originalDeadline, completedOn: row.completedOn, today });
      entry.taskCounts[status] += 1;
      entry.taskTotal += 1;
    }
  }
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && filters.page > 1) {
    total = (await db.select({ n: count() }).from(directives).innerJoin(conferences, eq(conferences.id, directives.conferenceId)).where(and(...listConditions(db, user, filters))))[0]?.n ?? 0;
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

/** The newest conferences that have directives the user's list can show, plus the selected one, for the lists' filters. */
export async function listDirectiveConferenceOptions(db: Db, user: Viewer, selectedId?: number): Promise<Option[]> {
  const hasVisibleDirectives = exists(
    db
      .select({ one: sql`1` })
      .from(directives)
      .where(and(eq(directives.conferenceId, conferences.id), ...listConditions(db, user, { page: 1, all: true }))),
  );
  const options = (where: SQL | undefined, limit: number) =>
    db.select({ id: conferences.id, title: conferences.title }).from(conferences).where(and(hasVisibleDirectives, where)).orderBy(newestFirst(conferences.startsAt), desc(conferences.id)).limit(limit);
  const rows = await options(undefined, CONFERENCE_OPTION_LIMIT);
  if (selectedId && !rows.some((row) => row.id === selectedId)) rows.push(...(await options(eq(conferences.id, selectedId), 1)));
  return rows.map((row) => ({ value: String(row.id), label: row.title }));
}
