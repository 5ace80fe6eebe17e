import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, conferenceReports, conferences, indicatorReporters, indicatorReportUnlocks, indicatorReports, indicators, indicatorValues, reportingPeriods, type Role } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import { can } from "@/lib/auth/permissions";
import type { CommandContext } from "@/lib/commands";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { defaultSubmissionDeadline, parsePeriod, periodEndDate, periodStartDate } from "@/lib/periods";
import { notifyReports } from "@/lib/notifications/events";
import { isLate } from "./report-status";
import { liveConference } from "@/lib/conferences/access";

/*
 * Reporting periods, opening reports and the report workflow: draft → submitted → approved
 * (locked); submitted → draft (returned with a comment); approved → draft (unlocked by an
 * admin with a reason). Values are written by ./report-values.ts. Every command re-checks
 * the actor's role inside the transaction, whatever the action already checked.
 */

export type Actor = { role: Role; agencyId: number | null };
type ReportRow = typeof indicatorReports.$inferSelect;

export async function createReportingPeriod({ tx, audit }: CommandContext, input: { periodCode: string; dueOn?: string | null }) {
  if (!parsePeriod(input.periodCode)) throw new UserFacingError("reports.errors.periodInvalid", "periodKind");
  const dueOn = input.dueOn ?? defaultSubmissionDeadline(input.periodCode);
  if (!dueOn) throw new UserFacingError("reports.errors.periodInvalid", "periodKind");
  const start = periodStartDate(input.periodCode);
  if (start && dueOn < start) throw new UserFacingError("reports.errors.dueBeforePeriod", "dueOn");
  const [row] = await tx.insert(reportingPeriods).values({ code: input.periodCode, dueOn }).onConflictDoNothing().returning();
  if (!row) throw new UserFacingError("reports.errors.periodExists", "periodKind");
  await audit({ action: "indicator_report.create_period", entityType: "reporting_period", entityId: row.code, after: row });
  return row;
}

/**
 * Agencies that report at least one indicator in force during the period and that are not
 * closed before it starts: whom "open reports for every agency" opens a report for.
 */
async function reportingAgencyIds(tx: Db, periodCode: string): Promise<number[]> {
  const start = periodStartDate(periodCode) ?? "0001-01-01";
  const end = periodEndDate(periodCode) ?? "9999-12-31";
  const rows = await tx
    .selectDistinct({ agencyId: indicatorReporters.agencyId })
    .from(indicatorReporters)
    .innerJoin(indicators, eq(indicators.id, indicatorReporters.indicatorId))
    .innerJoin(agencies, eq(agencies.id, indicatorReporters.agencyId))
    .where(
      and(
        or(isNull(indicators.validTo), sql`${indicators.validTo} >= ${start}`),
        or(isNull(indicators.validFrom), sql`${indicators.validFrom} <= ${end}`),
        or(isNull(agencies.validTo), sql`${agencies.validTo} >= ${start}`),
      ),
    );
  return rows.map((r) => r.agencyId).sort((a, b) => a - b);
}

export interface OpenReportsResult {
  /** Reports opened now. */
  opened: number[];
  /** Agencies that already had a report for the period (left as they are). */
  skipped: number;
  /** The report of the one agency asked for (new or existing), when one was asked for. */
  reportId: number | null;
}

/**
 * Opens draft reports for a period: for one agency, or (agencyId null) for every agency that
 * reports some indicator. Existing reports are skipped, never reset. A unit officer may open
 * only their own agency's report.
 */
export async function openReports({ tx, actorId, audit }: CommandContext, actor: Actor, input: { periodCode: string; agencyId: number | null }): Promise<OpenReportsResult> {
  if (input.agencyId === null ? !can(actor, "reports.approve") : !can(actor, "reports.enter", { agencyId: input.agencyId })) throw new ForbiddenError();
  const [period] = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.code, input.periodCode)).limit(1);
  if (!period) throw new UserFacingError("reports.errors.periodUnknown", "periodCode");
  let targets: number[];
  if (input.agencyId === null) {
    targets = await reportingAgencyIds(tx, input.periodCode);
  } else {
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.agencyId)).limit(1);
    if (!agency) throw new UserFacingError("validation.agencyUnknown", "agencyId");
    targets = [agency.id];
  }
  const opened =
    targets.length === 0
      ? []
      : await tx
          .insert(indicatorReports)
          .values(targets.map((agencyId) => ({ agencyId, periodCode: input.periodCode, createdById: actorId })))
          .onConflictDoNothing()
          .returning();
  for (const row of opened) await audit({ action: "indicator_report.open", entityType: "indicator_report", entityId: row.id, after: row });
  await notifyReports({ tx, actorId }, opened.map((row) => row.id), "report_period_opened");
  let reportId: number | null = null;
  if (input.agencyId !== null) {
    const [row] = await tx
      .select({ id: indicatorReports.id })
      .from(indicatorReports)
      .where(and(eq(indicatorReports.agencyId, input.agencyId), eq(indicatorReports.periodCode, input.periodCode)))
      .limit(1);
    reportId = row?.id ?? null;
  }
  return { opened: opened.map((r) => r.id), skipped: targets.length - opened.length, reportId };
}

async function lockReport(tx: Db, reportId: number): Promise<ReportRow> {
  const [row] = await tx.select().from(indicatorReports).where(eq(indicatorReports.id, reportId)).for("update");
  if (!row) throw new NotFoundError();
  return row;
}

interface StepInput {
  reportId: number;
  version: number;
}

