import Decimal from "decimal.js";
import { type IndicatorKind, type ValueStatus, valueStatuses } from "@/db/schema";
import { type FileDecimalMark, type FileNumber, readFileNumber, SPREADSHEET_DECIMAL_MARK } from "./import-decimal";
import { normalizeText, type RawImportRow } from "./import-parse";
import type { ValueInput } from "./report-values";

/*
 * What the rows of an import file mean for one report, as a pure function: every row gets
 * all of its errors at once (so one preview shows everything to fix) and, when it is valid,
 * what writing it would change. The values to write exist only when no row has an error:
 * an import is all or nothing.
 */

export interface ImportIndicator {
  id: number;
  code: string;
  nameVi: string;
  unit: string;
  kind: IndicatorKind;
  nonNegative: boolean;
  /** Whether the report's agency reports it in the report's period. */
  reported: boolean;
}

export interface ExistingValue {
  /** Null when only a comparison was reported. */
  value: string | null;
  status: ValueStatus;
  note: string | null;
  reportedGrowthPercent: string | null;
  reportedPlanPercent: string | null;
}

export interface ImportContext {
  /** The catalogue's indicators named in the file, by normalizeCode(code). */
  indicators: ReadonlyMap<string, ImportIndicator>;
  /** The report's current values, by indicator id. */
  existing: ReadonlyMap<number, ExistingValue>;
  /** Every accepted spelling of each value status (the labels in each language). */
  statusLabels: Readonly<Record<ValueStatus, readonly string[]>>;
  /** The file's decimal mark (import-decimal.ts); an .xlsx's when absent. */
  decimalMark?: FileDecimalMark;
}

export const rowErrorKeys = [
  "missingCode",
  "unknownCode",
  "notReported",
  "duplicateCode",
  "wrongUnit",
  "valueMissing",
  "notANumber",
  "tooManyDecimals",
  "tooLarge",
  "negative",
  "ratioAbove100",
  "unknownStatus",
  "growthNotANumber",
  "growthOutOfRange",
  "planNotANumber",
  "planOutOfRange",
  "noteTooLong",
  "ambiguousNumber",
] as const;
export type RowErrorKey = (typeof rowErrorKeys)[number];

export interface RowError {
  key: RowErrorKey;
  values?: Record<string, string>;
}

export type RowChange = { kind: "new" } | { kind: "revised"; from: ExistingValue } | { kind: "unchanged" } | { kind: "skipped" } | { kind: "invalid" };

export interface ValidatedRow {
  raw: RawImportRow;
  indicator: ImportIndicator | null;
  /** What would be written: present for a valid row that has a value. */
  input: Omit<ValueInput, "expectedVersion"> | null;
  errors: RowError[];
  change: RowChange;
}

export interface ImportValidation {
  rows: ValidatedRow[];
  errorCount: number;
  counts: { new: number; revised: number; unchanged: number; skipped: number };
  /** The values for saveReportValues, only when no row has an error. */
  values: ValueInput[] | null;
}

export const MAX_NOTE_LENGTH = 1000;
const MAX_INTEGER_DIGITS = 16; // numeric(20,4)
const MAX_DECIMALS = 4;
const MAX_PERCENT_INTEGER_DIGITS = 7; // numeric(9,2)
const MAX_PERCENT_DECIMALS = 2;

export function normalizeCode(code: string): string {
  return code.normalize("NFC").replace(/\s+/g, "").toUpperCase();
}

