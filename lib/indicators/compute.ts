import Decimal from "decimal.js";
import type { IndicatorKind } from "@/db/schema";
import { formatNumber } from "@/lib/format";

/*
 * The arithmetic of indicator reports as pure functions on decimal STRINGS ("89.16",
 * "468112"), exactly as PostgreSQL returns numeric columns. A JS number would turn 89.16
 * into 89.15999… after a sum or a division, and the report would no longer say what the
 * unit wrote; decimal.js computes in base 10, so 13.6 + 89.16 is exactly 102.76.
 * Rounding happens only at the end (percentages to 2 places, display to the indicator's
 * decimal places) and always half-up, as officials round by hand.
 */

/** A private constructor: 60 significant digits covers any numeric(…) we store, and the global Decimal settings stay untouched. */
const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
type Dec = InstanceType<typeof D>;

/** A decimal string as stored, or nothing (no value, no plan, no base). */
export type DecimalInput = string | null | undefined;

/**
 * Null for a missing value. PostgreSQL numeric can also hold NaN/Infinity: those are no
 * usable base either, so they count as missing. Anything else that is not a number is a
 * programming error (values reach here from the database or parseDecimalInput) and throws.
 */
function toDecimal(value: DecimalInput): Dec | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  const d = new D(value.trim());
  return d.isFinite() ? d : null;
}

/**
 * The same figure as an integer and a count of decimal places (-12.50 → -1250n, 2). The
 * comparisons every report row makes (% of plan, year on year, disagreements, a part above
 * its whole) run on these: exact like a Decimal, and about ten times cheaper, which a table
 * of 200 indicators renders on every view. A figure not in PostgreSQL's plain notation
 * (NaN, Infinity, an exponent) goes through toDecimal, so both readings agree on everything.
 */
interface Scaled {
  units: bigint;
  places: number;
}

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d*))?$/;
const POWERS_OF_TEN: bigint[] = [];
function tenTo(exponent: number): bigint {
  POWERS_OF_TEN[exponent] ??= 10n ** BigInt(exponent);
  return POWERS_OF_TEN[exponent];
}

function toScaled(value: DecimalInput): Scaled | null {
  if (value === null || value === undefined) return null;
  const match = PLAIN_DECIMAL.exec(value.trim());
  if (!match) {
    const decimal = toDecimal(value);
    return decimal ? toScaled(fixed(decimal)) : null;
  }
  const [, sign, whole, fraction = ""] = match;
  return { units: BigInt(`${sign}${whole}${fraction}`), places: fraction.length };
}

/** a − b, exactly, at the larger number of places. */
function difference(a: Scaled, b: Scaled): bigint {
  const places = Math.max(a.places, b.places);
  return a.units * tenTo(places - a.places) - b.units * tenTo(places - b.places);
}

/** numerator ÷ denominator (denominator > 0) rounded half-up (away from zero) to an integer. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const magnitude = numerator < 0n ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  return numerator < 0n ? -quotient : quotient;
}

/** value × 100 ÷ base in hundredths, rounded half-up: the percentage with two places, as an integer. */
function percentInHundredths(value: Scaled, base: Scaled): bigint {
  return divideHalfUp(value.units * tenTo(base.places + 4), base.units * tenTo(value.places));
}