/** The reporting agency (or the secretariat, or an admin) sends the draft in. Lateness is derived from submittedAt and the period's dueOn. */
export async function submitReport({ tx, actorId, audit }: CommandContext, actor: Actor, input: StepInput): Promise<ReportRow> {
  const report = await lockReport(tx, input.reportId);
  if (!can(actor, "reports.enter", { agencyId: report.agencyId })) throw new ForbiddenError();
  if (report.status !== "draft") throw new UserFacingError("reports.errors.notDraft");
  const [anyValue] = await tx.select({ id: indicatorValues.id }).from(indicatorValues).where(eq(indicatorValues.reportId, report.id)).limit(1);
  if (!anyValue) throw new UserFacingError("reports.errors.empty");
  const submittedAt = new Date();
  const { before, after } = await updateVersioned(tx, indicatorReports, report.id, input.version, { status: "submitted", submittedAt, submittedById: actorId });
  const [period] = await tx.select({ dueOn: reportingPeriods.dueOn }).from(reportingPeriods).where(eq(reportingPeriods.code, report.periodCode));
  await audit({ action: "indicator_report.submit", entityType: "indicator_report", entityId: report.id, before, after: { ...after, late: isLate(period?.dueOn ?? null, submittedAt) } });
  return after;
}

/** The secretariat approves a submitted report; it is then locked. */
export async function approveReport({ tx, actorId, audit }: CommandContext, actor: Actor, input: StepInput): Promise<ReportRow> {
  if (!can(actor, "reports.approve")) throw new ForbiddenError();
  const report = await lockReport(tx, input.reportId);
  if (report.status !== "submitted") throw new UserFacingError("reports.errors.notSubmitted");
  const { before, after } = await updateVersioned(tx, indicatorReports, report.id, input.version, { status: "approved", approvedAt: new Date(), approvedById: actorId });
  await audit({ action: "indicator_report.approve", entityType: "indicator_report", entityId: report.id, before, after });
  await notifyReports({ tx, actorId }, [report.id], "report_approved");
  return after;
}

/** The secretariat sends a submitted report back to the unit as a draft, saying what to correct. */
export async function returnReport({ tx, actorId, audit }: CommandContext, actor: Actor, input: StepInput & { comment: string }): Promise<ReportRow> {
  if (!can(actor, "reports.approve")) throw new ForbiddenError();
  const report = await lockReport(tx, input.reportId);
  if (report.status !== "submitted") throw new UserFacingError("reports.errors.notSubmitted");
  const { before, after } = await updateVersioned(tx, indicatorReports, report.id, input.version, { status: "draft", submittedAt: null, submittedById: null });
  // The comment lives in the audit trail; the report page reads the latest one back from there.
  await audit({ action: "indicator_report.return", entityType: "indicator_report", entityId: report.id, before, after: { ...after, comment: input.comment } });
  await notifyReports({ tx, actorId }, [report.id], "report_returned");
  return after;
}

/** An admin reopens an approved report for correction; the reason is kept in indicatorReportUnlocks. */
export async function unlockReport({ tx, actorId, audit }: CommandContext, actor: Actor, input: StepInput & { reason: string }): Promise<ReportRow> {
  if (!can(actor, "reports.unlock") || actorId === null) throw new ForbiddenError();
  const report = await lockReport(tx, input.reportId);
  if (report.status !== "approved") throw new UserFacingError("reports.errors.notApproved");
  const { before, after } = await updateVersioned(tx, indicatorReports, report.id, input.version, {
    status: "draft",
    submittedAt: null,
    submittedById: null,
    approvedAt: null,
    approvedById: null,
  });
  const [unlock] = await tx.insert(indicatorReportUnlocks).values({ reportId: report.id, reason: input.reason, unlockedById: actorId }).returning();
  await audit({ action: "indicator_report.unlock", entityType: "indicator_report", entityId: report.id, before, after: { ...after, reason: unlock.reason } });
  return after;
}

/** A conference lists the reports it discusses (its page shows their tables). */
export async function linkReportToConference({ tx, audit }: CommandContext, input: { conferenceId: number; reportId: number }): Promise<boolean> {
  const [conference] = await tx.select({ id: conferences.id }).from(conferences).where(and(eq(conferences.id, input.conferenceId), liveConference())).limit(1);
  if (!conference) throw new UserFacingError("reports.errors.conferenceUnknown", "conferenceId");
  const [report] = await tx.select({ id: indicatorReports.id }).from(indicatorReports).where(eq(indicatorReports.id, input.reportId)).limit(1);
  if (!report) throw new NotFoundError();
  const inserted = await tx.insert(conferenceReports).values(input).onConflictDoNothing().returning();
  if (inserted.length === 0) throw new UserFacingError("reports.errors.alreadyLinked", "conferenceId");
  await audit({ action: "indicator_report.link_conference", entityType: "indicator_report", entityId: input.reportId, after: input });
  return true;
}

export async function unlinkReportFromConference({ tx, audit }: CommandContext, input: { conferenceId: number; reportId: number }): Promise<boolean> {
  const removed = await tx
    .delete(conferenceReports)
    .where(and(eq(conferenceReports.conferenceId, input.conferenceId), eq(conferenceReports.reportId, input.reportId)))
    .returning();
  if (removed.length === 0) throw new NotFoundError();
  await audit({ action: "indicator_report.unlink_conference", entityType: "indicator_report", entityId: input.reportId, before: input });
  return true;
}
