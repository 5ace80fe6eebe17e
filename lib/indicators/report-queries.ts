import { and, asc, count, desc, eq, exists, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { builtOnce } from "@/db/built-once";
import type { Db } from "@/db/client";
import { newestFirst } from "@/db/order";
import {
  agencies,
  auditLog,
  conferenceReports,
  conferences,
  indicatorReporters,
  indicatorReports,
  indicatorReportUnlocks,
  indicatorValues,
  type ReportStatus,
  reportingPeriods,
  reportStatuses,
  users,
} from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { preparedForViewer, type ViewerScope } from "@/lib/auth/viewer-scope";
import { countUpTo, type ListTotal } from "@/lib/list-total";
import { comparePeriods } from "@/lib/periods";
import { liveConference } from "@/lib/conferences/access";
import { withFields } from "@/lib/rows";
import { type SearchParams, firstParam, parsePage } from "@/lib/search-params";

/*
 * Reads of indicator reports. A unit officer reads only their own agency's reports: every
 * query here adds visibleReportsCondition (the page of another agency's report is a 404).
 */

export type Viewer = Pick<CurrentUser, "role" | "agencyId">;

export const REPORT_PAGE_SIZE = 50;

export function visibleReportsCondition(viewer: ViewerScope): SQL | undefined {
  if (viewer.role !== "unit_officer") return undefined;
  return eq(indicatorReports.agencyId, viewer.agencyId ?? -1);
}

export interface ReportListFilters {
  periodCode?: string;
  agencyId?: number;
  status?: ReportStatus;
  page: number;
}

/** /reports?period=2012-H1&agency=12&status=submitted&page=2; unknown values are ignored. */
export function parseReportListParams(params: SearchParams): ReportListFilters {
  const period = firstParam(params.period)?.trim();
  const agency = Number(firstParam(params.agency));
  const status = firstParam(params.status);
  return {
    periodCode: period && /^\d{4}-[0-9A-Z]{1,3}$/.test(period) ? period : undefined,
    agencyId: Number.isInteger(agency) && agency > 0 ? agency : undefined,
    status: reportStatuses.find((s) => s === status),
    page: parsePage(params.page),
  };
}

/** The report list's WHERE: visibility and the filters (the page and /api/v1/reports). */
export function reportListConditions(viewer: Viewer, filters: Omit<ReportListFilters, "page">): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [visibleReportsCondition(viewer)];
  if (filters.periodCode) conditions.push(eq(indicatorReports.periodCode, filters.periodCode));
  if (filters.agencyId) conditions.push(eq(indicatorReports.agencyId, filters.agencyId));
  if (filters.status) conditions.push(eq(indicatorReports.status, filters.status));
  return conditions;
}

const submitter = alias(users, "submitter");
const approver = alias(users, "approver");

/** What every view of a report starts with: the query joins agencies and reporting_periods. */
export const reportIdentityColumns = {
  id: indicatorReports.id,
  agencyId: indicatorReports.agencyId,
  agencyName: agencies.name,
  periodCode: indicatorReports.periodCode,
  dueOn: reportingPeriods.dueOn,
  status: indicatorReports.status,
};

/** Who sent the report and who approved it, and when: the query left-joins `submitter` and `approver`. */
const reportWorkflowColumns = {
  submittedAt: indicatorReports.submittedAt,
  submittedByName: submitter.displayName,
  approvedAt: indicatorReports.approvedAt,
  approvedByName: approver.displayName,
};

export interface ReportListRow {
  id: number;
  agencyId: number;
  agencyName: string;
  periodCode: string;
  dueOn: string;
  status: ReportStatus;
  submittedAt: Date | null;
  submittedByName: string | null;
  approvedAt: Date | null;
  approvedByName: string | null;
  valueCount: number;
}

/**
 * One page of reports with agency, deadline, who submitted/approved and the number of values,
 * and the total: three statements whatever the page. The page is cut from the reports alone,
 * then the values of its reports are counted (an index range each): grouping 2,4 million
 * values to show 50 rows took seconds at national scale, and a count in the page's own SELECT
 * would also run for every row an OFFSET skips. The total is its own statement, counted up to
 * the cap of every list (lib/list-total.ts): 100 agencies reporting monthly pass 10 000 reports
 * in nine years.
 */
