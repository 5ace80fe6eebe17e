import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies, indicatorPlans, indicatorReporters } from "@/db/schema";
import { createAgency } from "@/test/factories";
import { auditLog } from "@/lib/directives/test-helpers";
import { db } from "@/test/db";
import { savePlans } from "./catalogue-plans";
import { listPlanRows } from "./catalogue-queries";
import { DEPARTMENT_AGENCY_CODE } from "./report-consolidated";
import { createIndicator } from "./catalogue-test-helpers";
import { savePlansSchema } from "./catalogue-validation";

const save = (values: Record<string, string | number>, log = auditLog()) =>
  db().transaction((tx) => savePlans({ tx, actorId: null, audit: log.audit }, savePlansSchema.parse(values)));
/** The department's plan (no agency) of an indicator and year. */
const planOf = async (indicatorId: number, year: number) =>
  (await db().select().from(indicatorPlans).where(and(eq(indicatorPlans.indicatorId, indicatorId), eq(indicatorPlans.year, year), isNull(indicatorPlans.agencyId))))[0];

describe("annual plan form", () => {
  it("reads Vietnamese numbers and puts every malformed target under its own field", () => {
    const parsed = savePlansSchema.parse({ year: "2012", target_1: "1.200", target_2: "13,6", target_3: "", planVersion_3: "2", target_x: "5" });
    expect(parsed).toEqual({
      year: 2012,
      agencyId: null,
      rows: [
        { indicatorId: 1, target: "1200", expectedVersion: null },
        { indicatorId: 2, target: "13.6", expectedVersion: null },
        { indicatorId: 3, target: null, expectedVersion: 2 },
      ],
    });
    const issues = savePlansSchema.safeParse({ year: "2012", target_1: "12 tỷ", target_2: "1,5,5", target_3: "0,12345" }).error?.issues;
    expect(issues?.map((i) => [i.path[0], i.message])).toEqual([
      ["target_1", "indicators.plans.errors.number"],
      ["target_2", "indicators.plans.errors.number"],
      ["target_3", "indicators.plans.errors.decimals"],
    ]);
    expect(savePlansSchema.safeParse({ year: "12", target_1: "1" }).error?.issues[0]).toMatchObject({ path: ["year"], message: "indicators.plans.errors.year" });
  });
});

