import { describe, expect, it } from "vitest";
import { countQueries } from "@/test/query-count";
import { conferenceReports } from "@/db/schema";
import { createDirective } from "@/lib/tasks/test-helpers";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { DEPARTMENT_AGENCY_CODE, loadConsolidated } from "./report-consolidated";
import { listConferenceReports, listReportingPeriods, listReports, loadVisibleReport, parseReportListParams } from "./report-queries";
import { createReport, createReportIndicator, ensurePeriod, insertValue } from "./report-test-helpers";

describe("the report list", () => {
  it("filters by period, agency and status, counts values, and keeps a unit officer to their own agency — in three statements whatever the page", async () => {
    const [own, other] = [await createAgency(db(), { name: "Bưu điện tỉnh (thử)" }), await createAgency(db(), { name: "Viễn thông tỉnh (thử)" })];
    const indicator = await createReportIndicator(db(), { reporters: [own.id, other.id] });
    const second = await createReportIndicator(db(), { reporters: [own.id] });
    const ownReport = await createReport(db(), { agencyId: own.id, periodCode: "2015-H1", dueOn: "2015-07-10" });
    await insertValue(db(), ownReport.id, indicator.id, "1");
    await insertValue(db(), ownReport.id, second.id, "2");
    const otherReport = await createReport(db(), { agencyId: other.id, periodCode: "2015-H1", status: "submitted" });
    await createReport(db(), { agencyId: own.id, periodCode: "2015-Q3", dueOn: "2015-10-10" });

    const secretariat = { role: "secretariat" as const, agencyId: null };
    const { result: all, queries } = await countQueries(() => listReports(db(), secretariat, parseReportListParams({ period: "2015-H1" })));
    expect(queries).toBe(3); // the page, its reports' value counts and the total, whatever the number of reports
    expect(all.total).toEqual({ count: 2, more: false });
    expect(all.rows.map((r) => [r.agencyName, r.valueCount, r.dueOn])).toEqual([
      ["Bưu điện tỉnh (thử)", 2, "2015-07-10"],
      ["Viễn thông tỉnh (thử)", 0, "2015-07-10"],
    ]);
    expect((await listReports(db(), secretariat, parseReportListParams({ period: "2015-H1", status: "submitted" }))).rows.map((r) => r.id)).toEqual([otherReport.id]);
    expect((await listReports(db(), secretariat, parseReportListParams({ agency: String(own.id) }))).rows.map((r) => r.periodCode)).toEqual(["2015-Q3", "2015-H1"]);

    const officer = { role: "unit_officer" as const, agencyId: own.id };
    const mine = await listReports(db(), officer, parseReportListParams({ agency: String(other.id) }));
    expect(mine.total).toEqual({ count: 0, more: false });
    expect((await listReports(db(), officer, parseReportListParams({}))).rows.every((r) => r.agencyId === own.id)).toBe(true);
    expect(await loadVisibleReport(db(), otherReport.id, officer)).toBeNull();
    expect(await loadVisibleReport(db(), ownReport.id, officer)).toMatchObject({ agencyId: own.id, status: "draft" });
    // One prepared statement serves every unit, the unit a value of each run (lib/auth/viewer-scope.ts).
    const otherOfficer = { role: "unit_officer" as const, agencyId: other.id };
    expect(await loadVisibleReport(db(), ownReport.id, otherOfficer)).toBeNull();
    expect(await loadVisibleReport(db(), otherReport.id, otherOfficer)).toMatchObject({ agencyId: other.id });
    expect(await loadVisibleReport(db(), otherReport.id, officer)).toBeNull();
    expect(await loadVisibleReport(db(), ownReport.id, { role: "unit_officer", agencyId: null })).toBeNull();
    expect(await loadVisibleReport(db(), ownReport.id, secretariat)).toMatchObject({ agencyId: own.id });
  });

  it("orders periods newest first, chronologically", async () => {
    for (const code of ["2016-Q3", "2016-H1", "2016-M12", "2016-9M"]) await ensurePeriod(db(), code);
    const codes = (await listReportingPeriods(db())).map((p) => p.code).filter((c) => c.startsWith("2016"));
    expect(codes).toEqual(["2016-M12", "2016-9M", "2016-Q3", "2016-H1"]);
  });

  it("lists a conference's reports, only the viewer's own for a unit officer", async () => {
    const { conference } = await createDirective(db());
    const [a, b] = [await createAgency(db()), await createAgency(db())];
    const ra = await createReport(db(), { agencyId: a.id, periodCode: "2012-H1" });
    const rb = await createReport(db(), { agencyId: b.id, periodCode: "2012-H1" });
    await db().insert(conferenceReports).values([{ conferenceId: conference.id, reportId: ra.id }, { conferenceId: conference.id, reportId: rb.id }]);
    expect((await listConferenceReports(db(), conference.id)).map((r) => r.reportId).sort()).toEqual([ra.id, rb.id].sort());
    expect((await listConferenceReports(db(), conference.id, { role: "unit_officer", agencyId: a.id })).map((r) => r.reportId)).toEqual([ra.id]);
    expect((await listConferenceReports(db(), conference.id, { role: "unit_officer", agencyId: b.id })).map((r) => r.reportId)).toEqual([rb.id]);
    expect((await listConferenceReports(db(), conference.id, { role: "leader", agencyId: a.id })).map((r) => r.reportId).sort()).toEqual([ra.id, rb.id].sort());
  });
});

describe("the consolidated view", () => {
  it("sums flows and stocks over submitted and approved unit reports, never ratios, with the department's report beside", async () => {
    const [u1, u2, u3] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const department = await createAgency(db(), { code: DEPARTMENT_AGENCY_CODE });
    const revenue = await createReportIndicator(db(), { reporters: [u1.id, u2.id, u3.id, department.id], kind: "flow", decimals: 2, sortOrder: 1 });
    const ratio = await createReportIndicator(db(), { reporters: [u1.id, u2.id], kind: "ratio", unit: "%", sortOrder: 2 });
    const r1 = await createReport(db(), { agencyId: u1.id, periodCode: "2017-H1", status: "submitted" });
    const r2 = await createReport(db(), { agencyId: u2.id, periodCode: "2017-H1", status: "approved" });
    const draft = await createReport(db(), { agencyId: u3.id, periodCode: "2017-H1" });
    const own = await createReport(db(), { agencyId: department.id, periodCode: "2017-H1" });
    await insertValue(db(), r1.id, revenue.id, "13.6");
    await insertValue(db(), r2.id, revenue.id, "89.16");
    await insertValue(db(), draft.id, revenue.id, "1000");
    await insertValue(db(), own.id, revenue.id, "102.76");
    await insertValue(db(), r1.id, ratio.id, "94");
    await insertValue(db(), r2.id, ratio.id, "30");

    const { result, queries } = await countQueries(() => loadConsolidated(db(), "2017-H1"));
    expect(queries).toBe(2);
    expect(result.reportCount).toBe(2);
    expect(result.department).toEqual({ reportId: own.id, status: "draft" });
    expect(result.rows.map((r) => [r.indicatorId, r.total, r.agencyCount, r.reporterCount, r.departmentValue])).toEqual([
      [revenue.id, "102.76", 2, 3, "102.7600"],
      [ratio.id, null, 2, 2, null],
    ]);
  });
});
