/*
 * Reporting periods as codes, shared by conferences (the period a conference reviews) and
 * indicator reports (the period a value covers): 2012-M07, 2012-Q3, 2012-H1, 2012-H2,
 * 2012-9M, 2012-Y. Pure functions so pages, commands, the seed and the tests agree.
 *
 * Every period lies inside one calendar year; a report for "6 tháng đầu năm" covers
 * January to June. Calendar dates come out as "yyyy-MM-dd" strings (no time zone involved).
 */

export const PERIOD_REGEX = /^(\d{4})-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])|9M|Y)$/;

export type ParsedPeriod =
  | { year: number; unit: "H"; index: 1 | 2 }
  | { year: number; unit: "Q"; index: number }
  | { year: number; unit: "M"; index: number }
  | { year: number; unit: "9M" }
  | { year: number; unit: "Y" };

/** The kinds of period, shortest first (the order select boxes show them in). */
export type PeriodKind = ParsedPeriod["unit"];
export const periodKinds: readonly PeriodKind[] = ["M", "Q", "H", "9M", "Y"];

export function parsePeriod(code: string): ParsedPeriod | null {
  const match = PERIOD_REGEX.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  if (part === "Y") return { year, unit: "Y" };
  if (part === "9M") return { year, unit: "9M" };
  if (part.startsWith("H")) return { year, unit: "H", index: part === "H1" ? 1 : 2 };
  if (part.startsWith("Q")) return { year, unit: "Q", index: Number(part.slice(1)) };
  return { year, unit: "M", index: Number(part.slice(1)) };
}

export function periodKind(code: string): PeriodKind | null {
  return parsePeriod(code)?.unit ?? null;
}

/** The period the next conference of the same kind covers: H1→H2, H2→next H1, Q4→next Q1, M12→next M01, Y→next Y. */
export function nextPeriod(code: string | null | undefined): string | null {
  if (!code) return null;
  const p = parsePeriod(code);
  if (!p) return null;
  switch (p.unit) {
    case "Y":
      return `${p.year + 1}-Y`;
    case "9M":
      return `${p.year + 1}-9M`;
    case "H":
      return p.index === 1 ? `${p.year}-H2` : `${p.year + 1}-H1`;
    case "Q":
      return p.index === 4 ? `${p.year + 1}-Q1` : `${p.year}-Q${p.index + 1}`;
    case "M":
      return p.index === 12 ? `${p.year + 1}-M01` : `${p.year}-M${monthCode(p.index + 1)}`;
  }
}

const ROMAN = ["I", "II", "III", "IV"];

/** A message key under "periods" and its values: 2012-Q3 → { key: "Q", values: { quarter: "III", year: 2012 } }. */
export function periodLabelParts(code: string): { key: "H1" | "H2" | "Q" | "M" | "NineMonths" | "Y"; values: Record<string, string | number> } | null {
  const p = parsePeriod(code);
  if (!p) return null;
  switch (p.unit) {
    case "Y":
      return { key: "Y", values: { year: p.year } };
    case "9M":
      return { key: "NineMonths", values: { year: p.year } };
    case "H":
      return { key: p.index === 1 ? "H1" : "H2", values: { year: p.year } };
    case "Q":
      return { key: "Q", values: { quarter: ROMAN[p.index - 1], year: p.year } };
    case "M":
      return { key: "M", values: { month: p.index, year: p.year } };
  }
}

/** The label in Vietnamese without going through the messages (seed, exports, tests). */
export function periodLabelVi(code: string): string {
  const parts = periodLabelParts(code);
  if (!parts) return code;
  const { year, quarter, month } = parts.values;
  switch (parts.key) {
    case "H1":
      return `6 tháng đầu năm ${year}`;
    case "H2":
      return `6 tháng cuối năm ${year}`;
    case "Q":
      return `Quý ${quarter}/${year}`;
    case "M":
      return `Tháng ${month}/${year}`;
    case "NineMonths":
      return `9 tháng năm ${year}`;
    case "Y":
      return `Năm ${year}`;
  }
}

// ---- Calendar months, order, dates --------------------------------------------------------

