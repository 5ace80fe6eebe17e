import { and, asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  agencies,
  conferenceReports,
  conferences,
  directiveIndicators,
  directives,
  indicatorPlans,
  indicatorReporters,
  indicatorReports,
  indicators,
  indicatorValues,
  reportingPeriods,
} from "@/db/schema";
import { db } from "@/test/db";
import { SEED_CONFERENCE_TITLE } from "./conferences";
import { seedDemo } from "./index";
import { DEMO_NOTE, DEMO_QUARTERS, SEED_H1_2012_VALUES, SEED_INDICATORS } from "./indicators";

const tables = { indicators, indicatorReporters, indicatorPlans, reportingPeriods, indicatorReports, indicatorValues, conferenceReports, directiveIndicators };
async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(Object.entries(tables).map(async ([name, table]) => [name, (await db().select().from(table)).length] as const));
  return Object.fromEntries(entries);
}
const agencyId = async (code: string) => (await db().select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code)))[0].id;

async function valuesOf(reportId: number) {
  return db()
    .select({ code: indicators.code, value: indicatorValues.value, status: indicatorValues.status, note: indicatorValues.note, growth: indicatorValues.reportedGrowthPercent, plan: indicatorValues.reportedPlanPercent })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(eq(indicatorValues.reportId, reportId))
    .orderBy(asc(indicators.sortOrder));
}

describe("demo indicators", () => {
  it("creates the catalogue, periods, reports and links once", async () => {
    await seedDemo(db());
    const first = await counts();
    await seedDemo(db());
    expect(await counts()).toEqual(first);
    expect(first).toMatchObject({ indicators: SEED_INDICATORS.length, indicatorPlans: 0, reportingPeriods: 1 + DEMO_QUARTERS.length, indicatorReports: 1 + DEMO_QUARTERS.length, conferenceReports: 1 });
    expect(first.indicatorValues).toBe(SEED_H1_2012_VALUES.length + 2 * DEMO_QUARTERS.length);
    expect(first.directiveIndicators).toBe(6);
  });

  it("keeps the catalogue's order, kinds and 'trong đó' parents", async () => {
    await seedDemo(db());
    const rows = await db().select().from(indicators).orderBy(asc(indicators.sortOrder));
    expect(rows.map((r) => r.code)).toEqual(SEED_INDICATORS.map((i) => i.code));
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get("PTTH-PT-DP")!.parentId).toBe(byCode.get("PTTH-PT-GIO")!.id);
    expect(byCode.get("PTTH-TH-DP")!.parentId).toBe(byCode.get("PTTH-TH-GIO")!.id);
    expect(rows.filter((r) => r.parentId !== null)).toHaveLength(2);
    expect(byCode.get("VT-DT")).toMatchObject({ kind: "flow", unit: "tỷ đồng", decimals: 2, sector: "postal_telecom" });
    expect(byCode.get("VT-TB-DT")).toMatchObject({ kind: "stock", unit: "thuê bao", decimals: 0 });
    expect(byCode.get("PH-DT")).toMatchObject({ decimals: 3 });
    expect(byCode.get("IN-SL")).toMatchObject({ unit: "triệu trang in tiêu chuẩn", sector: "printing" });
    expect(rows.filter((r) => r.kind === "ratio").map((r) => r.unit)).toEqual(["%", "%", "%", "%", "%"]);

    const reporters = await db().select().from(indicatorReporters).where(eq(indicatorReporters.indicatorId, byCode.get("VT-TB-DT")!.id));
    const telecom = await Promise.all(["STTTT", "VNPT", "VIETTEL", "MOBIFONE"].map(agencyId));
    expect(reporters.map((r) => r.agencyId).sort()).toEqual(telecom.sort());
  });

  it("stores the department's H1 2012 report as the article writes it, linked to the seed conference", async () => {
    await seedDemo(db());
    const [review] = await db().select({ id: conferences.id }).from(conferences).where(eq(conferences.title, SEED_CONFERENCE_TITLE));
    const [report] = await db()
      .select()
      .from(indicatorReports)
      .where(and(eq(indicatorReports.agencyId, await agencyId("STTTT")), eq(indicatorReports.periodCode, "2012-H1")));
    expect(report.status).toBe("approved");
    expect(await db().select().from(conferenceReports).where(eq(conferenceReports.reportId, report.id))).toEqual([{ conferenceId: review.id, reportId: report.id }]);
    const [period] = await db().select().from(reportingPeriods).where(eq(reportingPeriods.code, "2012-H1"));
    expect(period.dueOn).toBe("2012-07-10");

    const values = await valuesOf(report.id);
    const byCode = new Map(values.map((v) => [v.code, v]));
    expect(values).toHaveLength(SEED_H1_2012_VALUES.length);
    expect(values.every((v) => v.status === "estimated")).toBe(true);
    expect(byCode.get("VT-DT")!.value).toBe("89.1600");
    expect(byCode.get("PH-DT")!.value).toBe("2.0670");
    expect(byCode.get("VT-TB-DT")).toMatchObject({ value: "468112.0000", growth: "9.00", plan: null });
    expect(byCode.get("VT-TB-INT")).toMatchObject({ growth: "5.00" });
    expect(byCode.get("PTTH-PT-GIO")).toMatchObject({ plan: "50.00", growth: null });
    expect(byCode.get("PTTH-TH-GIO")).toMatchObject({ plan: "52.00" });
    expect(byCode.get("IN-DT")).toMatchObject({ value: "4.8000", growth: "1.30", plan: "64.00" });
    expect(byCode.get("IN-DT")!.note).toContain("trên 4,8");
    // No article figure is presented as a demo figure, and no base was invented for them.
    expect(values.some((v) => v.note === DEMO_NOTE)).toBe(false);
    expect(await db().select().from(indicatorReports).where(and(eq(indicatorReports.agencyId, await agencyId("STTTT")), inArray(indicatorReports.periodCode, ["2011-H1", "2011-Y"])))).toEqual([]);
  });

  it("adds marked demo quarters for Viettel and links the directives to the indicators they concern", async () => {
    await seedDemo(db());
    const reports = await db().select().from(indicatorReports).where(eq(indicatorReports.agencyId, await agencyId("VIETTEL"))).orderBy(asc(indicatorReports.periodCode));
    expect(reports.map((r) => r.periodCode)).toEqual(DEMO_QUARTERS.map((q) => q.period));
    expect(reports.every((r) => r.status === "approved")).toBe(true);
    for (const report of reports) {
      const values = await valuesOf(report.id);
      expect(values.map((v) => v.code).sort()).toEqual(["VT-DT", "VT-TB-DT"]);
      expect(values.every((v) => v.note === DEMO_NOTE && v.status === (report.periodCode.startsWith("2011") ? "official" : "preliminary"))).toBe(true);
    }

    const [review] = await db().select({ id: conferences.id }).from(conferences).where(eq(conferences.title, SEED_CONFERENCE_TITLE));
    const links = await db()
      .select({ number: directives.number, code: indicators.code })
      .from(directiveIndicators)
      .innerJoin(directives, eq(directives.id, directiveIndicators.directiveId))
      .innerJoin(indicators, eq(indicators.id, directiveIndicators.indicatorId))
      .where(eq(directives.conferenceId, review.id));
    expect(links.filter((l) => l.number === 3).map((l) => l.code)).toEqual(["VT-TB-DT"]);
    expect(links.filter((l) => l.number === 2).map((l) => l.code).sort()).toEqual(["CNTT-TL-EMAIL", "CNTT-TL-LAN", "CNTT-TL-MT", "CNTT-TL-QLVB", "CNTT-TL-TTDT"]);
  });
});
