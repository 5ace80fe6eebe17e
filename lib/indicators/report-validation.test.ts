import { describe, expect, it } from "vitest";
import { createPeriodSchema, valueGridSchema } from "./report-validation";

const rules = new Map([
  [1, { kind: "flow" as const, nonNegative: true }],
  [2, { kind: "ratio" as const, nonNegative: true }],
  [3, { kind: "stock" as const, nonNegative: true }],
]);
const issues = (raw: Record<string, string>) => valueGridSchema(rules).safeParse({ reportId: "7", ...raw }).error?.issues.map((i) => [i.path[0], i.message]);

describe("the entry grid's validation", () => {
  it("reads Vietnamese numbers on the server and skips rows left empty", () => {
    const parsed = valueGridSchema(rules).parse({ reportId: "7", value_1: "13,6", status_1: "official", note_1: " Ước ", growth_1: "9%", value_2: "", value_3: "468.112", version_3: "4", plan_3: "50" });
    expect(parsed).toEqual({
      reportId: 7,
      values: [
        { indicatorId: 1, value: "13.6", status: "official", note: "Ước", reportedGrowthPercent: "9", reportedPlanPercent: null, expectedVersion: null },
        { indicatorId: 3, value: "468112", status: "estimated", note: null, reportedGrowthPercent: null, reportedPlanPercent: "50", expectedVersion: 4 },
      ],
    });
  });

  it("keeps a reported comparison or a note entered without its figure instead of dropping it", () => {
    const parsed = valueGridSchema(rules).parse({ reportId: "7", value_1: "", growth_1: "53", value_2: "", note_2: "chưa có số", value_3: "", plan_3: "64%" });
    expect(parsed.values).toEqual([
      { indicatorId: 1, value: null, status: "estimated", note: null, reportedGrowthPercent: "53", reportedPlanPercent: null, expectedVersion: null },
      { indicatorId: 2, value: null, status: "estimated", note: "chưa có số", reportedGrowthPercent: null, reportedPlanPercent: null, expectedVersion: null },
      { indicatorId: 3, value: null, status: "estimated", note: null, reportedGrowthPercent: null, reportedPlanPercent: "64", expectedVersion: null },
    ]);
  });

  it("reports every bad cell at once under its own field", () => {
    expect(issues({ value_1: "abc", value_2: "100,01", value_3: "", version_3: "2", growth_1: "x" })).toEqual([
      ["value_1", "reports.errors.notANumber"],
      ["value_2", "reports.errors.ratioAbove100"],
      ["value_3", "reports.errors.cannotClear"],
    ]);
    expect(issues({ value_1: "-5", value_3: "1,23456", status_3: "guess" })).toEqual([
      ["value_1", "reports.errors.negative"],
      ["value_3", "reports.errors.outOfRange"],
      ["status_3", "validation.invalid"],
    ]);
    expect(issues({ value_1: "5", growth_1: "x", plan_1: "12345678" })).toEqual([
      ["growth_1", "reports.errors.notANumber"],
      ["plan_1", "reports.errors.percentOutOfRange"],
    ]);
  });

  it("builds the period code from the year and the kind", () => {
    expect(createPeriodSchema.parse({ year: "2012", periodKind: "H1", dueOn: "" })).toEqual({ periodCode: "2012-H1", dueOn: null });
    expect(createPeriodSchema.parse({ year: "2012", periodKind: "Q3", dueOn: "05/10/2012" })).toEqual({ periodCode: "2012-Q3", dueOn: "2012-10-05" });
    expect(createPeriodSchema.safeParse({ year: "12", periodKind: "H1" }).error?.issues[0].message).toBe("reports.errors.year");
  });
});
