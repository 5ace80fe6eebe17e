import Decimal from "decimal.js";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  agencies,
  type IndicatorKind,
  indicatorReporters,
  indicatorReports,
  indicators,
  indicatorValueRevisions,
  indicatorValues,
  type ReportStatus,
  reportingPeriods,
  type Role,
  type ValueStatus,
} from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { CommandContext } from "@/lib/commands";
import { ConflictError, ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { periodEndDate, periodStartDate } from "@/lib/periods";
import { orderUnderParents } from "./report-order";
import { reportIdentityColumns } from "./report-queries";

export { orderUnderParents };

/*
 * The one way values get into a report: the entry grid (lib/indicators/report-actions.ts)
 * and the file import (lib/indicators/import-*.ts) both call saveReportValues, so the
 * draft-only rule, the unit scope, the revision trail and lost-race refusal hold for both.
 */

export interface ValueInput {
  indicatorId: number;
  /** Decimal string, "." decimal mark: "89.16", "468112"; null for a comparison reported without its figure. */
  value: string | null;
  status: ValueStatus;
  note: string | null;
  reportedGrowthPercent: string | null;
  reportedPlanPercent: string | null;
  /** The version of the existing value the user saw; null = the user saw no value; "any" = overwrite (import after preview). */
  expectedVersion: number | null | "any";
}

export interface SaveReportValuesInput {
  reportId: number;
  values: ValueInput[];
  actor: { role: Role; agencyId: number | null };
}

export interface SaveReportValuesResult {
  created: number;
  revised: number;
  unchanged: number;
}

type ValueRow = typeof indicatorValues.$inferSelect;

/** The period's first and last day; reporting_periods' check constraint guarantees a valid code. */
function periodBounds(code: string): { start: string; end: string } {
  const start = periodStartDate(code);
  const end = periodEndDate(code);
  if (!start || !end) throw new UserFacingError("reports.errors.periodInvalid");
  return { start, end };
}

/** Equal as numbers ("89.1600" from the database is "89.16" from a form), null only equal to null. */
function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return new Decimal(a).equals(new Decimal(b));
}

function unchanged(existing: ValueRow, input: ValueInput): boolean {
  return (
    sameDecimal(existing.value, input.value) &&
    existing.status === input.status &&
    (existing.note ?? null) === (input.note ?? null) &&
    sameDecimal(existing.reportedGrowthPercent, input.reportedGrowthPercent) &&
    sameDecimal(existing.reportedPlanPercent, input.reportedPlanPercent)
  );
}

function assertVersion(existing: ValueRow | undefined, expected: ValueInput["expectedVersion"]): void {
  if (expected === "any") return;
  if (expected === null ? existing !== undefined : existing?.version !== expected) throw new ConflictError();
}

