import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferenceReports, indicatorReports, indicatorReportUnlocks, reportingPeriods } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { ConflictError, ForbiddenError, UserFacingError } from "@/lib/errors";
import { createDirective } from "@/lib/tasks/test-helpers";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import {
  approveReport,
  createReportingPeriod,
  linkReportToConference,
  openReports,
  returnReport,
  submitReport,
  unlinkReportFromConference,
  unlockReport,
} from "./report-commands";
import { isLate } from "./report-status";
import { createReport, createReportIndicator, ensurePeriod, insertValue, reportContext, reportingAgency, valueInput } from "./report-test-helpers";
import { saveReportValues } from "./report-values";

const secretariat = { role: "secretariat" as const, agencyId: null };
const admin = { role: "admin" as const, agencyId: null };
const officer = (agencyId: number) => ({ role: "unit_officer" as const, agencyId });
const reportById = async (id: number) => (await db().select().from(indicatorReports).where(eq(indicatorReports.id, id)))[0];
async function refused(promise: Promise<unknown>, key: string) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as UserFacingError).messageKey).toBe(key);
}

describe("reporting periods and opening reports", () => {
  it("creates a period with the default deadline (period end + 10 days) and refuses it twice", async () => {
    const entries: AuditEntry[] = [];
    const period = await createReportingPeriod(reportContext(db(), entries), { periodCode: "2013-H1" });
    expect(period).toMatchObject({ code: "2013-H1", dueOn: "2013-07-10" });
    const custom = await createReportingPeriod(reportContext(db()), { periodCode: "2013-Q3", dueOn: "2013-10-05" });
    expect(custom.dueOn).toBe("2013-10-05");
    await refused(createReportingPeriod(reportContext(db()), { periodCode: "2013-H1" }), "reports.errors.periodExists");
    await refused(createReportingPeriod(reportContext(db()), { periodCode: "2013-H7" }), "reports.errors.periodInvalid");
    await refused(createReportingPeriod(reportContext(db()), { periodCode: "2013-Y", dueOn: "2012-12-31" }), "reports.errors.dueBeforePeriod");
    expect(entries.map((e) => e.action)).toEqual(["indicator_report.create_period"]);
  });

  it("opens a report for every agency that reports an indicator, skipping existing ones and closed agencies", async () => {
    await ensurePeriod(db(), "2014-H1", "2014-07-10");
    const [a, b, closed, silent] = [await createAgency(db()), await createAgency(db()), await createAgency(db(), { validTo: "2013-12-31" }), await createAgency(db())];
    await createReportIndicator(db(), { reporters: [a.id, b.id, closed.id] });
    await createReportIndicator(db(), { reporters: [a.id] });
    const existing = await createReport(db(), { agencyId: b.id, periodCode: "2014-H1", status: "submitted" });
    const entries: AuditEntry[] = [];
    const result = await openReports(reportContext(db(), entries), secretariat, { periodCode: "2014-H1", agencyId: null });
    const rows = await db().select().from(indicatorReports).where(eq(indicatorReports.periodCode, "2014-H1"));
    const agencyIds = rows.map((r) => r.agencyId);
    expect(agencyIds).toContain(a.id);
    expect(agencyIds).not.toContain(closed.id);
    expect(agencyIds).not.toContain(silent.id);
    expect(result.skipped).toBeGreaterThanOrEqual(1);
    expect(result.opened).toHaveLength(entries.length);
    expect(rows.find((r) => r.agencyId === b.id)).toMatchObject({ id: existing.id, status: "submitted" });
    await refused(openReports(reportContext(db()), secretariat, { periodCode: "2099-H1", agencyId: null }), "reports.errors.periodUnknown");
  });

  it("lets a unit officer open only their own agency's report, returning the existing one when already open", async () => {
    await ensurePeriod(db(), "2014-Q1", "2014-04-10");
    const [own, other] = [await createAgency(db()), await createAgency(db())];
    const first = await openReports(reportContext(db()), officer(own.id), { periodCode: "2014-Q1", agencyId: own.id });
    expect(first.opened).toHaveLength(1);
    const again = await openReports(reportContext(db()), officer(own.id), { periodCode: "2014-Q1", agencyId: own.id });
    expect(again).toMatchObject({ opened: [], skipped: 1, reportId: first.reportId });
    expect(await openReports(reportContext(db()), officer(own.id), { periodCode: "2014-Q1", agencyId: other.id }).catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);
    expect(await openReports(reportContext(db()), officer(own.id), { periodCode: "2014-Q1", agencyId: null }).catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);
  });
});

