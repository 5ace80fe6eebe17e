import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies } from "@/db/schema";
import { countQueries } from "@/test/query-count";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { createReport, createReportIndicator, insertValue, setPlan } from "./report-test-helpers";
import { DEPARTMENT_AGENCY_CODE } from "./report-consolidated";
import { loadReportTable } from "./report-table";

describe("the report table", () => {
  it("computes % of plan and year-on-year exactly, only where the base exists, and shows reported comparisons beside them", async () => {
    const agency = await createAgency(db());
    const revenue = await createReportIndicator(db(), { reporters: [agency.id], kind: "flow", unit: "tỷ đồng", decimals: 2, sortOrder: 1 });
    const phones = await createReportIndicator(db(), { reporters: [agency.id], kind: "stock", sortOrder: 2 });
    const radio = await createReportIndicator(db(), { reporters: [agency.id], kind: "flow", unit: "giờ", sortOrder: 3 });
    const local = await createReportIndicator(db(), { reporters: [agency.id], kind: "flow", unit: "giờ", sortOrder: 4, parentId: radio.id });
    const noBase = await createReportIndicator(db(), { reporters: [agency.id], kind: "stock", sortOrder: 5 });
    const empty = await createReportIndicator(db(), { reporters: [agency.id], kind: "stock", sortOrder: 6 });
    await setPlan(db(), revenue.id, 2012, "178.32", agency.id);
    await setPlan(db(), radio.id, 2012, "13224", agency.id);
    await setPlan(db(), radio.id, 2011, "1", agency.id);

    const previous = await createReport(db(), { agencyId: agency.id, periodCode: "2011-H1", status: "approved" });
    await insertValue(db(), previous.id, phones.id, "429460");
    const report = await createReport(db(), { agencyId: agency.id, periodCode: "2012-H1" });
    await insertValue(db(), report.id, revenue.id, "89.16", { reportedPlanPercent: "52" });
    await insertValue(db(), report.id, phones.id, "468112", { reportedGrowthPercent: "9" });
    await insertValue(db(), report.id, radio.id, "6612", { reportedPlanPercent: "50" });
    await insertValue(db(), report.id, local.id, "6613");
    await insertValue(db(), report.id, noBase.id, "11570", { reportedGrowthPercent: "5" });

    const rows = await loadReportTable(db(), report);
    expect(rows.map((r) => [r.indicatorId, r.depth])).toEqual([
      [revenue.id, 0],
      [phones.id, 0],
      [radio.id, 0],
      [local.id, 1],
      [noBase.id, 0],
      [empty.id, 0],
    ]);
    const by = new Map(rows.map((r) => [r.indicatorId, r]));
    expect(by.get(revenue.id)).toMatchObject({ value: "89.1600", percentOfPlan: "50.00", reportedPlanPercent: "52.00", planDisagrees: true, yoy: null });
    expect(by.get(phones.id)).toMatchObject({ previousValue: "429460.0000", yoy: { ratio: "109.00", growth: "9.00" }, growthDisagrees: false, percentOfPlan: null });
    expect(by.get(radio.id)).toMatchObject({ percentOfPlan: "50.00", planDisagrees: false, exceedsParent: false });
    expect(by.get(local.id)).toMatchObject({ exceedsParent: true, percentOfPlan: null });
    expect(by.get(noBase.id)).toMatchObject({ percentOfPlan: null, yoy: null, reportedGrowthPercent: "5.00", growthDisagrees: false });
    expect(by.get(empty.id)).toMatchObject({ value: null, status: null, percentOfPlan: null, yoy: null });
  });

  it("does not set a flow of the second half-year against the annual plan, but does a stock", async () => {
    const agency = await createAgency(db());
    const flow = await createReportIndicator(db(), { reporters: [agency.id], kind: "flow" });
    const stock = await createReportIndicator(db(), { reporters: [agency.id], kind: "stock" });
    await setPlan(db(), flow.id, 2012, "100", agency.id);
    await setPlan(db(), stock.id, 2012, "200", agency.id);
    const report = await createReport(db(), { agencyId: agency.id, periodCode: "2012-H2", dueOn: "2013-01-10" });
    await insertValue(db(), report.id, flow.id, "40");
    await insertValue(db(), report.id, stock.id, "150");
    const rows = await loadReportTable(db(), report);
    expect(rows.map((r) => r.percentOfPlan)).toEqual([null, "75.00"]);
  });

  it("sets a unit's report only against the unit's own plan, and the department's report against the province's", async () => {
    const viettel = await createAgency(db());
    const vnpt = await createAgency(db());
    const department = (await db().select().from(agencies).where(eq(agencies.code, DEPARTMENT_AGENCY_CODE)))[0] ?? (await createAgency(db(), { code: DEPARTMENT_AGENCY_CODE }));
    const subscribers = await createReportIndicator(db(), { reporters: [viettel.id, vnpt.id, department.id], kind: "stock" });
    await setPlan(db(), subscribers.id, 2012, "500000");
    await setPlan(db(), subscribers.id, 2012, "200000", vnpt.id);
    const reportOf = async (agencyId: number, value: string) => {
      const report = await createReport(db(), { agencyId, periodCode: "2012-Q1", dueOn: "2012-04-10" });
      await insertValue(db(), report.id, subscribers.id, value, { reportedPlanPercent: "25" });
      return (await loadReportTable(db(), report))[0];
    };
    // Viettel has no plan of its own: no "% of plan" (not 114.500 of the province's 500.000 = 22,9%); its own words stay.
    expect(await reportOf(viettel.id, "114500")).toMatchObject({ planTarget: null, percentOfPlan: null, reportedPlanPercent: "25.00", planDisagrees: false });
    expect(await reportOf(vnpt.id, "50000")).toMatchObject({ planTarget: "200000.0000", percentOfPlan: "25.00" });
    expect(await reportOf(department.id, "164500")).toMatchObject({ planTarget: "500000.0000", percentOfPlan: "32.90" });
  });

  it("reads the whole table in one query whatever the number of rows", async () => {
    const small = await createAgency(db());
    const large = await createAgency(db());
    const smallReport = await createReport(db(), { agencyId: small.id, periodCode: "2012-Q2" });
    const largeReport = await createReport(db(), { agencyId: large.id, periodCode: "2012-Q2" });
    const previous = await createReport(db(), { agencyId: large.id, periodCode: "2011-Q2" });
    const one = await createReportIndicator(db(), { reporters: [small.id] });
    await insertValue(db(), smallReport.id, one.id, "1");
    for (let i = 0; i < 12; i++) {
      const indicator = await createReportIndicator(db(), { reporters: [large.id], kind: "stock", sortOrder: i });
      await setPlan(db(), indicator.id, 2012, "1000", large.id);
      await insertValue(db(), largeReport.id, indicator.id, String(100 + i));
      await insertValue(db(), previous.id, indicator.id, "100");
    }
    const smallRun = await countQueries(() => loadReportTable(db(), smallReport));
    const largeRun = await countQueries(() => loadReportTable(db(), largeReport));
    expect(largeRun.result).toHaveLength(12);
    expect(largeRun.result[11]).toMatchObject({ percentOfPlan: "11.10", yoy: { ratio: "111.00", growth: "11.00" } });
    expect([smallRun.queries, largeRun.queries]).toEqual([1, 1]);
  });
});