describe("savePlans", () => {
  it("creates, changes, keeps and removes the year's targets in one go, ratios included", async () => {
    const [subscribers, share, hours] = [await createIndicator(db()), await createIndicator(db(), { kind: "ratio", unit: "%" }), await createIndicator(db(), { kind: "flow", unit: "giờ" })];
    const log = auditLog();
    expect(await save({ year: 2012, [`target_${subscribers.id}`]: "468.112", [`target_${share.id}`]: "89,16", [`target_${hours.id}`]: "" }, log)).toEqual({ created: 2, changed: 0, removed: 0, unchanged: 1 });
    expect((await planOf(subscribers.id, 2012)).target).toBe("468112.0000");
    expect((await planOf(share.id, 2012)).target).toBe("89.1600");

    const second = await save(
      { year: 2012, [`target_${subscribers.id}`]: "500.000", [`planVersion_${subscribers.id}`]: 1, [`target_${share.id}`]: "89,160", [`planVersion_${share.id}`]: 1 },
      log,
    );
    expect(second).toEqual({ created: 0, changed: 1, removed: 0, unchanged: 1 });
    expect(await planOf(subscribers.id, 2012)).toMatchObject({ target: "500000.0000", version: 2 });
    expect(await save({ year: 2012, [`target_${share.id}`]: "", [`planVersion_${share.id}`]: 1 }, log)).toMatchObject({ removed: 1 });
    expect(await planOf(share.id, 2012)).toBeUndefined();
    expect(log.entries.map((e) => e.action)).toEqual(["indicator.plan_set", "indicator.plan_set", "indicator.plan_set", "indicator.plan_remove"]);
    // Another year is another plan.
    expect(await planOf(subscribers.id, 2013)).toBeUndefined();
  });

  it("refuses a row someone else saved first, under that row, and writes nothing of the save", async () => {
    const [a, b] = [await createIndicator(db()), await createIndicator(db())];
    await save({ year: 2012, [`target_${a.id}`]: "100" });
    // The form was loaded before the plan of a existed (no version), and b is new.
    const stale = save({ year: 2012, [`target_${b.id}`]: "50", [`target_${a.id}`]: "120" });
    await expect(stale).rejects.toMatchObject({ messageKey: "indicators.plans.errors.conflict", field: `target_${a.id}` });
    expect(await planOf(b.id, 2012)).toBeUndefined();
    expect((await planOf(a.id, 2012)).target).toBe("100.0000");
    await expect(save({ year: 2012, [`target_${a.id}`]: "120", [`planVersion_${a.id}`]: 7 })).rejects.toMatchObject({ messageKey: "indicators.plans.errors.conflict" });
  });

  it("keep a unit's own plan apart from the department's, only for what the unit reports", async () => {
    const viettel = await createAgency(db());
    const subscribers = await createIndicator(db());
    const books = await createIndicator(db(), { unit: "bản" });
    await db().insert(indicatorReporters).values({ indicatorId: subscribers.id, agencyId: viettel.id });
    expect(await save({ year: 2012, [`target_${subscribers.id}`]: "500.000" })).toMatchObject({ created: 1 });
    expect(await save({ year: 2012, agencyId: viettel.id, [`target_${subscribers.id}`]: "200.000" })).toMatchObject({ created: 1 });
    const plans = await db().select().from(indicatorPlans).where(eq(indicatorPlans.indicatorId, subscribers.id)).orderBy(indicatorPlans.id);
    expect(plans.map((p) => [p.agencyId, p.target])).toEqual([
      [null, "500000.0000"],
      [viettel.id, "200000.0000"],
    ]);
    // The unit's plan form shows the unit's plan version only; the department's is another row.
    expect(await save({ year: 2012, agencyId: viettel.id, [`target_${subscribers.id}`]: "210.000", [`planVersion_${subscribers.id}`]: 1 })).toMatchObject({ changed: 1 });
    expect((await planOf(subscribers.id, 2012)).target).toBe("500000.0000");
    await expect(save({ year: 2012, agencyId: viettel.id, [`target_${books.id}`]: "10" })).rejects.toMatchObject({ messageKey: "indicators.plans.errors.notReportedByAgency", field: `target_${books.id}` });
    const department = (await db().select().from(agencies).where(eq(agencies.code, DEPARTMENT_AGENCY_CODE)))[0] ?? (await createAgency(db(), { code: DEPARTMENT_AGENCY_CODE }));
    await expect(save({ year: 2012, agencyId: department.id, [`target_${books.id}`]: "10" })).rejects.toMatchObject({ messageKey: "indicators.plans.errors.agency", field: "agencyId" });
    const sections = await listPlanRows(db(), 2012, viettel.id);
    expect(sections.flatMap((s) => s.rows.map((r) => [r.item.id, r.item.plan?.target]))).toEqual([[subscribers.id, "210000.0000"]]);
  });

  it("refuses a negative target where values cannot be negative, and an indicator not followed that year", async () => {
    const count = await createIndicator(db(), { nonNegative: true });
    const revenue = await createIndicator(db(), { nonNegative: false, kind: "flow", unit: "tỷ đồng" });
    const retired = await createIndicator(db(), { validTo: "2011-12-31" });
    await expect(save({ year: 2012, [`target_${count.id}`]: "-5" })).rejects.toMatchObject({ messageKey: "indicators.plans.errors.negative", field: `target_${count.id}` });
    expect(await save({ year: 2012, [`target_${revenue.id}`]: "-1,5" })).toMatchObject({ created: 1 });
    await expect(save({ year: 2012, [`target_${retired.id}`]: "10" })).rejects.toMatchObject({ messageKey: "indicators.plans.errors.notInUse" });
    expect(await save({ year: 2011, [`target_${retired.id}`]: "10" })).toMatchObject({ created: 1 });
  });
});
