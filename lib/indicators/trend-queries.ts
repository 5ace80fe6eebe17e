import { and, asc, count, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, indicatorReports, indicatorValues, type ReportStatus, type ValueStatus } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { comparePeriods } from "@/lib/periods";

/*
 * The figures behind an indicator's trend chart. Only reports that were submitted or
 * approved count: a draft is still being typed and may change at any moment (the page's
 * caption says so). A unit officer sees only their own agency's figures.
 */

type Viewer = Pick<CurrentUser, "role" | "agencyId">;

/** The agencies whose figures the viewer may read: a unit officer only their own. */
function agencyScope(viewer: Viewer) {
  if (viewer.role !== "unit_officer") return undefined;
  return viewer.agencyId === null ? eq(indicatorReports.id, -1) : eq(indicatorReports.agencyId, viewer.agencyId);
}

export const TREND_REPORT_STATUSES: readonly ReportStatus[] = ["submitted", "approved"];
// A comparison entered without its figure ("tăng 53%" alone) has no point to draw.
const counted = and(inArray(indicatorReports.status, [...TREND_REPORT_STATUSES]), isNotNull(indicatorValues.value));

export interface TrendAgency {
  id: number;
  name: string;
  code: string | null;
  /** How many counted values the agency has for the indicator. */
  values: number;
}

/** Agencies with counted values of the indicator, most values first (the default chart). */
export async function listTrendAgencies(db: Db, indicatorId: number, viewer: Viewer): Promise<TrendAgency[]> {
  return db
    .select({ id: agencies.id, name: agencies.name, code: agencies.code, values: count() })
    .from(indicatorValues)
    .innerJoin(indicatorReports, eq(indicatorReports.id, indicatorValues.reportId))
    .innerJoin(agencies, eq(agencies.id, indicatorReports.agencyId))
    .where(and(eq(indicatorValues.indicatorId, indicatorId), counted, agencyScope(viewer)))
    .groupBy(agencies.id, agencies.name, agencies.code)
    .orderBy(desc(count()), asc(agencies.name));
}

export interface TrendValue {
  periodCode: string;
  /** Decimal string as stored ("468112.0000"). */
  value: string;
  status: ValueStatus;
  reportStatus: ReportStatus;
  reportedGrowthPercent: string | null;
  reportedPlanPercent: string | null;
}

/** Every counted value of the indicator from one agency, oldest period first (lib/periods.ts order). */
export async function listTrendValues(db: Db, indicatorId: number, agencyId: number, viewer: Viewer): Promise<TrendValue[]> {
  const rows = await db
    .select({
      periodCode: indicatorReports.periodCode,
      value: indicatorValues.value,
      status: indicatorValues.status,
      reportStatus: indicatorReports.status,
      reportedGrowthPercent: indicatorValues.reportedGrowthPercent,
      reportedPlanPercent: indicatorValues.reportedPlanPercent,
    })
    .from(indicatorValues)
    .innerJoin(indicatorReports, eq(indicatorReports.id, indicatorValues.reportId))
    .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorReports.agencyId, agencyId), counted, agencyScope(viewer)));
  // Period codes do not sort as text (2012-H1 before 2012-M03), so order by the shared key.
  const figures = rows.filter((row): row is typeof row & { value: string } => row.value !== null);
  return figures.sort((a, b) => comparePeriods(a.periodCode, b.periodCode));
}
