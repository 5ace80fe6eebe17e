import { SCHEDULE_DAY_LIMITS, weekOf } from "./rules";

/** A search parameter as one string (Next gives string | string[] | undefined). */
export function oneParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The weekly table's parameters (/schedule and the public /lich-cong-tac): the week of
 * `?week=` (any day in it; this week without one) and, unless `?all=1` asks for the whole
 * week, how many conferences each day shows.
 */
export function weeklyTableParams(params: Record<string, string | string[] | undefined>) {
  const whole = oneParam(params.all) === "1";
  return { week: weekOf(oneParam(params.week)), whole, perDay: whole ? undefined : SCHEDULE_DAY_LIMITS.table };
}