describe("the report workflow", () => {
  it("goes draft → submitted → approved, records who and when, and then refuses edits", async () => {
    const { agency, indicators: [a], report, user } = await reportingAgency(db());
    const approverUser = await createUser(db(), { role: "secretariat" });
    await refused(submitReport(reportContext(db(), [], user.id), officer(agency.id), { reportId: report.id, version: 1 }), "reports.errors.empty");
    await insertValue(db(), report.id, a.id, "5");
    const entries: AuditEntry[] = [];
    const submitted = await submitReport(reportContext(db(), entries, user.id), officer(agency.id), { reportId: report.id, version: 1 });
    expect(submitted).toMatchObject({ status: "submitted", submittedById: user.id, version: 2 });
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    await refused(submitReport(reportContext(db()), officer(agency.id), { reportId: report.id, version: 2 }), "reports.errors.notDraft");
    await refused(saveReportValues(reportContext(db()), { reportId: report.id, actor: officer(agency.id), values: [valueInput(a.id, "6", { expectedVersion: 1 })] }), "reports.errors.locked");
    expect(await approveReport(reportContext(db()), officer(agency.id), { reportId: report.id, version: 2 }).catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);

    const approved = await approveReport(reportContext(db(), entries, approverUser.id), secretariat, { reportId: report.id, version: 2 });
    expect(approved).toMatchObject({ status: "approved", approvedById: approverUser.id, version: 3 });
    await refused(saveReportValues(reportContext(db()), { reportId: report.id, actor: secretariat, values: [valueInput(a.id, "6", { expectedVersion: 1 })] }), "reports.errors.locked");
    await refused(returnReport(reportContext(db()), secretariat, { reportId: report.id, version: 3, comment: "x" }), "reports.errors.notSubmitted");
    expect(entries.map((e) => e.action)).toEqual(["indicator_report.submit", "indicator_report.approve"]);
  });

  it("returns a submitted report to draft with the comment in the audit trail; a stale version is a conflict", async () => {
    const { agency, indicators: [a], report } = await reportingAgency(db());
    await insertValue(db(), report.id, a.id, "5");
    await submitReport(reportContext(db()), officer(agency.id), { reportId: report.id, version: 1 });
    expect(await returnReport(reportContext(db()), secretariat, { reportId: report.id, version: 1, comment: "Sai" }).catch((e: unknown) => e)).toBeInstanceOf(ConflictError);
    const entries: AuditEntry[] = [];
    const back = await returnReport(reportContext(db(), entries), secretariat, { reportId: report.id, version: 2, comment: "Kiểm tra lại số thuê bao" });
    expect(back).toMatchObject({ status: "draft", submittedAt: null, submittedById: null });
    expect(entries[0]).toMatchObject({ action: "indicator_report.return", after: { comment: "Kiểm tra lại số thuê bao" } });
    expect(await saveReportValues(reportContext(db()), { reportId: report.id, actor: officer(agency.id), values: [valueInput(a.id, "6", { expectedVersion: 1 })] })).toMatchObject({ revised: 1 });
  });

  it("lets only an admin unlock an approved report, keeping the reason", async () => {
    const { agency, indicators: [a], report } = await reportingAgency(db());
    const adminUser = await createUser(db(), { role: "admin" });
    await insertValue(db(), report.id, a.id, "5");
    await submitReport(reportContext(db()), officer(agency.id), { reportId: report.id, version: 1 });
    await refused(unlockReport(reportContext(db(), [], adminUser.id), admin, { reportId: report.id, version: 2, reason: "Sửa" }), "reports.errors.notApproved");
    await approveReport(reportContext(db()), secretariat, { reportId: report.id, version: 2 });
    expect(await unlockReport(reportContext(db(), [], adminUser.id), secretariat, { reportId: report.id, version: 3, reason: "Sửa" }).catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);
    const unlocked = await unlockReport(reportContext(db(), [], adminUser.id), admin, { reportId: report.id, version: 3, reason: "Số liệu chính thức của Cục Thống kê" });
    expect(unlocked).toMatchObject({ status: "draft", approvedAt: null, approvedById: null, submittedAt: null });
    const unlocks = await db().select().from(indicatorReportUnlocks).where(eq(indicatorReportUnlocks.reportId, report.id));
    expect(unlocks.map((u) => [u.reason, u.unlockedById])).toEqual([["Số liệu chính thức của Cục Thống kê", adminUser.id]]);
    expect((await reportById(report.id)).status).toBe("draft");
  });

  it("flags late submission by the Vietnam calendar day, and an unsubmitted report once the deadline has passed", () => {
    expect(isLate("2012-07-10", new Date("2012-07-10T16:59:00Z"))).toBe(false); // 23:59 on the 10th in Vietnam
    expect(isLate("2012-07-10", new Date("2012-07-10T17:00:00Z"))).toBe(true); // 00:00 on the 11th
    expect(isLate("2012-07-10", null, "2012-07-10")).toBe(false);
    expect(isLate("2012-07-10", null, "2012-07-11")).toBe(true);
    expect(isLate("2012-07-10", null)).toBe(false);
  });
});

describe("linking reports to conferences", () => {
  it("links once, refuses a second link and an unknown conference, and unlinks", async () => {
    const { conference } = await createDirective(db());
    const agency = await createAgency(db());
    const report = await createReport(db(), { agencyId: agency.id, periodCode: "2012-9M" });
    const input = { conferenceId: conference.id, reportId: report.id };
    await linkReportToConference(reportContext(db()), input);
    await refused(linkReportToConference(reportContext(db()), input), "reports.errors.alreadyLinked");
    await refused(linkReportToConference(reportContext(db()), { conferenceId: 999_999, reportId: report.id }), "reports.errors.conferenceUnknown");
    expect(await db().select().from(conferenceReports).where(eq(conferenceReports.reportId, report.id))).toHaveLength(1);
    await unlinkReportFromConference(reportContext(db()), input);
    expect(await db().select().from(conferenceReports).where(eq(conferenceReports.reportId, report.id))).toHaveLength(0);
    expect((await db().select().from(reportingPeriods).where(eq(reportingPeriods.code, "2012-9M"))).length).toBe(1);
  });
});
