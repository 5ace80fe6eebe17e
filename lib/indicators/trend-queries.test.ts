import { describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { addValue, createIndicator } from "./catalogue-test-helpers";
import { listTrendAgencies, listTrendValues } from "./trend-queries";

const reader = { role: "leader" as const, agencyId: null };

describe("trend queries", () => {
  it("return one agency's submitted and approved values in chronological order, not text order", async () => {
    const indicator = await createIndicator(db());
    const [agency, other] = [await createAgency(db()), await createAgency(db())];
    // Inserted out of order; as text "2012-H1" < "2012-M03" < "2012-Q1", which is not time order.
    for (const [periodCode, value] of [
      ["2012-Q3", "300"],
      ["2012-H1", "250"],
      ["2011-Q4", "90"],
      ["2012-M03", "110"],
      ["2012-Q1", "120"],
    ] as const) {
      await addValue(db(), { indicatorId: indicator.id, agencyId: agency.id, periodCode, value, reportStatus: "approved" });
    }
    await addValue(db(), { indicatorId: indicator.id, agencyId: agency.id, periodCode: "2012-Q2", value: "999", reportStatus: "draft" });
    await addValue(db(), { indicatorId: indicator.id, agencyId: other.id, periodCode: "2012-Q2", value: "5", reportStatus: "submitted" });

    const values = await listTrendValues(db(), indicator.id, agency.id, reader);
    // M03 and Q1 both end in March: the month comes first; H1 ends in June, Q3 in September.
    expect(values.map((v) => v.periodCode)).toEqual(["2011-Q4", "2012-M03", "2012-Q1", "2012-H1", "2012-Q3"]);
    expect(values.map((v) => Number(v.value))).toEqual([90, 110, 120, 250, 300]);
    expect(values.every((v) => v.reportStatus === "approved")).toBe(true);
  });

  it("list the agencies with counted values, the one with most values first; drafts do not count", async () => {
    const indicator = await createIndicator(db());
    const [few, many, draftOnly] = [await createAgency(db(), { name: "A Bưu điện tỉnh" }), await createAgency(db(), { name: "B Viettel" }), await createAgency(db())];
    await addValue(db(), { indicatorId: indicator.id, agencyId: few.id, periodCode: "2012-H1", value: "1" });
    for (const periodCode of ["2012-Q1", "2012-Q2", "2012-Q3"]) await addValue(db(), { indicatorId: indicator.id, agencyId: many.id, periodCode, value: "2" });
    await addValue(db(), { indicatorId: indicator.id, agencyId: draftOnly.id, periodCode: "2012-H1", value: "3", reportStatus: "draft" });
    expect(await listTrendAgencies(db(), indicator.id, reader)).toEqual([
      { id: many.id, name: "B Viettel", code: many.code, values: 3 },
      { id: few.id, name: "A Bưu điện tỉnh", code: few.code, values: 1 },
    ]);
  });

  it("show a unit officer only their own agency's figures", async () => {
    const indicator = await createIndicator(db());
    const [own, other] = [await createAgency(db()), await createAgency(db())];
    await addValue(db(), { indicatorId: indicator.id, agencyId: own.id, periodCode: "2012-H1", value: "1" });
    await addValue(db(), { indicatorId: indicator.id, agencyId: other.id, periodCode: "2012-H1", value: "2" });
    const officer = { role: "unit_officer" as const, agencyId: own.id };
    expect((await listTrendAgencies(db(), indicator.id, officer)).map((a) => a.id)).toEqual([own.id]);
    expect(await listTrendValues(db(), indicator.id, other.id, officer)).toEqual([]);
    expect((await listTrendValues(db(), indicator.id, own.id, officer)).map((v) => v.value)).toEqual(["1.0000"]);
    expect(await listTrendAgencies(db(), indicator.id, { role: "unit_officer", agencyId: null })).toEqual([]);
  });
});