/** Indicators the agency reports that are in force during the period (not retired before it, not introduced after it). */
export async function reportableIndicatorIds(db: Db, agencyId: number, periodCode: string): Promise<Set<number>> {
  const { start, end } = periodBounds(periodCode);
  const rows = await db
    .select({ id: indicators.id })
    .from(indicatorReporters)
    .innerJoin(indicators, eq(indicators.id, indicatorReporters.indicatorId))
    .where(
      and(
        eq(indicatorReporters.agencyId, agencyId),
        sql`(${indicators.validTo} IS NULL OR ${indicators.validTo} >= ${start})`,
        sql`(${indicators.validFrom} IS NULL OR ${indicators.validFrom} <= ${end})`,
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/**
 * Writes a report's values in the caller's transaction. Refuses (and so rolls back everything)
 * when the report is not a draft, the actor may not enter this agency's values, an indicator is
 * not one the agency reports in the period, a value breaks its indicator's rules, or someone
 * else saved a value since it was read. Unchanged values are left alone; a changed value keeps
 * its previous version in indicatorValueRevisions.
 */
export async function saveReportValues(ctx: CommandContext, input: SaveReportValuesInput): Promise<SaveReportValuesResult> {
  const { tx, actorId, audit } = ctx;
  const [report] = await tx.select().from(indicatorReports).where(eq(indicatorReports.id, input.reportId)).for("update");
  if (!report) throw new NotFoundError();
  if (!can(input.actor, "reports.enter", { agencyId: report.agencyId })) throw new ForbiddenError();
  if (report.status !== "draft") throw new UserFacingError("reports.errors.locked");

  const ids = input.values.map((v) => v.indicatorId);
  if (new Set(ids).size !== ids.length) throw new UserFacingError("reports.errors.duplicateIndicator");
  const allowed = await reportableIndicatorIds(tx, report.agencyId, report.periodCode);
  const notReported = input.values.find((v) => !allowed.has(v.indicatorId));
  if (notReported) throw new UserFacingError("reports.errors.indicatorNotReported", `value_${notReported.indicatorId}`);
  if (ids.length === 0) return { created: 0, revised: 0, unchanged: 0 };

  const rules = await tx.select({ id: indicators.id, kind: indicators.kind, nonNegative: indicators.nonNegative }).from(indicators).where(inArray(indicators.id, ids));
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  for (const v of input.values) assertValueRules(v, ruleById.get(v.indicatorId));

  const existingRows = await tx
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.reportId, report.id), inArray(indicatorValues.indicatorId, ids)))
    .for("update");
  const existingBy = new Map(existingRows.map((row) => [row.indicatorId, row]));

  const toCreate: ValueInput[] = [];
  const toRevise: { existing: ValueRow; input: ValueInput }[] = [];
  let same = 0;
  for (const v of input.values) {
    const existing = existingBy.get(v.indicatorId);
    assertVersion(existing, v.expectedVersion);
    // A figure once entered cannot be blanked out (keeping only its comparison): its history would lose its last step.
    if (existing?.value != null && v.value === null) throw new UserFacingError("reports.errors.cannotClear", `value_${v.indicatorId}`);
    if (!existing) toCreate.push(v);
    else if (unchanged(existing, v)) same++;
    else toRevise.push({ existing, input: v });
  }

  const now = new Date();
  const written = (v: ValueInput) => ({
    value: v.value,
    status: v.status,
    note: v.note,
    reportedGrowthPercent: v.reportedGrowthPercent,
    reportedPlanPercent: v.reportedPlanPercent,
    enteredById: actorId,
    enteredAt: now,
  });
  if (toCreate.length > 0) {
    await tx.insert(indicatorValues).values(toCreate.map((v) => ({ reportId: report.id, indicatorId: v.indicatorId, ...written(v) })));
  }
  if (toRevise.length > 0) {
    await tx.insert(indicatorValueRevisions).values(
      toRevise.map(({ existing: e }) => ({
        valueId: e.id,
        version: e.version,
        value: e.value,
        status: e.status,
        note: e.note,
        reportedGrowthPercent: e.reportedGrowthPercent,
        reportedPlanPercent: e.reportedPlanPercent,
        enteredById: e.enteredById,
        enteredAt: e.enteredAt,
        revisedAt: now,
        revisedById: actorId,
      })),
    );
    for (const { existing, input: v } of toRevise) {
      const updated = await tx
        .update(indicatorValues)
        .set({ ...written(v), version: sql`${indicatorValues.version} + 1` })
        .where(and(eq(indicatorValues.id, existing.id), eq(indicatorValues.version, existing.version)))
        .returning({ id: indicatorValues.id });
      if (updated.length === 0) throw new ConflictError();
    }
  }

  if (toCreate.length + toRevise.length > 0) {
    const summary = (v: { indicatorId: number; value: string | null; status: ValueStatus }) => ({ indicatorId: v.indicatorId, value: v.value, status: v.status });
    await audit({
      action: "indicator_value.save",
      entityType: "indicator_report",
      entityId: report.id,
      before: { values: toRevise.map(({ existing }) => summary(existing)) },
      after: { values: [...toCreate, ...toRevise.map((r) => r.input)].map(summary) },
    });
  }
  return { created: toCreate.length, revised: toRevise.length, unchanged: same };
}