/** Hundredths as "96.51", "-3.49", "0.00" (never "-0.00"). */
function fromHundredths(hundredths: bigint): string {
  const digits = (hundredths < 0n ? -hundredths : hundredths).toString().padStart(3, "0");
  return `${hundredths < 0n ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Plain notation, never "-0" (decimal.js keeps the sign of a negative zero, a report must not). */
function fixed(value: Dec, decimals?: number): string {
  const text = decimals === undefined ? value.toFixed() : value.toFixed(decimals, D.ROUND_HALF_UP);
  return /^-[0.]+$/.test(text) ? text.slice(1) : text;
}

/**
 * "đạt X% kế hoạch năm": value / plan × 100, rounded half-up to 2 places ("50.00").
 * Null when there is no value or no plan, and when the plan is zero or negative: a
 * percentage of nothing is not a figure anyone set, and the app never invents a base.
 */
export function percentOfPlan(value: DecimalInput, plan: DecimalInput): string | null {
  const v = toScaled(value);
  const p = toScaled(plan);
  if (!v || !p || p.units <= 0n) return null;
  return fromHundredths(percentInHundredths(v, p));
}

export interface YearOnYear {
  /** "bằng X% so với cùng kỳ": value / previous × 100, 2 places. */
  ratio: string;
  /** "tăng/giảm X%": ratio − 100, 2 places. */
  growth: string;
}

/**
 * Year-on-year both as the ratio and the growth officials quote (109% ratio = 9% growth).
 * Growth is derived from the ROUNDED ratio so the two always read consistently (109,00 and
 * 9,00, never 96,51 beside −3,50). Null when either figure is missing or the base is zero
 * or negative: against a negative base (a loss) the ratio would read backwards.
 */
export function yearOnYear(value: DecimalInput, previous: DecimalInput): YearOnYear | null {
  const v = toScaled(value);
  const p = toScaled(previous);
  if (!v || !p || p.units <= 0n) return null;
  const ratio = percentInHundredths(v, p);
  return { ratio: fromHundredths(ratio), growth: fromHundredths(ratio - 10_000n) };
}

/** "tăng 9%", "giảm 3,5%", "không đổi"; "" when there is no growth figure. Trailing zeros go (9,00 → 9). */
export function describeGrowthVi(growth: DecimalInput): string {
  const g = toDecimal(growth);
  if (!g) return "";
  if (g.isZero()) return "không đổi";
  return `${g.isNegative() ? "giảm" : "tăng"} ${formatNumber(fixed(g.abs()))}%`;
}

/** "bằng 109% cùng kỳ, tăng 9%"; "bằng 100% cùng kỳ" when nothing changed; "" without a comparison. */
export function describeYearOnYearVi(yoy: YearOnYear | null | undefined): string {
  if (!yoy) return "";
  const ratio = `bằng ${formatNumber(fixed(new D(yoy.ratio)))}% cùng kỳ`;
  return new D(yoy.growth).isZero() ? ratio : `${ratio}, ${describeGrowthVi(yoy.growth)}`;
}

/** "đạt 50% kế hoạch năm"; "" without a percentage. */
export function describePercentOfPlanVi(percent: DecimalInput): string {
  const p = toDecimal(percent);
  return p ? `đạt ${formatNumber(fixed(p))}% kế hoạch năm` : "";
}

function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, v) => total.plus(v), new D(0));
}

/**
 * The department's consolidated figure from the reporting agencies' values (one entry per
 * agency that must report). Flows (revenue, hours) and stocks (subscribers at period end)
 * add up across agencies. Ratios never do: 94% of officials in one agency and 30% in
 * another is not 124%, and without the numerators and denominators no honest average
 * exists, so the result is null and the secretariat enters the province's ratio itself.
 * Null as well when any agency's value is missing or there are none, so a partial sum is
 * never shown as the total.
 */
export function consolidate(kind: IndicatorKind, values: readonly DecimalInput[]): string | null {
  if (kind === "ratio" || values.length === 0) return null;
  const decimals = values.map(toDecimal);
  if (decimals.some((d) => d === null)) return null;
  return fixed(sum(decimals as Dec[]));
}

export interface MonthlyValue {
  /** 1..12 */
  month: number;
  value: DecimalInput;
}

/**
 * One agency's figure for a longer period (a quarter, H1, 9M, the year) from its monthly
 * values: a flow is the sum of the months (null if any month is missing, rather than an
 * understated total); a stock or a ratio is what it was at the end, the last month's value.
 * Null for an invalid month range or when a month in the range appears twice (which
 * value counts would be a guess).
 */
export function aggregateMonths(kind: IndicatorKind, monthlyValues: readonly MonthlyValue[], firstMonth: number, lastMonth: number): string | null {
  const validMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;
  if (!validMonth(firstMonth) || !validMonth(lastMonth) || firstMonth > lastMonth) return null;
  const byMonth = new Map<number, DecimalInput>();
  for (const { month, value } of monthlyValues) {
    if (month < firstMonth || month > lastMonth) continue;
    if (byMonth.has(month)) return null;
    byMonth.set(month, value);
  }
  if (kind !== "flow") {
    const last = toDecimal(byMonth.get(lastMonth));
    return last ? fixed(last) : null;
  }
  const months: Dec[] = [];
  for (let m = firstMonth; m <= lastMonth; m++) {
    const d = toDecimal(byMonth.get(m));
    if (!d) return null;
    months.push(d);
  }
  return fixed(sum(months));
}

/**
 * Whether a computed percentage (% of plan, ratio or growth) and the one the unit reported
 * disagree by more than `tolerance` percentage points. Writers round ("+9%" for a computed
 * 8,7%), so small gaps agree. False when either is missing: nothing to compare.
 */
export function comparisonsDisagree(computed: DecimalInput, reported: DecimalInput, tolerance: string = "0.5"): boolean {
  const c = toScaled(computed);
  const r = toScaled(reported);
  const allowed = toScaled(tolerance);
  if (!c || !r || !allowed) return false;
  const gap = difference(c, r);
  const distance = { units: gap < 0n ? -gap : gap, places: Math.max(c.places, r.places) };
  return difference(distance, allowed) > 0n;
}

/** "Trong đó" warning: a part larger than its whole (local radio hours above provincial radio hours) is a typing error somewhere. */
export function subIndicatorExceedsParent(child: DecimalInput, parent: DecimalInput): boolean {
  const c = toScaled(child);
  const p = toScaled(parent);
  return c !== null && p !== null && difference(c, p) > 0n;
}

/** Rounded half-up to the indicator's decimal places, for display and export only; stored values keep every digit. */
export function roundForDisplay(value: string, decimals: number): string;
export function roundForDisplay(value: DecimalInput, decimals: number): string | null;
export function roundForDisplay(value: DecimalInput, decimals: number): string | null {
  const d = toDecimal(value);
  return d ? fixed(d, decimals) : null;
}

export type ParsedDecimalInput = { ok: true; value: string } | { ok: false };

/** 1.234 or 1.234.567: thousands groups as Vietnamese write them (a leading "0" group is not one). */
const THOUSANDS_GROUPED = /^[1-9]\d{0,2}(\.\d{3})+$/;

/**
 * A number as a Vietnamese user types it or a spreadsheet pastes it, as a decimal string
 * with "." for the decimal mark and no grouping ("1.234,5" → "1234.5").
 * - "," is always the decimal mark (vi-VN): "13,6", "89,16", "4,8". Two commas ("1,2,3") are refused.
 * - "." groups thousands when every group after it has exactly three digits: "468.112",
 *   "1.234.567", "1.234,5". Otherwise a single "." is a decimal point, as in a spreadsheet
 *   in an English locale: "13.6", "0.123", "1234.567".
 * - AMBIGUOUS: "2.067" is read as 2067 (the vi-VN convention), although an English
 *   spreadsheet would mean 2,067. A vi-VN preview prints 2067 as "2.067" too, so it cannot
 *   reveal the misreading: imports should take numeric XLSX cells as numbers, not as text.
 * - Spaces (also non-breaking) are dropped; a leading "-" (or the typographic "−") is allowed.
 * Anything else ("", "abc", "1,2,3", ",5", "5.") is refused rather than guessed.
 */
export function parseDecimalInput(text: string): ParsedDecimalInput {
  let s = text.replace(/\s/g, "").replace(/^\u2212/, "-");
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  if (s.length === 0 || s.length > 100 || !/^[\d.,]+$/.test(s)) return { ok: false };
  let integer: string;
  let fraction = "";
  const comma = s.split(",");
  if (comma.length > 2) return { ok: false };
  if (comma.length === 2) {
    [integer, fraction] = comma;
    if (!/^\d+$/.test(fraction)) return { ok: false };
    if (THOUSANDS_GROUPED.test(integer)) integer = integer.replace(/\./g, "");
    else if (!/^\d+$/.test(integer)) return { ok: false };
  } else if (THOUSANDS_GROUPED.test(s)) {
    integer = s.replace(/\./g, "");
  } else {
    const match = /^(\d+)(?:\.(\d+))?$/.exec(s);
    if (!match) return { ok: false };
    integer = match[1];
    fraction = match[2] ?? "";
  }
  const value = new D(`${negative ? "-" : ""}${integer}${fraction ? `.${fraction}` : ""}`);
  return { ok: true, value: fixed(value) };
}
