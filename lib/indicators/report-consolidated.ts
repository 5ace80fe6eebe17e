import { and, count, eq, inArray, isNull, ne, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, indicatorReporters, indicatorReports, indicators, indicatorValues, type ReportStatus } from "@/db/schema";
import { consolidate } from "./compute";
import { type IndicatorRowBase, indicatorRowColumns, orderUnderParents } from "./report-order";

/*
 * The consolidated view of a period: for each indicator, the sum over the reports the units
 * have submitted (or that were approved) — flows and stocks only, never ratios — beside the
 * department's own report, which is the consolidated figure as the department states it and
 * so is never part of the sum. Two queries whatever the number of indicators and reports.
 */

/** The department's agency code (db/seed/directory-data.ts): its report is the province's, not a unit's. */
export const DEPARTMENT_AGENCY_CODE = "STTTT";

export interface ConsolidatedRow extends IndicatorRowBase {
  /** Sum over the units' reports, null for a ratio (never summed). */
  total: string | null;
  /** Units whose submitted or approved report has a value for the indicator. */
  agencyCount: number;
  /** Units that report the indicator (the catalogue), to read the sum as complete or partial. */
  reporterCount: number;
  departmentValue: string | null;
}

export interface Consolidated {
  rows: ConsolidatedRow[];
  /** Submitted or approved unit reports of the period. */
  reportCount: number;
  department: { reportId: number; status: ReportStatus } | null;
}

export async function loadConsolidated(db: Db, periodCode: string): Promise<Consolidated> {
  const values = await db
    .select({
      reportId: indicatorReports.id,
      reportStatus: indicatorReports.status,
      agencyCode: agencies.code,
      ...indicatorRowColumns,
      sortOrder: indicators.sortOrder,
      value: indicatorValues.value,
    })
    .from(indicatorReports)
    .innerJoin(agencies, eq(agencies.id, indicatorReports.agencyId))
    .leftJoin(indicatorValues, eq(indicatorValues.reportId, indicatorReports.id))
    .leftJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicatorReports.periodCode, periodCode), or(inArray(indicatorReports.status, ["submitted", "approved"]), eq(agencies.code, DEPARTMENT_AGENCY_CODE))));

  let department: Consolidated["department"] = null;
  const unitReports = new Set<number>();
  const byIndicator = new Map<number, { row: Omit<ConsolidatedRow, "depth" | "total" | "agencyCount" | "reporterCount" | "departmentValue">; sortOrder: number; unitValues: string[]; departmentValue: string | null }>();
  for (const v of values) {
    const isDepartment = v.agencyCode === DEPARTMENT_AGENCY_CODE;
    if (isDepartment) department = { reportId: v.reportId, status: v.reportStatus };
    else unitReports.add(v.reportId);
    if (v.indicatorId === null || v.value === null || v.code === null || v.nameVi === null || v.unit === null || v.kind === null || v.decimals === null || v.sortOrder === null) continue;
    let entry = byIndicator.get(v.indicatorId);
    if (!entry) {
      entry = {
        row: { indicatorId: v.indicatorId, code: v.code, nameVi: v.nameVi, nameEn: v.nameEn, unit: v.unit, kind: v.kind, decimals: v.decimals, parentId: v.parentId },
        sortOrder: v.sortOrder,
        unitValues: [],
        departmentValue: null,
      };
      byIndicator.set(v.indicatorId, entry);
    }
    if (isDepartment) entry.departmentValue = v.value;
    else entry.unitValues.push(v.value);
  }

  const ids = [...byIndicator.keys()];
  const reporterCounts =
    ids.length === 0
      ? []
      : await db
          .select({ indicatorId: indicatorReporters.indicatorId, n: count() })
          .from(indicatorReporters)
          .innerJoin(agencies, eq(agencies.id, indicatorReporters.agencyId))
          .where(and(inArray(indicatorReporters.indicatorId, ids), or(isNull(agencies.code), ne(agencies.code, DEPARTMENT_AGENCY_CODE))))
          .groupBy(indicatorReporters.indicatorId);
  const reportersOf = new Map(reporterCounts.map((r) => [r.indicatorId, r.n]));

  const sorted = [...byIndicator.values()].sort((a, b) => a.sortOrder - b.sortOrder || a.row.indicatorId - b.row.indicatorId);
  const ordered = orderUnderParents(sorted, (e) => ({ id: e.row.indicatorId, parentId: e.row.parentId }));
  const depthById = new Map<number, number>();
  const rows = ordered.map((e) => {
    const depth = e.row.parentId !== null && depthById.has(e.row.parentId) ? (depthById.get(e.row.parentId) ?? 0) + 1 : 0;
    depthById.set(e.row.indicatorId, depth);
    return {
      ...e.row,
      depth,
      total: e.unitValues.length > 0 ? consolidate(e.row.kind, e.unitValues) : null,
      agencyCount: e.unitValues.length,
      reporterCount: reportersOf.get(e.row.indicatorId) ?? 0,
      departmentValue: e.departmentValue,
    };
  });
  return { rows, reportCount: unitReports.size, department };
}
