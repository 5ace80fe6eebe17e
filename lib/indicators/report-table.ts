import { and, asc, eq, exists, gte, isNotNull, isNull, lte, or, sql, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { builtOnce } from "@/db/built-once";
import type { Db } from "@/db/client";
import { indicatorPlans, indicatorReporters, indicatorReports, indicators, indicatorValueRevisions, indicatorValues, users, type ValueStatus } from "@/db/schema";
import { isCumulativeFromYearStart, parsePeriod, periodEndDate, periodStartDate, samePeriodPreviousYear } from "@/lib/periods";
import { comparisonsDisagree, percentOfPlan, subIndicatorExceedsParent, type YearOnYear, yearOnYear } from "./compute";
import { DEPARTMENT_AGENCY_CODE } from "./report-consolidated";
import { type IndicatorRowBase, indicatorRowColumns, orderUnderParents } from "./report-order";
import { withFields } from "@/lib/rows";

/*
 * The report table as the secretariat puts it in a conference document: each indicator the
 * agency reports (or has a value for), its value, % of the agency's own annual plan and year-on-year
 * against the same agency's report of the same period last year, computed only where that
 * base exists, beside what the unit reported. One query whatever the number of rows.
 */

export interface ReportTableRow extends IndicatorRowBase {
  value: string | null;
  status: ValueStatus | null;
  note: string | null;
  planTarget: string | null;
  /** Computed "đạt X% kế hoạch năm", or null when there is no plan (or a flow's period does not start in January). */
  percentOfPlan: string | null;
  reportedPlanPercent: string | null;
  planDisagrees: boolean;
  previousValue: string | null;
  yoy: YearOnYear | null;
  reportedGrowthPercent: string | null;
  growthDisagrees: boolean;
  /** A "trong đó" figure above its parent's: shown as a warning. */
  exceedsParent: boolean;
}

export interface ReportRef {
  id: number;
  agencyId: number;
  periodCode: string;
}

/**
 * The plan that is the base of an agency's "% of plan": the department's report reads the
 * department's plan (no agency), a unit's report only the unit's own plan, so a unit's
 * quarter is never set against the whole province's target. One value computed once per
 * statement (an uncorrelated subquery), so the report stays one query.
 */
function planOfReportAgency(agencyId: SQLWrapper) {
  return sql`${indicatorPlans.agencyId} IS NOT DISTINCT FROM (SELECT CASE WHEN plan_agency.code = ${DEPARTMENT_AGENCY_CODE} THEN NULL ELSE plan_agency.id END FROM agencies plan_agency WHERE plan_agency.id = ${agencyId})`;
}

const previousReport = alias(indicatorReports, "previous_report");
const previousValue = alias(indicatorValues, "previous_value");

/**
 * The table's statement, prepared once (db/built-once.ts): every view of a report reads it.
 * Its values: the report and its agency, the year of the plan, the code of the same period a
 * year earlier (null when there is none: `= null` joins nothing) and the period's first and
 * last days.
 */
function prepareReportTable(db: Db) {
  const agencyId = sql.placeholder("agencyId");
  return db
    .select({
      ...indicatorRowColumns,
      value: indicatorValues.value,
      status: indicatorValues.status,
      note: indicatorValues.note,
      reportedPlanPercent: indicatorValues.reportedPlanPercent,
      reportedGrowthPercent: indicatorValues.reportedGrowthPercent,
      planTarget: indicatorPlans.target,
      previousValue: previousValue.value,
    })
    .from(indicators)
    .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.reportId, sql.placeholder("reportId"))))
    .leftJoin(indicatorPlans, and(eq(indicatorPlans.indicatorId, indicators.id), eq(indicatorPlans.year, sql.placeholder("year")), planOfReportAgency(agencyId)))
    .leftJoin(previousReport, and(eq(previousReport.agencyId, agencyId), eq(previousReport.periodCode, sql.placeholder("previousCode"))))
    .leftJoin(previousValue, and(eq(previousValue.reportId, previousReport.id), eq(previousValue.indicatorId, indicators.id)))
    .where(
      or(
        isNotNull(indicatorValues.id),
        and(
          exists(
            db
              .select({ one: indicatorReporters.indicatorId })
              .from(indicatorReporters)
              .where(and(eq(indicatorReporters.indicatorId, indicators.id), eq(indicatorReporters.agencyId, agencyId))),
          ),
          or(isNull(indicators.validTo), gte(indicators.validTo, sql.placeholder("start"))),
          or(isNull(indicators.validFrom), lte(indicators.validFrom, sql.placeholder("end"))),
        ),
      ),
    )
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .prepare("report_table");
}

