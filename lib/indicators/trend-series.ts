import type { IndicatorKind } from "@/db/schema";
import { isCumulativeFromYearStart, parsePeriod, type PeriodKind, periodKinds, samePeriodPreviousYear } from "@/lib/periods";
import { percentOfPlan, type YearOnYear, yearOnYear } from "./compute";
import type { TrendValue } from "./trend-queries";
import { withFields } from "@/lib/rows";

/*
 * From one agency's values of an indicator to the rows of its trend chart: one kind of period
 * at a time (quarters and half-years mixed on one axis would double count), each with the
 * computed comparisons where their base is in the system, and never an invented base.
 */

/** Period kinds compared with the annual plan on the chart (the plan is set for the year). */
export const PLAN_PERIOD_KINDS: readonly PeriodKind[] = ["H", "9M", "Y"];

export interface TrendPoint extends TrendValue {
  /** The annual plan of the period's year, when the period can be set against it. */
  plan: string | null;
  percentOfPlan: string | null;
  /** The same period a year earlier, when that value is in the system. */
  previousValue: string | null;
  yearOnYear: YearOnYear | null;
}

export interface Trend {
  /** Kinds of period with values, and how many, in periodKinds order. */
  kinds: { kind: PeriodKind; count: number }[];
  /** The kind shown: the one asked for if it has values, else the one with the most values. */
  kind: PeriodKind | null;
  points: TrendPoint[];
  /** Whether any point has a plan (draw the plan-vs-actual chart). */
  hasPlan: boolean;
}

/**
 * A flow (revenue, hours) only reaches its annual plan cumulatively, so only a period that
 * starts on 1 January (H1, 9M, Y) can be set against it; a stock or a ratio is a level, and
 * its level at the end of any half-year can be read against the year's target.
 */
export function comparableWithPlan(kind: IndicatorKind, periodCode: string): boolean {
  const period = parsePeriod(periodCode);
  if (!period || !PLAN_PERIOD_KINDS.includes(period.unit)) return false;
  return kind !== "flow" || isCumulativeFromYearStart(periodCode);
}

/**
 * @param values one agency's counted values, oldest first (listTrendValues)
 * @param plans the indicator's annual plans
 */
export function buildTrend(indicatorKind: IndicatorKind, values: readonly TrendValue[], plans: readonly { year: number; target: string }[], requested?: PeriodKind): Trend {
  const counts = new Map<PeriodKind, number>();
  for (const value of values) {
    const unit = parsePeriod(value.periodCode)?.unit;
    if (unit) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  const kinds = periodKinds.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
  let kind: PeriodKind | null = requested !== undefined && counts.has(requested) ? requested : null;
  if (kind === null) {
    // The kind with the most values; ties go to the shorter period (more points, a richer trend).
    for (const entry of kinds) if (kind === null || entry.count > (counts.get(kind) ?? 0)) kind = entry.kind;
  }

  const byPeriod = new Map(values.map((value) => [value.periodCode, value.value]));
  const planByYear = new Map(plans.map((plan) => [plan.year, plan.target]));
  const points = values
    .filter((value) => parsePeriod(value.periodCode)?.unit === kind)
    .map((value): TrendPoint => {
      const year = parsePeriod(value.periodCode)?.year ?? 0;
      const plan = comparableWithPlan(indicatorKind, value.periodCode) ? (planByYear.get(year) ?? null) : null;
      const base = samePeriodPreviousYear(value.periodCode);
      const previousValue = base ? (byPeriod.get(base) ?? null) : null;
      return withFields(value, {
        plan,
        percentOfPlan: percentOfPlan(value.value, plan),
        previousValue,
        // A ratio's change is read in percentage points, not as a ratio of ratios.
        yearOnYear: indicatorKind === "ratio" ? null : yearOnYear(value.value, previousValue),
      });
    });
  return { kinds, kind, points, hasPlan: points.some((point) => point.plan !== null) };
}
