import { parseCalendarDate } from "@/lib/dates";

/*
 * Calendar arithmetic for the schedule views, in Asia/Ho_Chi_Minh (UTC+7 all year, no
 * daylight saving, so a fixed offset is exact). Calendar days are ISO strings
 * "2012-07-02"; instants are Dates. A conference at 23:30 UTC on Sunday is 06:30 on
 * Monday in Điện Biên, so it belongs to Monday's row.
 */
const DAY = 86_400_000;
const VN_OFFSET = 7 * 3_600_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The local calendar day of an instant. */
export function localDay(instant: Date): string {
  return iso(instant.getTime() + VN_OFFSET);
}

/** The instant local midnight of a calendar day begins. */
export function startOfLocalDay(day: string): Date {
  return new Date(dayMs(day) - VN_OFFSET);
}

export function addDays(day: string, days: number): string {
  return iso(dayMs(day) + days * DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(dayMs(day)).getUTCDay();
}

export interface WeekRange {
  monday: string;
  days: string[];
  /** [from, to) as instants. */
  from: Date;
  to: Date;
  previous: string;
  next: string;
}

/** The Monday–Sunday week containing `param` (any date in it); this week when missing or malformed. */
export function weekOf(param: string | undefined, now = new Date()): WeekRange {
  const day = parseCalendarDate(param) ?? localDay(now);
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return { monday, days, from: startOfLocalDay(monday), to: startOfLocalDay(addDays(monday, 7)), previous: addDays(monday, -7), next: addDays(monday, 7) };
}

export interface MonthRange {
  month: string;
  first: string;
  /** Whole weeks (Monday first) covering the month, for the grid. */
  weeks: string[][];
  from: Date;
  to: Date;
  previous: string;
  next: string;
}

/** The month "2012-07"; this month when missing or malformed. */
export function monthOf(param: string | undefined, now = new Date()): MonthRange {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(param ?? "");
  const month = match ? `${match[1]}-${match[2]}` : localDay(now).slice(0, 7);
  const [year, monthNumber] = month.split("-").map(Number);
  const first = `${month}-01`;
  const nextFirst = iso(Date.UTC(year, monthNumber, 1));
  const previous = iso(Date.UTC(year, monthNumber - 2, 1)).slice(0, 7);
  const weeks: string[][] = [];
  for (let monday = weekOf(first).monday; monday < nextFirst; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  return { month, first, weeks, from: startOfLocalDay(first), to: startOfLocalDay(nextFirst), previous, next: nextFirst.slice(0, 7) };
}

/** Rows grouped by their local day, in the order of `days`; days without rows are kept (empty). */
export function groupByLocalDay<T extends { startsAt: Date }>(rows: readonly T[], days: readonly string[]): { day: string; rows: T[] }[] {
  const byDay = new Map(days.map((day) => [day, [] as T[]]));
  for (const row of [...rows].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) byDay.get(localDay(row.startsAt))?.push(row);
  return days.map((day) => ({ day, rows: byDay.get(day) ?? [] }));
}

/** "02/07" for a calendar day. */
export function dayMonth(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}`;
}

/** "08h00", as weekly schedules write times. */
export function scheduleTime(instant: Date): string {
  const local = new Date(instant.getTime() + VN_OFFSET);
  return `${String(local.getUTCHours()).padStart(2, "0")}h${String(local.getUTCMinutes()).padStart(2, "0")}`;
}

/**
 * How many conferences each view shows on one day before it says how many more there
 * are. A department's week fits well under these; a province's year-end review week does
 * not (eighty conferences on a Monday), and the whole week stays one link away.
 */
export const SCHEDULE_DAY_LIMITS = { table: 20, weekGrid: 8, monthGrid: 4 } as const;

/** How many of a day's conferences a view leaves out: `shown` is the day's rows (each carries the day's total). */
export function hiddenOnDay(shown: readonly { dayTotal: number }[]): number {
  return shown.length > 0 ? shown[0].dayTotal - shown.length : 0;
}

/** The weekly table with every conference of the week, scrolled to `day`. */
export function wholeWeekHref(path: "/schedule" | "/lich-cong-tac", day: string): string {
  return `${path}?week=${day}&all=1#day-${day}`;
}
