import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { indicatorValueRevisions, indicatorValues } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { ConflictError, ForbiddenError, UserFacingError } from "@/lib/errors";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { createReport, createReportIndicator, insertValue, reportContext, reportingAgency, valueInput } from "./report-test-helpers";
import { loadReportForEdit, saveReportValues, type SaveReportValuesInput } from "./report-values";

const officer = (agencyId: number) => ({ role: "unit_officer" as const, agencyId });
const secretariat = { role: "secretariat" as const, agencyId: null };

/** Runs the command in a transaction, as mutate() does, so a refusal rolls everything back. */
async function save(input: SaveReportValuesInput, entries: AuditEntry[] = []) {
  return db().transaction((tx) => saveReportValues({ ...reportContext(db(), entries), tx }, input));
}
const valuesOf = async (reportId: number) => db().select().from(indicatorValues).where(eq(indicatorValues.reportId, reportId)).orderBy(indicatorValues.indicatorId);
const revisionsOf = async (valueId: number) => db().select().from(indicatorValueRevisions).where(eq(indicatorValueRevisions.valueId, valueId)).orderBy(indicatorValueRevisions.version);
async function refused(promise: Promise<unknown>, key: string) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as UserFacingError).messageKey).toBe(key);
  return error as UserFacingError;
}

describe("saveReportValues", () => {
  it("creates values exactly as typed, then keeps the earlier version when one is revised and skips unchanged ones", async () => {
    const { agency, indicators: [a, b], report } = await reportingAgency(db());
    const entries: AuditEntry[] = [];
    const first = await save({ reportId: report.id, actor: officer(agency.id), values: [valueInput(a.id, "89.16"), valueInput(b.id, "468112", { reportedGrowthPercent: "9" })] }, entries);
    expect(first).toEqual({ created: 2, revised: 0, unchanged: 0 });
    const [va, vb] = await valuesOf(report.id);
    expect([va.value, vb.value, vb.reportedGrowthPercent, va.version]).toEqual(["89.1600", "468112.0000", "9.00", 1]);
    expect(entries.map((e) => [e.action, e.entityId])).toEqual([["indicator_value.save", report.id]]);

    const second = await save(
      {
        reportId: report.id,
        actor: officer(agency.id),
        values: [valueInput(a.id, "89.160", { expectedVersion: 1 }), valueInput(b.id, "470000", { status: "official", reportedGrowthPercent: "9", expectedVersion: 1 })],
      },
      entries,
    );
    expect(second).toEqual({ created: 0, revised: 1, unchanged: 1 });
    const [, revised] = await valuesOf(report.id);
    expect(revised).toMatchObject({ value: "470000.0000", status: "official", version: 2 });
    const history = await revisionsOf(vb.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ version: 1, value: "468112.0000", status: "estimated", reportedGrowthPercent: "9.00" });
    expect((await revisionsOf(va.id)).length).toBe(0);
    expect(entries).toHaveLength(2);

    const none = await save({ reportId: report.id, actor: officer(agency.id), values: [valueInput(a.id, "89.16", { expectedVersion: 1 })] }, entries);
    expect(none).toEqual({ created: 0, revised: 0, unchanged: 1 });
    expect(entries).toHaveLength(2);
  });

  it("refuses a lost race (a stale version, or a value someone entered meanwhile) and writes nothing", async () => {
    const { agency, indicators: [a, b], report } = await reportingAgency(db());
    const existing = await insertValue(db(), report.id, a.id, "10", { version: 3 });
    const stale = save({ reportId: report.id, actor: officer(agency.id), values: [valueInput(b.id, "5"), valueInput(a.id, "11", { expectedVersion: 2 })] });
    expect(await stale.catch((e: unknown) => e)).toBeInstanceOf(ConflictError);
    const sawNothing = save({ reportId: report.id, actor: officer(agency.id), values: [valueInput(a.id, "12", { expectedVersion: null })] });
    expect(await sawNothing.catch((e: unknown) => e)).toBeInstanceOf(ConflictError);
    const rows = await valuesOf(report.id);
    expect(rows.map((r) => [r.indicatorId, r.value, r.version])).toEqual([[a.id, "10.0000", 3]]);
    expect(await revisionsOf(existing.id)).toHaveLength(0);

    const overwritten = await save({ reportId: report.id, actor: officer(agency.id), values: [valueInput(a.id, "12", { expectedVersion: "any" })] });
    expect(overwritten).toEqual({ created: 0, revised: 1, unchanged: 0 });
    expect((await valuesOf(report.id))[0]).toMatchObject({ value: "12.0000", version: 4 });
  });

  it("refuses a submitted or approved report, even for the secretariat", async () => {
    const agency = await createAgency(db());
    const indicator = await createReportIndicator(db(), { reporters: [agency.id] });
    for (const status of ["submitted", "approved"] as const) {
      const report = await createReport(db(), { agencyId: agency.id, periodCode: status === "submitted" ? "2012-Q1" : "2012-Q2", status });
      await refused(save({ reportId: report.id, actor: secretariat, values: [valueInput(indicator.id, "1")] }), "reports.errors.locked");
      expect(await valuesOf(report.id)).toHaveLength(0);
    }
  });

  it("refuses a unit officer of another agency, a leader and a viewer", async () => {
    const { indicators: [a], report } = await reportingAgency(db());
    const other = await createAgency(db());
    for (const actor of [officer(other.id), { role: "leader" as const, agencyId: null }, { role: "viewer" as const, agencyId: null }]) {
      const error = await save({ reportId: report.id, actor, values: [valueInput(a.id, "1")] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ForbiddenError);
    }
    expect(await valuesOf(report.id)).toHaveLength(0);
  });

  it("refuses indicators the agency does not report, retired before the period or not yet in force", async () => {
    const { agency, indicators: [a], report } = await reportingAgency(db());
    const foreign = await createReportIndicator(db());
    const retired = await createReportIndicator(db(), { reporters: [agency.id], validTo: "2011-12-31" });
    const future = await createReportIndicator(db(), { reporters: [agency.id], validFrom: "2013-01-01" });
    const stillValid = await createReportIndicator(db(), { reporters: [agency.id], validTo: "2012-03-31" });
    for (const id of [foreign.id, retired.id, future.id]) {
      const error = await refused(save({ reportId: report.id, actor: officer(agency.id), values: [valueInput(a.id, "1"), valueInput(id, "2")] }), "reports.errors.indicatorNotReported");
      expect(error.field).toBe(`value_${id}`);
    }
    expect(await valuesOf(report.id)).toHaveLength(0);
    expect(await save({ reportId: report.id, actor: officer(agency.id), values: [valueInput(stillValid.id, "3")] })).toMatchObject({ created: 1 });
  });

  it("refuses a negative figure where impossible and a ratio above 100", async () => {
    const agency = await createAgency(db());
    const hours = await createReportIndicator(db(), { reporters: [agency.id], nonNegative: true, kind: "flow" });
    const ratio = await createReportIndicator(db(), { reporters: [agency.id], kind: "ratio", unit: "%" });
    const profit = await createReportIndicator(db(), { reporters: [agency.id], nonNegative: false, kind: "flow" });
    const report = await createReport(db(), { agencyId: agency.id });
    await refused(save({ reportId: report.id, actor: secretariat, values: [valueInput(hours.id, "-1")] }), "reports.errors.negative");
    await refused(save({ reportId: report.id, actor: secretariat, values: [valueInput(ratio.id, "100.01")] }), "reports.errors.ratioAbove100");
    expect(await save({ reportId: report.id, actor: secretariat, values: [valueInput(ratio.id, "100"), valueInput(profit.id, "-2.5")] })).toMatchObject({ created: 2 });
  });
});

