import { describe, expect, it } from "vitest";
import type { RawImportRow } from "./import-parse";
import { STATUS_LABELS } from "./import-test-helpers";
import { type ExistingValue, type ImportContext, type ImportIndicator, normalizeCode, parseValueStatus, type RowErrorKey, validateImportRows } from "./import-validate";

const indicator = (id: number, code: string, values: Partial<ImportIndicator> = {}): ImportIndicator => ({
  id,
  code,
  nameVi: `Chỉ tiêu ${code}`,
  unit: "thuê bao",
  kind: "stock",
  nonNegative: true,
  reported: true,
  ...values,
});

const SUBSCRIBERS = indicator(1, "TB-DD");
const REVENUE = indicator(2, "DT-BC", { unit: "tỷ đồng", kind: "flow", nonNegative: false });
const RATIO = indicator(3, "TL-CB", { unit: "%", kind: "ratio" });
const OTHER_AGENCY = indicator(4, "SACH", { unit: "bản", reported: false });

function context(existing: Record<number, ExistingValue> = {}): ImportContext {
  return {
    indicators: new Map([SUBSCRIBERS, REVENUE, RATIO, OTHER_AGENCY].map((i) => [normalizeCode(i.code), i])),
    existing: new Map(Object.entries(existing).map(([id, v]) => [Number(id), v])),
    statusLabels: STATUS_LABELS,
  };
}

let nextLine = 10;
const row = (values: Partial<RawImportRow>): RawImportRow => ({ line: nextLine++, code: "", name: "", unit: "", value: "", status: "", note: "", growth: "", plan: "", ...values });

/** The error keys of a single row validated alone. */
function errorsOf(values: Partial<RawImportRow>, ctx = context()): RowErrorKey[] {
  return validateImportRows([row(values)], ctx).rows[0].errors.map((e) => e.key);
}

