import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorReports, indicators, indicatorValues, type ReportStatus, reportingPeriods } from "@/db/schema";
import { unique } from "@/test/factories";

/* Factories for the catalogue's tests (test/factories.ts is shared and stays as it is). */

export async function createIndicator(db: Db, values: Partial<typeof indicators.$inferInsert> = {}) {
  const [row] = await db
    .insert(indicators)
    .values({ code: unique("CT").toUpperCase(), nameVi: unique("Chỉ tiêu"), unit: "thuê bao", kind: "stock", sector: "postal_telecom", ...values })
    .returning();
  return row;
}

/** A value of an indicator for an agency and period, creating the period and the agency's report when missing. */
export async function addValue(db: Db, input: { indicatorId: number; agencyId: number; periodCode: string; value: string; reportStatus?: ReportStatus }) {
  await db.insert(reportingPeriods).values({ code: input.periodCode, dueOn: `${input.periodCode.slice(0, 4)}-12-31` }).onConflictDoNothing();
  let [report] = await db
    .select()
    .from(indicatorReports)
    .where(and(eq(indicatorReports.agencyId, input.agencyId), eq(indicatorReports.periodCode, input.periodCode)))
    .limit(1);
  if (!report) {
    [report] = await db
      .insert(indicatorReports)
      .values({ agencyId: input.agencyId, periodCode: input.periodCode, status: input.reportStatus ?? "submitted" })
      .returning();
  }
  const [row] = await db.insert(indicatorValues).values({ reportId: report.id, indicatorId: input.indicatorId, value: input.value }).returning();
  return row;
}