/** The rules a figure must obey whatever path it came by (the grid and the import check them first, with row-level messages). */
function assertValueRules(v: ValueInput, rule: { kind: IndicatorKind; nonNegative: boolean } | undefined): void {
  const field = `value_${v.indicatorId}`;
  if (v.value === null) {
    // A comparison alone is kept; a row with nothing at all is never written.
    if (v.reportedGrowthPercent === null && v.reportedPlanPercent === null && v.note === null) throw new UserFacingError("reports.errors.nothingEntered", field);
    return;
  }
  let value: Decimal;
  try {
    value = new Decimal(v.value);
  } catch {
    throw new UserFacingError("reports.errors.notANumber", field);
  }
  if (!value.isFinite()) throw new UserFacingError("reports.errors.notANumber", field);
  if (rule?.nonNegative && value.isNegative() && !value.isZero()) throw new UserFacingError("reports.errors.negative", field);
  if (rule?.kind === "ratio" && value.greaterThan(100)) throw new UserFacingError("reports.errors.ratioAbove100", field);
}

export interface ReportForEditRow {
  indicator: {
    id: number;
    code: string;
    nameVi: string;
    nameEn: string | null;
    unit: string;
    kind: IndicatorKind;
    decimals: number;
    parentId: number | null;
    sortOrder: number;
    nonNegative: boolean;
  };
  value: {
    id: number;
    /** Null when only a comparison was reported. */
    value: string | null;
    status: ValueStatus;
    note: string | null;
    reportedGrowthPercent: string | null;
    reportedPlanPercent: string | null;
    version: number;
  } | null;
}

export interface ReportForEdit {
  report: { id: number; agencyId: number; agencyName: string; periodCode: string; dueOn: string; status: ReportStatus; version: number };
  /** One row per indicator the agency reports in the period, sub-indicators right after their parent. */
  rows: ReportForEditRow[];
}

/** The report and the rows a person (or an import) may fill in: two queries whatever the number of indicators. */
export async function loadReportForEdit(db: Db, reportId: number): Promise<ReportForEdit | null> {
  const [report] = await db
    .select({ ...reportIdentityColumns, version: indicatorReports.version })
    .from(indicatorReports)
    .innerJoin(agencies, eq(agencies.id, indicatorReports.agencyId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.code, indicatorReports.periodCode))
    .where(eq(indicatorReports.id, reportId))
    .limit(1);
  if (!report) return null;
  const { start, end } = periodBounds(report.periodCode);
  const rows = await db
    .select({
      indicator: {
        id: indicators.id,
        code: indicators.code,
        nameVi: indicators.nameVi,
        nameEn: indicators.nameEn,
        unit: indicators.unit,
        kind: indicators.kind,
        decimals: indicators.decimals,
        parentId: indicators.parentId,
        sortOrder: indicators.sortOrder,
        nonNegative: indicators.nonNegative,
      },
      valueId: indicatorValues.id,
      value: indicatorValues.value,
      status: indicatorValues.status,
      note: indicatorValues.note,
      reportedGrowthPercent: indicatorValues.reportedGrowthPercent,
      reportedPlanPercent: indicatorValues.reportedPlanPercent,
      version: indicatorValues.version,
    })
    .from(indicatorReporters)
    .innerJoin(indicators, eq(indicators.id, indicatorReporters.indicatorId))
    .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.reportId, report.id)))
    .where(
      and(
        eq(indicatorReporters.agencyId, report.agencyId),
        sql`(${indicators.validTo} IS NULL OR ${indicators.validTo} >= ${start})`,
        sql`(${indicators.validFrom} IS NULL OR ${indicators.validFrom} <= ${end})`,
      ),
    )
    .orderBy(asc(indicators.sortOrder), asc(indicators.id));
  const mapped: ReportForEditRow[] = rows.map((r) => ({
    indicator: r.indicator,
    value:
      r.valueId === null || r.status === null || r.version === null
        ? null
        : { id: r.valueId, value: r.value, status: r.status, note: r.note, reportedGrowthPercent: r.reportedGrowthPercent, reportedPlanPercent: r.reportedPlanPercent, version: r.version },
  }));
  return { report, rows: orderUnderParents(mapped, (row) => row.indicator) };
}