describe("loadReportForEdit", () => {
  it("lists the agency's indicators in force with their values, sub-indicators under their parent", async () => {
    const agency = await createAgency(db());
    const radio = await createReportIndicator(db(), { reporters: [agency.id], sortOrder: 1, kind: "flow", unit: "giờ" });
    const tv = await createReportIndicator(db(), { reporters: [agency.id], sortOrder: 2, kind: "flow", unit: "giờ" });
    const local = await createReportIndicator(db(), { reporters: [agency.id], sortOrder: 9, parentId: radio.id, kind: "flow", unit: "giờ" });
    await createReportIndicator(db(), { reporters: [agency.id], sortOrder: 0, validTo: "2011-12-31" });
    const report = await createReport(db(), { agencyId: agency.id });
    const value = await insertValue(db(), report.id, local.id, "821");
    const edit = await loadReportForEdit(db(), report.id);
    expect(edit?.report).toMatchObject({ agencyId: agency.id, periodCode: "2012-H1", status: "draft", dueOn: "2012-07-10" });
    expect(edit?.rows.map((r) => r.indicator.id)).toEqual([radio.id, local.id, tv.id]);
    expect(edit?.rows[1].value).toMatchObject({ id: value.id, value: "821.0000", version: 1 });
    expect(edit?.rows[0].value).toBeNull();
    expect(await loadReportForEdit(db(), 999_999)).toBeNull();
  });
});
