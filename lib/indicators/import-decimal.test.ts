import { describe, expect, it } from "vitest";
import { decideDecimalMark, hintMark, readFileNumber, readWithMark } from "./import-decimal";
import { parseCsvImport } from "./import-parse";
import { EN_LABELS, STATUS_LABELS, VI_LABELS } from "./import-test-helpers";
import { type ImportIndicator, normalizeCode, validateImportRows } from "./import-validate";

const LABELS = [VI_LABELS, EN_LABELS];
const indicator = (id: number, code: string): ImportIndicator => ({ id, code, nameVi: code, unit: "tỷ đồng", kind: "flow", nonNegative: true, reported: true });
const CATALOGUE = [indicator(1, "IN-DT"), indicator(2, "SACH-DT"), indicator(3, "VT-DT")];

/** What the rows of a CSV text would write, or their errors. */
function importCsv(text: string) {
  const file = parseCsvImport(text, LABELS);
  const validation = validateImportRows(file.rows, {
    indicators: new Map(CATALOGUE.map((i) => [normalizeCode(i.code), i])),
    existing: new Map(),
    statusLabels: STATUS_LABELS,
    decimalMark: file.decimalMark,
  });
  return { mark: file.decimalMark, values: validation.values?.map((v) => v.value) ?? null, errors: validation.rows.flatMap((r) => r.errors.map((e) => [r.raw.line, e.key])) };
}

describe("the decimal mark of an import file", () => {
  it("read a file LibreOffice wrote in an English locale (',' between fields, '.' in numbers) with the point: 5.125 and 2.067 are not thousands", () => {
    const text = ["Indicator code,Value", "IN-DT,47.25", "SACH-DT,5.125", "VT-DT,2.067", ""].join("\n");
    expect(importCsv(text)).toEqual({ mark: { mark: ".", source: "values" }, values: ["47.25", "5.125", "2.067"], errors: [] });
  });

  it("read the same numbers the Vietnamese way in a ';' file, where the separator tells", () => {
    expect(importCsv("Mã chỉ tiêu;Giá trị\nIN-DT;2.067\nSACH-DT;468.112\n")).toEqual({ mark: { mark: ",", source: "separator" }, values: ["2067", "468112"], errors: [] });
  });

  it("follow the template's 'Dấu thập phân' line when the numbers do not tell", () => {
    const text = "Dấu thập phân;.\n\nMã chỉ tiêu;Giá trị\nIN-DT;2.067\n";
    expect(importCsv(text)).toEqual({ mark: { mark: ".", source: "hint" }, values: ["2.067"], errors: [] });
  });

  it("flag numbers that read two ways when the file contradicts itself or tells nothing, instead of guessing", () => {
    const mixed = importCsv("Mã chỉ tiêu;Giá trị\nIN-DT;47.25\nSACH-DT;13,6\nVT-DT;2.067\n");
    expect(mixed.mark).toEqual({ mark: null, source: "conflict" });
    expect(mixed.values).toBeNull();
    expect(mixed.errors).toEqual([[4, "ambiguousNumber"]]);
    const tabs = importCsv("Mã chỉ tiêu\tGiá trị\nIN-DT\t2.067\nSACH-DT\t15\n");
    expect(tabs.mark).toEqual({ mark: null, source: "undecided" });
    expect(tabs.errors).toEqual([[2, "ambiguousNumber"]]);
  });

  it("read numbers strictly with a given mark, and say which readings a number has", () => {
    expect(readWithMark("1,234.5", ".")).toEqual({ ok: true, value: "1234.5" });
    expect(readWithMark("1.234,5", ",")).toEqual({ ok: true, value: "1234.5" });
    expect(readWithMark("47.25", ",")).toEqual({ ok: false });
    expect(readWithMark("13,6", ".")).toEqual({ ok: false });
    expect(readFileNumber("2.067", { mark: null, source: "undecided" })).toEqual({ ok: false, ambiguous: { comma: "2067", dot: "2.067" } });
    expect(readFileNumber("15", { mark: null, source: "undecided" })).toEqual({ ok: true, value: "15" });
    expect(decideDecimalMark(["9%".replace("%", ""), ""], null, "\t")).toEqual({ mark: null, source: "undecided" });
    expect([hintMark("dấu phẩy"), hintMark("."), hintMark("Comma"), hintMark("?")]).toEqual([",", ".", ",", null]);
  });
});