/** The calendar months (1..12) the period covers: H2 → 7..12, 9M → 1..9, M07 → 7..7. */
export function periodMonths(code: string): { firstMonth: number; lastMonth: number } | null {
  const p = parsePeriod(code);
  if (!p) return null;
  switch (p.unit) {
    case "Y":
      return { firstMonth: 1, lastMonth: 12 };
    case "9M":
      return { firstMonth: 1, lastMonth: 9 };
    case "H":
      return p.index === 1 ? { firstMonth: 1, lastMonth: 6 } : { firstMonth: 7, lastMonth: 12 };
    case "Q":
      return { firstMonth: p.index * 3 - 2, lastMonth: p.index * 3 };
    case "M":
      return { firstMonth: p.index, lastMonth: p.index };
  }
}

/**
 * Whether the period runs from 1 January (H1, 9M, Y, Q1, M01). Only such a period can be set
 * against the annual plan as "đạt X% kế hoạch năm" without adding up earlier periods.
 */
export function isCumulativeFromYearStart(code: string): boolean {
  return periodMonths(code)?.firstMonth === 1;
}

/** The base of a year-on-year comparison ("so với cùng kỳ"): 2012-H1 → 2011-H1. */
export function samePeriodPreviousYear(code: string): string | null {
  const p = parsePeriod(code);
  if (!p || p.year === 0) return null;
  return `${String(p.year - 1).padStart(4, "0")}${code.slice(4)}`;
}

/**
 * A number that sorts periods chronologically by their last month, then shorter first, so a
 * trend chart reads M06, Q2, H1 (all ending in June) before M07: yyyy·mm·length, e.g.
 * 2012-H1 → 20120606, 2012-Q3 → 20120903. Null for an unknown code.
 */
export function periodSortKey(code: string): number | null {
  const p = parsePeriod(code);
  const months = periodMonths(code);
  if (!p || !months) return null;
  return p.year * 10_000 + months.lastMonth * 100 + (months.lastMonth - months.firstMonth + 1);
}

/** A comparator for Array.sort: chronological (see periodSortKey), unknown codes last. */
export function comparePeriods(a: string, b: string): number {
  const ka = periodSortKey(a) ?? Number.POSITIVE_INFINITY;
  const kb = periodSortKey(b) ?? Number.POSITIVE_INFINITY;
  if (ka === kb) return a < b ? -1 : a > b ? 1 : 0;
  return ka < kb ? -1 : 1;
}

/** Every period of one kind in a year, in order, for select boxes: (2012, "Q") → 2012-Q1 … 2012-Q4. */
export function periodsOfYear(year: number, kind: PeriodKind): string[] {
  const y = String(year).padStart(4, "0");
  switch (kind) {
    case "Y":
      return [`${y}-Y`];
    case "9M":
      return [`${y}-9M`];
    case "H":
      return [`${y}-H1`, `${y}-H2`];
    case "Q":
      return [1, 2, 3, 4].map((q) => `${y}-Q${q}`);
    case "M":
      return Array.from({ length: 12 }, (_, i) => `${y}-M${monthCode(i + 1)}`);
  }
}

/** First day of the period, "yyyy-MM-dd". */
export function periodStartDate(code: string): string | null {
  const p = parsePeriod(code);
  const months = periodMonths(code);
  if (!p || !months) return null;
  return isoDate(p.year, months.firstMonth - 1, 1);
}

/** Last day of the period, "yyyy-MM-dd" (2012-H1 → 2012-06-30, 2012-M02 → 2012-02-29). */
export function periodEndDate(code: string): string | null {
  const p = parsePeriod(code);
  const months = periodMonths(code);
  if (!p || !months) return null;
  // Day 0 of the following month is the last day of this one (leap years included).
  return isoDate(p.year, months.lastMonth, 0);
}

/** Units get this many days after the period ends to submit their figures, unless the secretariat sets another deadline. */
export const DEFAULT_SUBMISSION_DAYS = 10;

/** The default submission deadline: period end + 10 days (2012-H1 → 2012-07-10). */
export function defaultSubmissionDeadline(code: string): string | null {
  const p = parsePeriod(code);
  const months = periodMonths(code);
  if (!p || !months) return null;
  return isoDate(p.year, months.lastMonth, DEFAULT_SUBMISSION_DAYS);
}

function monthCode(month: number): string {
  return String(month).padStart(2, "0");
}

/**
 * Calendar arithmetic in UTC so no local time zone can shift the day; out-of-range days roll
 * over (day 0 = last day of the previous month). setUTCFullYear, not Date.UTC, because
 * Date.UTC reads years below 100 as 19xx.
 */
function isoDate(year: number, monthIndex: number, day: number): string {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.toISOString().slice(0, 10);
}