/** "Ước đạt", "uoc dat", "ƯỚC ĐẠT" and "estimated" are the same status. */
function statusKey(value: string): string {
  return normalizeText(value).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

export function parseValueStatus(text: string, labels: ImportContext["statusLabels"]): ValueStatus | null {
  const key = statusKey(text);
  return valueStatuses.find((status) => statusKey(status) === key || labels[status].some((label) => statusKey(label) === key)) ?? null;
}

function digits(value: string): { integer: number; fraction: number } {
  const [integer, fraction = ""] = value.replace(/^-/, "").split(".");
  return { integer: integer.replace(/^0+(?=\d)/, "").length, fraction: fraction.length };
}

/** A number that reads two ways in a file whose decimal mark is open is flagged, not guessed. */
function ambiguous(text: string, parsed: FileNumber, errors: RowError[]): boolean {
  if (parsed.ok || !("ambiguous" in parsed)) return false;
  errors.push({ key: "ambiguousNumber", values: { text, comma: parsed.ambiguous.comma, dot: parsed.ambiguous.dot } });
  return true;
}

/** A percentage column: "9", "+9", "9%", "-3,5" → decimal string; errors under the column's own keys. */
function parsePercent(text: string, mark: FileDecimalMark, errors: RowError[], keys: { nan: RowErrorKey; range: RowErrorKey }): string | null {
  if (text === "") return null;
  const parsed = readFileNumber(text.replace(/%\s*$/, "").replace(/^\s*\+/, ""), mark);
  if (!parsed.ok) {
    if (!ambiguous(text, parsed, errors)) errors.push({ key: keys.nan });
    return null;
  }
  const size = digits(parsed.value);
  if (size.integer > MAX_PERCENT_INTEGER_DIGITS || size.fraction > MAX_PERCENT_DECIMALS) {
    errors.push({ key: keys.range });
    return null;
  }
  return parsed.value;
}

function parseValue(text: string, mark: FileDecimalMark, indicator: ImportIndicator | null, errors: RowError[]): string | null {
  const parsed = readFileNumber(text, mark);
  if (!parsed.ok) {
    if (!ambiguous(text, parsed, errors)) errors.push({ key: "notANumber", values: { text } });
    return null;
  }
  const size = digits(parsed.value);
  if (size.fraction > MAX_DECIMALS) {
    errors.push({ key: "tooManyDecimals" });
    return null;
  }
  if (size.integer > MAX_INTEGER_DIGITS) {
    errors.push({ key: "tooLarge" });
    return null;
  }
  const value = new Decimal(parsed.value);
  if (indicator?.nonNegative && value.isNegative() && !value.isZero()) errors.push({ key: "negative" });
  if (indicator?.kind === "ratio" && value.greaterThan(100)) errors.push({ key: "ratioAbove100" });
  return parsed.value;
}

const sameDecimal = (a: string | null, b: string | null) => (a === null || b === null ? a === b : new Decimal(a).equals(new Decimal(b)));

function changeOf(existing: ExistingValue | undefined, input: NonNullable<ValidatedRow["input"]>): RowChange {
  if (!existing) return { kind: "new" };
  const same =
    sameDecimal(existing.value, input.value) &&
    existing.status === input.status &&
    (existing.note ?? null) === input.note &&
    sameDecimal(existing.reportedGrowthPercent, input.reportedGrowthPercent) &&
    sameDecimal(existing.reportedPlanPercent, input.reportedPlanPercent);
  return same ? { kind: "unchanged" } : { kind: "revised", from: existing };
}

function validateRow(raw: RawImportRow, ctx: ImportContext, duplicateLines: readonly number[]): ValidatedRow {
  const errors: RowError[] = [];
  const hasData = [raw.value, raw.status, raw.note, raw.growth, raw.plan].some((text) => text !== "");
  let indicator: ImportIndicator | null = null;
  if (raw.code === "") {
    // A row with neither a code nor any figure (a heading someone typed) changes nothing.
    if (!hasData) return { raw, indicator: null, input: null, errors, change: { kind: "skipped" } };
    errors.push({ key: "missingCode" });
  } else {
    indicator = ctx.indicators.get(normalizeCode(raw.code)) ?? null;
    if (!indicator) errors.push({ key: "unknownCode", values: { code: raw.code } });
    else if (!indicator.reported) errors.push({ key: "notReported", values: { code: raw.code } });
    if (duplicateLines.length > 1) errors.push({ key: "duplicateCode", values: { code: raw.code, lines: duplicateLines.join(", ") } });
    if (indicator && raw.unit !== "" && normalizeText(raw.unit) !== normalizeText(indicator.unit)) {
      errors.push({ key: "wrongUnit", values: { unit: raw.unit, expected: indicator.unit } });
    }
  }

  // Sources often give "tăng 53%" without the figure: a comparison alone is kept as reported.
  const comparisonOnly = raw.value === "" && (raw.growth !== "" || raw.plan !== "");
  if (raw.value === "" && !comparisonOnly) {
    // An empty value changes nothing (a figure once entered is never blanked by an import),
    // but comments or a status without a figure mean the figure was forgotten.
    if (hasData) errors.push({ key: "valueMissing" });
    return { raw, indicator, input: null, errors, change: errors.length > 0 ? { kind: "invalid" } : { kind: "skipped" } };
  }
  const existing = indicator ? ctx.existing.get(indicator.id) : undefined;
  // Without a figure in the file, the one already stored (if any) stays.
  const mark = ctx.decimalMark ?? SPREADSHEET_DECIMAL_MARK;
  const value = comparisonOnly ? (existing?.value ?? null) : parseValue(raw.value, mark, indicator, errors);
  let status: ValueStatus | null = existing?.status ?? "estimated";
  if (raw.status !== "") {
    status = parseValueStatus(raw.status, ctx.statusLabels);
    if (!status) errors.push({ key: "unknownStatus", values: { status: raw.status } });
  }
  if (raw.note.length > MAX_NOTE_LENGTH) errors.push({ key: "noteTooLong", values: { max: String(MAX_NOTE_LENGTH) } });
  const reportedGrowthPercent = parsePercent(raw.growth, mark, errors, { nan: "growthNotANumber", range: "growthOutOfRange" });
  const reportedPlanPercent = parsePercent(raw.plan, mark, errors, { nan: "planNotANumber", range: "planOutOfRange" });

  if (errors.length > 0 || !indicator || (!comparisonOnly && value === null) || status === null) return { raw, indicator, input: null, errors, change: { kind: "invalid" } };
  const input = { indicatorId: indicator.id, value, status, note: raw.note === "" ? null : raw.note, reportedGrowthPercent, reportedPlanPercent };
  return { raw, indicator, input, errors, change: changeOf(existing, input) };
}

export function validateImportRows(rows: readonly RawImportRow[], ctx: ImportContext): ImportValidation {
  const linesByCode = new Map<string, number[]>();
  for (const row of rows) {
    if (row.code === "") continue;
    const code = normalizeCode(row.code);
    linesByCode.set(code, [...(linesByCode.get(code) ?? []), row.line]);
  }
  const validated = rows.map((row) => validateRow(row, ctx, row.code === "" ? [] : (linesByCode.get(normalizeCode(row.code)) ?? [])));
  const counts = { new: 0, revised: 0, unchanged: 0, skipped: 0 };
  let errorCount = 0;
  for (const row of validated) {
    if (row.errors.length > 0) errorCount++;
    else if (row.change.kind !== "invalid") counts[row.change.kind]++;
  }
  const values =
    errorCount === 0 ? validated.flatMap((row) => (row.input ? [{ ...row.input, expectedVersion: "any" as const }] : [])) : null;
  return { rows: validated, errorCount, counts, values };
}