export async function loadReportTable(db: Db, report: ReportRef): Promise<ReportTableRow[]> {
  const rows = await builtOnce(db, "report_table", prepareReportTable).execute({
    reportId: report.id,
    agencyId: report.agencyId,
    year: parsePeriod(report.periodCode)?.year ?? 0,
    previousCode: samePeriodPreviousYear(report.periodCode),
    start: periodStartDate(report.periodCode) ?? "0001-01-01",
    end: periodEndDate(report.periodCode) ?? "9999-12-31",
  });
  return computeReportRows(rows, isCumulativeFromYearStart(report.periodCode));
}

type RawRow = Omit<ReportTableRow, "depth" | "percentOfPlan" | "planDisagrees" | "yoy" | "growthDisagrees" | "exceedsParent">;

/**
 * The comparisons, from the raw figures. A flow's "% of the annual plan" needs a period that
 * starts in January (H2 alone is not a share of the year's target); a stock or a ratio is
 * its level at the period's end, comparable with the year's target at any time.
 */
export function computeReportRows(raw: RawRow[], cumulativeFromYearStart: boolean): ReportTableRow[] {
  const ordered = orderUnderParents(raw, (r) => ({ id: r.indicatorId, parentId: r.parentId }));
  const byId = new Map(ordered.map((r) => [r.indicatorId, r]));
  const depthOf = (row: RawRow): number => {
    let depth = 0;
    let parent = row.parentId === null ? undefined : byId.get(row.parentId);
    while (parent && depth < 8) {
      depth++;
      parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
    }
    return depth;
  };
  return ordered.map((row) => {
    const planApplies = row.kind !== "flow" || cumulativeFromYearStart;
    const computedPlan = planApplies ? percentOfPlan(row.value, row.planTarget) : null;
    const yoy = yearOnYear(row.value, row.previousValue);
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    return withFields(row, {
      depth: depthOf(row),
      percentOfPlan: computedPlan,
      planDisagrees: comparisonsDisagree(computedPlan, row.reportedPlanPercent),
      yoy,
      growthDisagrees: comparisonsDisagree(yoy?.growth, row.reportedGrowthPercent),
      exceedsParent: parent ? subIndicatorExceedsParent(row.value, parent.value) : false,
    });
  });
}

export interface ValueRevisionRow {
  id: number;
  indicatorId: number;
  indicatorName: string;
  version: number;
  /** Null for a comparison entered without its figure. */
  value: string | null;
  status: ValueStatus;
  note: string | null;
  enteredAt: Date;
  enteredByName: string | null;
  revisedAt: Date;
}

function prepareValueRevisions(db: Db) {
  return db
    .select({
      id: indicatorValueRevisions.id,
      indicatorId: indicators.id,
      indicatorName: indicators.nameVi,
      version: indicatorValueRevisions.version,
      value: indicatorValueRevisions.value,
      status: indicatorValueRevisions.status,
      note: indicatorValueRevisions.note,
      enteredAt: indicatorValueRevisions.enteredAt,
      enteredByName: users.displayName,
      revisedAt: indicatorValueRevisions.revisedAt,
    })
    .from(indicatorValueRevisions)
    .innerJoin(indicatorValues, eq(indicatorValues.id, indicatorValueRevisions.valueId))
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .leftJoin(users, eq(users.id, indicatorValueRevisions.enteredById))
    .where(eq(indicatorValues.reportId, sql.placeholder("reportId")))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id), sql`${indicatorValueRevisions.version} desc`)
    .prepare("report_value_revisions");
}

/** Earlier versions of every value of a report (an estimate later made official stays traceable): one query, prepared once. */
export async function listValueRevisions(db: Db, reportId: number): Promise<ValueRevisionRow[]> {
  return builtOnce(db, "report_value_revisions", prepareValueRevisions).execute({ reportId });
}
