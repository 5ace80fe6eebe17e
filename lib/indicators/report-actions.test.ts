import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, conferenceReports, indicatorReports, indicatorValues } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { createDirective } from "@/lib/tasks/test-helpers";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { form, Redirected, request, signedIn } from "@/test/next-request";
import { createReport, createReportIndicator, insertValue, reportingAgency } from "./report-test-helpers";
import { loadReportTable } from "./report-table";

const actions = await import("./report-actions");

beforeEach(() => {
  request.user = null;
});

async function snapshot(reportId: number) {
  const [report] = await db().select().from(indicatorReports).where(eq(indicatorReports.id, reportId));
  const values = await db().select().from(indicatorValues).where(eq(indicatorValues.reportId, reportId)).orderBy(indicatorValues.id);
  const audits = await db().select().from(auditLog).where(eq(auditLog.entityId, String(reportId)));
  return { report, values, audits: audits.length };
}

describe("report actions", () => {
  it("refuse another agency's unit officer, a leader and a viewer on every step, leaving the database unchanged", async () => {
    const { indicators: [a], report } = await reportingAgency(db());
    const stranger = await createAgency(db());
    const { conference } = await createDirective(db());
    const before = await snapshot(report.id);
    const attempts = () => [
      actions.saveReportValuesAction(idleFormState, form({ reportId: report.id, [`value_${a.id}`]: "5" })),
      actions.submitReportAction(idleFormState, form({ reportId: report.id, version: 1 })),
      actions.approveReportAction(idleFormState, form({ reportId: report.id, version: 1 })),
      actions.returnReportAction(idleFormState, form({ reportId: report.id, version: 1, comment: "x" })),
      actions.unlockReportAction(idleFormState, form({ reportId: report.id, version: 1, reason: "x" })),
      actions.openOwnReportAction(idleFormState, form({ periodCode: "2012-H1", agencyId: report.agencyId })),
      actions.linkConferenceAction(idleFormState, form({ reportId: report.id, conferenceId: conference.id })),
    ];
    for (const user of [
      await createUser(db(), { role: "unit_officer", agencyId: stranger.id }),
      await createUser(db(), { role: "leader" }),
      await createUser(db(), { role: "viewer" }),
    ]) {
      request.user = signedIn(user);
      for (const result of await Promise.all(attempts())) expect(result).toMatchObject({ status: "error", message: "errors.forbidden" });
    }
    expect(await snapshot(report.id)).toEqual(before);
    expect(await db().select().from(conferenceReports).where(eq(conferenceReports.reportId, report.id))).toHaveLength(0);
  });

  it("show every bad cell of the grid under its own field and write nothing; then save Vietnamese numbers exactly", async () => {
    const agency = await createAgency(db());
    const phones = await createReportIndicator(db(), { reporters: [agency.id], sortOrder: 1 });
    const revenue = await createReportIndicator(db(), { reporters: [agency.id], kind: "flow", unit: "tỷ đồng", sortOrder: 2 });
    const ratio = await createReportIndicator(db(), { reporters: [agency.id], kind: "ratio", unit: "%", sortOrder: 3 });
    const unused = await createReportIndicator(db(), { reporters: [agency.id], sortOrder: 4 });
    const report = await createReport(db(), { agencyId: agency.id });
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: agency.id }));

    const bad = await actions.saveReportValuesAction(
      idleFormState,
      form({ reportId: report.id, [`value_${phones.id}`]: "468.112", [`value_${revenue.id}`]: "mười ba", [`value_${ratio.id}`]: "100,5", [`growth_${phones.id}`]: "9" }),
    );
    expect(bad).toMatchObject({ status: "error", fieldErrors: { [`value_${revenue.id}`]: "reports.errors.notANumber", [`value_${ratio.id}`]: "reports.errors.ratioAbove100" } });
    const negative = await actions.saveReportValuesAction(idleFormState, form({ reportId: report.id, [`value_${phones.id}`]: "-1" }));
    expect(negative).toMatchObject({ status: "error", fieldErrors: { [`value_${phones.id}`]: "reports.errors.negative" } });
    expect((await snapshot(report.id)).values).toHaveLength(0);

    const ok = await actions.saveReportValuesAction(
      idleFormState,
      form({ reportId: report.id, [`value_${phones.id}`]: "468.112", [`growth_${phones.id}`]: "9", [`value_${revenue.id}`]: "89,16", [`status_${revenue.id}`]: "preliminary", [`value_${ratio.id}`]: "94", [`value_${unused.id}`]: "" }),
    );
    expect(ok).toMatchObject({ status: "ok", message: "reports.messages.valuesSaved" });
    const stored = new Map((await snapshot(report.id)).values.map((v) => [v.indicatorId, v]));
    expect(stored.get(phones.id)).toMatchObject({ value: "468112.0000", reportedGrowthPercent: "9.00", status: "estimated" });
    expect(stored.get(revenue.id)).toMatchObject({ value: "89.1600", status: "preliminary" });
    expect(stored.has(unused.id)).toBe(false);
  });

  it("store a reported growth or % of plan entered without its figure, show it marked as reported, and never blank a stored figure", async () => {
    const { indicators: [a, b], report, user } = await reportingAgency(db());
    request.user = signedIn(user);
    const ok = await actions.saveReportValuesAction(idleFormState, form({ reportId: report.id, [`value_${a.id}`]: "", [`growth_${a.id}`]: "53", [`value_${b.id}`]: "", [`plan_${b.id}`]: "64" }));
    expect(ok).toMatchObject({ status: "ok", message: "reports.messages.valuesSaved" });
    const stored = (await snapshot(report.id)).values;
    expect(stored.map((v) => [v.indicatorId, v.value, v.reportedGrowthPercent, v.reportedPlanPercent])).toEqual([
      [a.id, null, "53.00", null],
      [b.id, null, null, "64.00"],
    ]);
    const table = await loadReportTable(db(), report);
    expect(table.find((r) => r.indicatorId === a.id)).toMatchObject({ value: null, reportedGrowthPercent: "53.00", yoy: null });
    expect(table.find((r) => r.indicatorId === b.id)).toMatchObject({ value: null, reportedPlanPercent: "64.00", percentOfPlan: null });

    // The figure comes later: the comparison stays; once there, the figure cannot be blanked again.
    const later = await actions.saveReportValuesAction(idleFormState, form({ reportId: report.id, [`value_${a.id}`]: "821", [`growth_${a.id}`]: "53", [`version_${a.id}`]: 1 }));
    expect(later).toMatchObject({ status: "ok" });
    const blanked = await actions.saveReportValuesAction(idleFormState, form({ reportId: report.id, [`value_${a.id}`]: "", [`growth_${a.id}`]: "53", [`version_${a.id}`]: 2 }));
    expect(blanked).toMatchObject({ status: "error", fieldErrors: { [`value_${a.id}`]: "reports.errors.cannotClear" } });
    expect((await snapshot(report.id)).values.find((v) => v.indicatorId === a.id)).toMatchObject({ value: "821.0000", reportedGrowthPercent: "53.00", version: 2 });
  });

  it("refuse a lost race with the conflict message and keep the winner's value", async () => {
    const { agency, indicators: [a], report, user } = await reportingAgency(db());
    await insertValue(db(), report.id, a.id, "10", { version: 2 });
    request.user = signedIn(user);
    const result = await actions.saveReportValuesAction(idleFormState, form({ reportId: report.id, [`value_${a.id}`]: "11", [`version_${a.id}`]: 1 }));
    expect(result).toMatchObject({ status: "error", message: "errors.conflict" });
    const sawNothing = await actions.saveReportValuesAction(idleFormState, form({ reportId: report.id, [`value_${a.id}`]: "11" }));
    expect(sawNothing).toMatchObject({ status: "error", message: "errors.conflict" });
    expect((await snapshot(report.id)).values.map((v) => [v.value, v.version])).toEqual([["10.0000", 2]]);
    expect(agency.id).toBe(report.agencyId);
  });

  it("refuse editing a submitted or approved report by a direct POST, even from the secretariat", async () => {
    const { indicators: [a], report, user } = await reportingAgency(db());
    await insertValue(db(), report.id, a.id, "10");
    request.user = signedIn(user);
    expect(await actions.submitReportAction(idleFormState, form({ reportId: report.id, version: 1 }))).toMatchObject({ status: "ok" });
    const attempt = () => actions.saveReportValuesAction(idleFormState, form({ reportId: report.id, [`value_${a.id}`]: "99", [`version_${a.id}`]: 1 }));
    expect(await attempt()).toMatchObject({ status: "error", message: "reports.errors.locked" });
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    expect(await attempt()).toMatchObject({ status: "error", message: "reports.errors.locked" });
    expect(await actions.approveReportAction(idleFormState, form({ reportId: report.id, version: 2 }))).toMatchObject({ status: "ok" });
    expect(await attempt()).toMatchObject({ status: "error", message: "reports.errors.locked" });
    const unlockBySecretariat = await actions.unlockReportAction(idleFormState, form({ reportId: report.id, version: 3, reason: "Sửa" }));
    expect(unlockBySecretariat).toMatchObject({ status: "error", message: "errors.forbidden" });
    request.user = signedIn(await createUser(db(), { role: "admin" }));
    const noReason = await actions.unlockReportAction(idleFormState, form({ reportId: report.id, version: 3, reason: " " }));
    expect(noReason).toMatchObject({ status: "error", fieldErrors: { reason: "validation.required" } });
    expect((await snapshot(report.id)).values.map((v) => v.value)).toEqual(["10.0000"]);
  });

  it("let a unit officer open their own agency's report and land on it", async () => {
    const agency = await createAgency(db());
    await createReport(db(), { agencyId: (await createAgency(db())).id, periodCode: "2012-Q4", dueOn: "2013-01-10" });
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: agency.id }));
    const redirect = await actions.openOwnReportAction(idleFormState, form({ periodCode: "2012-Q4", agencyId: agency.id })).catch((e: unknown) => e);
    expect(redirect).toBeInstanceOf(Redirected);
    const [row] = await db().select().from(indicatorReports).where(eq(indicatorReports.agencyId, agency.id));
    expect((redirect as Redirected).url).toBe(`/reports/${row.id}?notice=reports.messages.opened`);
  });
});