export async function listReports(db: Db, viewer: Viewer, filters: ReportListFilters, pageSize = REPORT_PAGE_SIZE): Promise<{ rows: ReportListRow[]; total: ListTotal }> {
  const where = and(...reportListConditions(viewer, filters));
  const [page, total] = await Promise.all([
    db
      .select({ ...reportIdentityColumns, ...reportWorkflowColumns })
      .from(indicatorReports)
      .innerJoin(agencies, eq(agencies.id, indicatorReports.agencyId))
      .innerJoin(reportingPeriods, eq(reportingPeriods.code, indicatorReports.periodCode))
      .leftJoin(submitter, eq(submitter.id, indicatorReports.submittedById))
      .leftJoin(approver, eq(approver.id, indicatorReports.approvedById))
      .where(where)
      // The deadline orders periods in time (a code like 2012-Q3 does not sort as text).
      .orderBy(desc(reportingPeriods.dueOn), desc(indicatorReports.periodCode), asc(agencies.name), asc(indicatorReports.id))
      .limit(pageSize)
      .offset((filters.page - 1) * pageSize),
    countUpTo(db, db.select({ id: indicatorReports.id }).from(indicatorReports).where(where).$dynamic()),
  ]);
  const ids = page.map((row) => row.id);
  const counts = ids.length
    ? await db
        .select({ reportId: indicatorValues.reportId, n: count() })
        .from(indicatorValues)
        .where(inArray(indicatorValues.reportId, ids))
        .groupBy(indicatorValues.reportId)
    : [];
  const valueCounts = new Map(counts.map((row) => [row.reportId, row.n]));
  return { rows: page.map((row) => withFields(row, { valueCount: valueCounts.get(row.id) ?? 0 })), total };
}

/** Every reporting period, newest first (chronologically, not as text). */
export async function listReportingPeriods(db: Db): Promise<{ code: string; dueOn: string }[]> {
  const rows = await db.select({ code: reportingPeriods.code, dueOn: reportingPeriods.dueOn }).from(reportingPeriods);
  return rows.sort((a, b) => comparePeriods(b.code, a.code));
}

/** Agencies that report some indicator or already have a report: the choices of the filters and of "open a report". */
export async function listReportingAgencies(db: Db): Promise<{ id: number; name: string }[]> {
  return db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(
      or(
        exists(db.select({ one: indicatorReporters.agencyId }).from(indicatorReporters).where(eq(indicatorReporters.agencyId, agencies.id))),
        exists(db.select({ one: indicatorReports.id }).from(indicatorReports).where(eq(indicatorReports.agencyId, agencies.id))),
      ),
    )
    .orderBy(asc(agencies.name));
}

export interface ReportHeader {
  id: number;
  agencyId: number;
  agencyName: string;
  agencyCode: string | null;
  periodCode: string;
  dueOn: string;
  status: ReportStatus;
  version: number;
  submittedAt: Date | null;
  submittedByName: string | null;
  approvedAt: Date | null;
  approvedByName: string | null;
}

/** The report if it exists and the viewer may see it; null otherwise (the page then calls notFound()). */
export async function loadVisibleReport(db: Db, id: number, viewer: Viewer): Promise<ReportHeader | null> {
  if (!Number.isInteger(id) || id <= 0) return null;
  // Every view of a report reads it: prepared once per kind of viewer.
  const { statement, values } = preparedForViewer(db, "visible_report", viewer, (handle, scope, name) =>
    handle
      .select({
        ...reportIdentityColumns,
        agencyCode: agencies.code,
        version: indicatorReports.version,
        ...reportWorkflowColumns,
      })
      .from(indicatorReports)
      .innerJoin(agencies, eq(agencies.id, indicatorReports.agencyId))
      .innerJoin(reportingPeriods, eq(reportingPeriods.code, indicatorReports.periodCode))
      .leftJoin(submitter, eq(submitter.id, indicatorReports.submittedById))
      .leftJoin(approver, eq(approver.id, indicatorReports.approvedById))
      .where(and(eq(indicatorReports.id, sql.placeholder("id")), visibleReportsCondition(scope)))
      .limit(1)
      .prepare(name),
  );
  const [row] = await statement.execute({ ...values, id });
  return row ?? null;
}

