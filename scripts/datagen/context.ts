import type { Rng } from "./rng";
import type { Target } from "./target";

export type ScaleName = "small" | "full";

/** How much to make. Full is the provincial-to-national volume; small is about 1/100 (with floors so every list has rows). */
export interface Scale {
  agencies: number;
  peoplePerAgency: number;
  users: number;
  conferences: number;
  tasks: number;
  indicators: number;
  reportingAgencies: number;
  years: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  full: { agencies: 300, peoplePerAgency: 3, users: 5_000, conferences: 100_000, tasks: 1_000_000, indicators: 200, reportingAgencies: 100, years: 10 },
  small: { agencies: 30, peoplePerAgency: 3, users: 50, conferences: 1_000, tasks: 10_000, indicators: 20, reportingAgencies: 10, years: 10 },
};

/** Marks generated agencies (code prefix) and users (username prefix): how the generator recognises its own data. */
export const GENERATED_AGENCY_PREFIX = "GEN-";
export const GENERATED_USER_PREFIX = "gen.";

export interface AgencyRef {
  id: number;
  code: string;
  name: string;
  kind: string;
}

export interface PersonRef {
  id: number;
  name: string;
  position: string;
  agencyId: number;
}

/** What the steps share: the target, the random stream, the calendar, and what earlier steps made. */
export interface GenContext {
  target: Target;
  rng: Rng;
  scale: Scale;
  /** The last year of data; conferences span [endYear - years + 1, endYear]. */
  endYear: number;
  /** Today in Vietnam as a day number (days since 1970-01-01): statuses before/after it differ. */
  today: number;
  /** Demo agency ids by code (BCVT, VP, STTTT, UBND …) and demo user ids by username. */
  demoAgencies: Map<string, number>;
  demoUsers: Map<string, number>;
  agencies: AgencyRef[];
  /** Agencies that lead and coordinate tasks and are invited (divisions, district offices, enterprises, and the demo units). */
  workingAgencies: number[];
  /** Heads of each agency (chair, issuer of directives). */
  headByAgency: Map<number, PersonRef>;
  people: PersonRef[];
  /** [agencyId, userId] of every unit officer, so a unit's reports are entered by one of its own officers. */
  unitOfficerAgencies: [number, number][];
  usersByRole: Record<"admin" | "secretariat" | "leader" | "unit_officer" | "viewer", number[]>;
  /** The next free id per table (ids are assigned here so child rows can point at them in the same COPY stream). */
  nextId: Map<string, number>;
  counts: Map<string, number>;
}

export function takeIds(ctx: GenContext, table: string, n: number): number {
  const first = ctx.nextId.get(table);
  if (first === undefined) throw new Error(`no id offset for ${table}`);
  ctx.nextId.set(table, first + n);
  return first;
}

export function addCount(ctx: GenContext, table: string, n: number): void {
  ctx.counts.set(table, (ctx.counts.get(table) ?? 0) + n);
}

export const DAY_MS = 86_400_000;

/** yyyy-MM-dd of a day number. */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The instant of hh:mm in Vietnam (UTC+7, no daylight saving) on a day. */
export function vnTime(day: number, hours: number, minutes = 0): Date {
  return new Date(day * DAY_MS + (hours - 7) * 3_600_000 + minutes * 60_000);
}

export function dayOf(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month - 1, date) / DAY_MS);
}

/** Monday–Friday: moves a Saturday or Sunday to the next Monday. */
export function workingDay(day: number): number {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}
