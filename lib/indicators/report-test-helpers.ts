import type { Db } from "@/db/client";
import { indicatorPlans, indicatorReporters, indicatorReports, indicators, indicatorValues, type ReportStatus, reportingPeriods, type Role } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import type { CommandContext } from "@/lib/commands";
import { createAgency, createUser, unique } from "@/test/factories";
import type { ValueInput } from "./report-values";

/* Test-only builders for indicator reports (kept beside the feature, not in test/factories.ts). */

export function reportContext(db: Db, entries: AuditEntry[] = [], actorId: number | null = null): CommandContext {
  return { tx: db, actorId, audit: async (entry) => void entries.push(entry) };
}

export async function createReportIndicator(db: Db, values: Partial<typeof indicators.$inferInsert> & { reporters?: number[] } = {}) {
  const { reporters = [], ...rest } = values;
  const [row] = await db
    .insert(indicators)
    .values({ code: unique("BC").toUpperCase(), nameVi: unique("Chỉ tiêu"), unit: "thuê bao", kind: "stock", ...rest })
    .returning();
  if (reporters.length > 0) await db.insert(indicatorReporters).values(reporters.map((agencyId) => ({ indicatorId: row.id, agencyId })));
  return row;
}

export async function ensurePeriod(db: Db, code: string, dueOn = "2012-07-10") {
  await db.insert(reportingPeriods).values({ code, dueOn }).onConflictDoNothing();
}

export async function createReport(db: Db, values: { agencyId: number; periodCode?: string; status?: ReportStatus; dueOn?: string }) {
  const periodCode = values.periodCode ?? "2012-H1";
  await ensurePeriod(db, periodCode, values.dueOn);
  const [row] = await db.insert(indicatorReports).values({ agencyId: values.agencyId, periodCode, status: values.status ?? "draft" }).returning();
  return row;
}

export async function insertValue(db: Db, reportId: number, indicatorId: number, value: string, extra: Partial<typeof indicatorValues.$inferInsert> = {}) {
  const [row] = await db.insert(indicatorValues).values({ reportId, indicatorId, value, ...extra }).returning();
  return row;
}

/** An annual plan: the department's (province-wide) without `agencyId`, a unit's own with it. */
export async function setPlan(db: Db, indicatorId: number, year: number, target: string, agencyId: number | null = null) {
  await db.insert(indicatorPlans).values({ indicatorId, year, target, agencyId });
}

/** An agency reporting `count` stock indicators, with a draft 2012-H1 report and a user of the given role. */
export async function reportingAgency(db: Db, options: { count?: number; role?: Role; periodCode?: string } = {}) {
  const agency = await createAgency(db);
  const list = [];
  for (let i = 0; i < (options.count ?? 2); i++) list.push(await createReportIndicator(db, { reporters: [agency.id], sortOrder: i }));
  const report = await createReport(db, { agencyId: agency.id, periodCode: options.periodCode });
  const user = await createUser(db, { role: options.role ?? "unit_officer", agencyId: agency.id });
  return { agency, indicators: list, report, user };
}

export const valueInput = (indicatorId: number, value: string, rest: Partial<ValueInput> = {}): ValueInput => ({
  indicatorId,
  value,
  status: "estimated",
  note: null,
  reportedGrowthPercent: null,
  reportedPlanPercent: null,
  expectedVersion: null,
  ...rest,
});