/** What the secretariat wrote when it last returned the report to the unit (kept in the audit trail). */
export async function latestReturnComment(db: Db, reportId: number): Promise<{ comment: string; at: Date; by: string | null } | null> {
  const [row] = await db
    .select({ after: auditLog.after, at: auditLog.at, by: auditLog.actorUsername, byName: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, "indicator_report"), eq(auditLog.entityId, String(reportId)), eq(auditLog.action, "indicator_report.return")))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const comment = (row?.after as { comment?: unknown } | null)?.comment;
  return row && typeof comment === "string" ? { comment, at: row.at, by: row.byName ?? row.by } : null;
}

function prepareReportUnlocks(db: Db) {
  return db
    .select({ id: indicatorReportUnlocks.id, reason: indicatorReportUnlocks.reason, unlockedAt: indicatorReportUnlocks.unlockedAt, byName: users.displayName })
    .from(indicatorReportUnlocks)
    .innerJoin(users, eq(users.id, indicatorReportUnlocks.unlockedById))
    .where(eq(indicatorReportUnlocks.reportId, sql.placeholder("reportId")))
    .orderBy(desc(indicatorReportUnlocks.unlockedAt))
    .prepare("report_unlocks");
}

/** When and why a report was reopened, newest first (prepared once: the report's page shows them). */
export async function listReportUnlocks(db: Db, reportId: number) {
  return builtOnce(db, "report_unlocks", prepareReportUnlocks).execute({ reportId });
}

export interface ConferenceReportRow {
  reportId: number;
  agencyId: number;
  agencyName: string;
  periodCode: string;
  status: ReportStatus;
}

function prepareConferenceReports(db: Db, scope: ViewerScope | undefined, name: string) {
  return db
    .select({
      reportId: indicatorReports.id,
      agencyId: indicatorReports.agencyId,
      agencyName: agencies.name,
      periodCode: indicatorReports.periodCode,
      status: indicatorReports.status,
    })
    .from(conferenceReports)
    .innerJoin(indicatorReports, eq(indicatorReports.id, conferenceReports.reportId))
    .innerJoin(agencies, eq(agencies.id, indicatorReports.agencyId))
    .where(and(eq(conferenceReports.conferenceId, sql.placeholder("conferenceId")), scope ? visibleReportsCondition(scope) : undefined))
    .orderBy(asc(agencies.name), asc(indicatorReports.id))
    .prepare(name);
}

/**
 * The reports a conference discusses, for its page. Pass the viewer to keep a unit officer
 * to their own agency's reports (the conference page does; the tables it embeds check again).
 * Prepared once per kind of viewer, and once for all reports.
 */
export async function listConferenceReports(db: Db, conferenceId: number, viewer?: Viewer): Promise<ConferenceReportRow[]> {
  if (!viewer) return builtOnce(db, "conference_reports", (handle) => prepareConferenceReports(handle, undefined, "conference_reports")).execute({ conferenceId });
  const { statement, values } = preparedForViewer(db, "conference_reports", viewer, prepareConferenceReports);
  return statement.execute({ ...values, conferenceId });
}

function prepareReportConferences(db: Db) {
  return db
    .select({ id: conferences.id, title: conferences.title, startsAt: conferences.startsAt })
    .from(conferenceReports)
    .innerJoin(conferences, eq(conferences.id, conferenceReports.conferenceId))
    .where(and(eq(conferenceReports.reportId, sql.placeholder("reportId")), liveConference()))
    .orderBy(newestFirst(conferences.startsAt))
    .prepare("report_conferences");
}

/** The conferences a report is linked to, for its page (prepared once). */
export async function listReportConferences(db: Db, reportId: number) {
  return builtOnce(db, "report_conferences", prepareReportConferences).execute({ reportId });
}

/** Recent conferences to link a report to (the secretariat picks one). */
export async function listConferenceOptions(db: Db, limit = 100) {
  return db.select({ id: conferences.id, title: conferences.title, startsAt: conferences.startsAt }).from(conferences).where(liveConference()).orderBy(newestFirst(conferences.startsAt)).limit(limit);
}
