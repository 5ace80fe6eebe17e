import { describe, expect, it } from "vitest";
import type { TrendValue } from "./trend-queries";
import { buildTrend, comparableWithPlan } from "./trend-series";

const v = (periodCode: string, value: string): TrendValue => ({
  periodCode,
  value,
  status: "official",
  reportStatus: "approved",
  reportedGrowthPercent: null,
  reportedPlanPercent: null,
});

describe("buildTrend", () => {
  const values = [v("2011-Q1", "100"), v("2011-H1", "200"), v("2011-Q2", "110"), v("2012-Q1", "109"), v("2012-H1", "250"), v("2012-Q2", "121"), v("2012-H2", "260")];

  it("shows the kind with most values by default, and the one asked for when it has values", () => {
    expect(buildTrend("flow", values, []).kind).toBe("Q");
    expect(buildTrend("flow", values, [], "H").points.map((p) => p.periodCode)).toEqual(["2011-H1", "2012-H1", "2012-H2"]);
    expect(buildTrend("flow", values, [], "M").kind).toBe("Q");
    expect(buildTrend("flow", values, []).kinds).toEqual([
      { kind: "Q", count: 4 },
      { kind: "H", count: 3 },
    ]);
    expect(buildTrend("flow", [], [])).toMatchObject({ kind: null, points: [], hasPlan: false });
  });

  it("computes year-on-year only where the same period of the previous year is in the system", () => {
    const points = buildTrend("flow", values, []).points;
    expect(points.map((p) => [p.periodCode, p.previousValue, p.yearOnYear])).toEqual([
      ["2011-Q1", null, null],
      ["2011-Q2", null, null],
      ["2012-Q1", "100", { ratio: "109.00", growth: "9.00" }],
      ["2012-Q2", "110", { ratio: "110.00", growth: "10.00" }],
    ]);
    // A ratio's change is not a ratio of ratios.
    expect(buildTrend("ratio", values, []).points[2].yearOnYear).toBeNull();
  });

  it("sets a flow against the annual plan only from 1 January, a stock at any half-year end", () => {
    const plans = [{ year: 2012, target: "500" }];
    const flow = buildTrend("flow", values, plans, "H").points;
    expect(flow.map((p) => [p.periodCode, p.plan, p.percentOfPlan])).toEqual([
      ["2011-H1", null, null],
      ["2012-H1", "500", "50.00"],
      ["2012-H2", null, null],
    ]);
    expect(buildTrend("stock", values, plans, "H").points[2]).toMatchObject({ plan: "500", percentOfPlan: "52.00" });
    expect(buildTrend("stock", values, plans, "Q").hasPlan).toBe(false);
    expect(comparableWithPlan("flow", "2012-9M")).toBe(true);
    expect(comparableWithPlan("flow", "2012-Q1")).toBe(false);
  });
});