describe("validating import rows", () => {
  it("reads Vietnamese numbers, statuses in either language and the reported comparisons into what saveReportValues takes", () => {
    const result = validateImportRows(
      [
        row({ code: "TB-DD", unit: "Thuê bao", value: "468.112", status: "Chính thức", growth: "+9%", plan: "50" }),
        row({ code: "dt-bc", unit: " tỷ đồng ", value: "89,16", status: "preliminary", note: "số liệu quý", growth: "-3,5" }),
        row({ code: "TL-CB", value: "13,6", status: "uoc dat" }),
      ],
      context(),
    );
    expect(result.errorCount).toBe(0);
    expect(result.values).toEqual([
      { indicatorId: 1, value: "468112", status: "official", note: null, reportedGrowthPercent: "9", reportedPlanPercent: "50", expectedVersion: "any" },
      { indicatorId: 2, value: "89.16", status: "preliminary", note: "số liệu quý", reportedGrowthPercent: "-3.5", reportedPlanPercent: null, expectedVersion: "any" },
      { indicatorId: 3, value: "13.6", status: "estimated", note: null, reportedGrowthPercent: null, reportedPlanPercent: null, expectedVersion: "any" },
    ]);
    expect(result.counts).toEqual({ new: 3, revised: 0, unchanged: 0, skipped: 0 });
  });

  it("names every error kind on its row, in one pass", () => {
    expect(errorsOf({ value: "5" })).toEqual(["missingCode"]);
    expect(errorsOf({ code: "KHONG-CO", value: "5" })).toEqual(["unknownCode"]);
    expect(errorsOf({ code: "SACH", value: "5" })).toEqual(["notReported"]);
    expect(errorsOf({ code: "TB-DD", unit: "giờ", value: "5" })).toEqual(["wrongUnit"]);
    expect(errorsOf({ code: "TB-DD", note: "chưa có số" })).toEqual(["valueMissing"]);
    expect(errorsOf({ code: "TB-DD", value: "năm trăm" })).toEqual(["notANumber"]);
    expect(errorsOf({ code: "TB-DD", value: "1,2,3" })).toEqual(["notANumber"]);
    expect(errorsOf({ code: "TB-DD", value: "0,30000000000000004" })).toEqual(["tooManyDecimals"]);
    expect(errorsOf({ code: "TB-DD", value: "12345678901234567" })).toEqual(["tooLarge"]);
    expect(errorsOf({ code: "TB-DD", value: "-5" })).toEqual(["negative"]);
    expect(errorsOf({ code: "TL-CB", value: "100,5" })).toEqual(["ratioAbove100"]);
    expect(errorsOf({ code: "TB-DD", value: "5", status: "Tạm tính" })).toEqual(["unknownStatus"]);
    expect(errorsOf({ code: "TB-DD", value: "5", growth: "chín" })).toEqual(["growthNotANumber"]);
    expect(errorsOf({ code: "TB-DD", value: "5", growth: "9,125" })).toEqual(["growthOutOfRange"]);
    expect(errorsOf({ code: "TB-DD", value: "5", plan: "nửa" })).toEqual(["planNotANumber"]);
    expect(errorsOf({ code: "TB-DD", value: "5", plan: "123456789" })).toEqual(["planOutOfRange"]);
    expect(errorsOf({ code: "TB-DD", value: "5", note: "x".repeat(1001) })).toEqual(["noteTooLong"]);
    expect(errorsOf({ code: "KHONG-CO", unit: "giờ", value: "abc", status: "?" })).toEqual(["unknownCode", "notANumber", "unknownStatus"]);
  });

  it("keep a comparison given without its figure (\"tăng 53%\"), and a figure already stored stays", () => {
    const alone = validateImportRows([row({ code: "TB-DD", growth: "53%" }), row({ code: "DT-BC", plan: "64" })], context({ 2: { value: "4.8", status: "estimated", note: null, reportedGrowthPercent: null, reportedPlanPercent: null } }));
    expect(alone.errorCount).toBe(0);
    expect(alone.values).toEqual([
      { indicatorId: 1, value: null, status: "estimated", note: null, reportedGrowthPercent: "53", reportedPlanPercent: null, expectedVersion: "any" },
      { indicatorId: 2, value: "4.8", status: "estimated", note: null, reportedGrowthPercent: null, reportedPlanPercent: "64", expectedVersion: "any" },
    ]);
    expect(alone.counts).toEqual({ new: 1, revised: 1, unchanged: 0, skipped: 0 });
  });

  it("accepts what the rules allow: a negative flow that may be negative, a ratio of exactly 100, zero where negatives are impossible", () => {
    expect(errorsOf({ code: "DT-BC", value: "-12,5" })).toEqual([]);
    expect(errorsOf({ code: "TL-CB", value: "100" })).toEqual([]);
    expect(errorsOf({ code: "TB-DD", value: "-0" })).toEqual([]);
    expect(errorsOf({ code: "TB-DD", value: "1,2345" })).toEqual([]);
  });

  it("flags every occurrence of a code written twice, with the lines", () => {
    const result = validateImportRows([row({ line: 5, code: "TB-DD", value: "1" }), row({ line: 6, code: "DT-BC", value: "2" }), row({ line: 9, code: "tb-dd", value: "3" })], context());
    expect(result.rows.map((r) => r.errors)).toEqual([[{ key: "duplicateCode", values: { code: "TB-DD", lines: "5, 9" } }], [], [{ key: "duplicateCode", values: { code: "tb-dd", lines: "5, 9" } }]]);
    expect(result.errorCount).toBe(2);
    expect(result.values).toBeNull();
  });

  it("writes nothing when one row of many is wrong", () => {
    const result = validateImportRows([row({ code: "TB-DD", value: "1" }), row({ code: "DT-BC", value: "2" }), row({ code: "TL-CB", value: "120" })], context());
    expect(result.errorCount).toBe(1);
    expect(result.values).toBeNull();
  });

  it("tells new, revised (from what), unchanged and empty rows apart; an empty status keeps the earlier one", () => {
    const existing = {
      1: { value: "468112.0000", status: "official" as const, note: null, reportedGrowthPercent: "9.00", reportedPlanPercent: null },
      2: { value: "80.0000", status: "estimated" as const, note: null, reportedGrowthPercent: null, reportedPlanPercent: null },
    };
    const result = validateImportRows(
      [row({ code: "TB-DD", value: "468.112", growth: "9" }), row({ code: "DT-BC", value: "89,16" }), row({ code: "TL-CB", value: "" }), row({ name: "Trong đó:" })],
      context(existing),
    );
    expect(result.rows.map((r) => r.change.kind)).toEqual(["unchanged", "revised", "skipped", "skipped"]);
    expect(result.rows[1].change).toEqual({ kind: "revised", from: existing[2] });
    expect(result.rows[0].input?.status).toBe("official");
    expect(result.counts).toEqual({ new: 0, revised: 1, unchanged: 1, skipped: 2 });
    // Unchanged rows go to saveReportValues too, which leaves them alone; empty rows do not.
    expect(result.values?.map((v) => v.indicatorId)).toEqual([1, 2]);
  });

  it("a changed status or note alone is a revision", () => {
    const existing = { 1: { value: "5.0000", status: "estimated" as const, note: null, reportedGrowthPercent: null, reportedPlanPercent: null } };
    expect(validateImportRows([row({ code: "TB-DD", value: "5", status: "Chính thức" })], context(existing)).rows[0].change.kind).toBe("revised");
    expect(validateImportRows([row({ code: "TB-DD", value: "5", note: "đã rà soát" })], context(existing)).rows[0].change.kind).toBe("revised");
  });
});

describe("value status words", () => {
  it("match labels and keys whatever the case and accents", () => {
    expect(parseValueStatus("ƯỚC ĐẠT", STATUS_LABELS)).toBe("estimated");
    expect(parseValueStatus(" so bo ", STATUS_LABELS)).toBe("preliminary");
    expect(parseValueStatus("Official", STATUS_LABELS)).toBe("official");
    expect(parseValueStatus("tạm tính", STATUS_LABELS)).toBeNull();
  });
});
