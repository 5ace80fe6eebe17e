import { firstParam, type SearchParams } from "@/lib/search-params";
import { SCHEDULE_DAY_LIMITS, weekOf } from "./rules";

/**
 * The weekly table's parameters (/schedule and the public /lich-cong-tac): the week of
 * `?week=` (any day in it; this week without one) and, unless `?all=1` asks for the whole
 * week, how many conferences each day shows.
 */
export function weeklyTableParams(params: SearchParams) {
  const whole = firstParam(params.all) === "1";
  return { week: weekOf(firstParam(params.week)), whole, perDay: whole ? undefined : SCHEDULE_DAY_LIMITS.table };
}
