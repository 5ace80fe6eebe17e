import { and, count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { selectRows } from "@/db/raw-rows";
import { recentResult } from "@/lib/cache/recent-results";
import { agencies, conferences, directives, directiveSectors, tasks } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { parsePeriod } from "@/lib/periods";
import { visibleTasksCondition } from "./access";
import { awaitingAcceptanceCondition, taskFilterConditions, taskStatusCondition } from "./queries";
import { type OnTimeCompletionRate, onTimeRateFromCounts, type TaskStatus } from "./status";

/*
 * The secretariat's overview: how many tasks stand in each status, by lead unit and by
 * sector, and the on-time completion rate, for a conference, a period or a sector. One
 * GROUP BY query; the totals, the per-unit and the per-sector tables are folded from it.
 */

type Viewer = Pick<CurrentUser, "role" | "agencyId">;
type SearchParams = Record<string, string | string[] | undefined>;
type Sector = (typeof directiveSectors)[number];
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export interface OverviewFilters {
  conferenceId?: number;
  period?: string;
  sector?: Sector;
}

/** /tasks/overview?conference=&period=&sector= — the same parameter names as /tasks, so every count links there. */
export function parseOverviewParams(params: SearchParams): OverviewFilters {
  const conference = Number(first(params.conference));
  const period = first(params.period) ?? "";
  const sector = first(params.sector);
  return {
    conferenceId: Number.isInteger(conference) && conference > 0 ? conference : undefined,
    period: parsePeriod(period) ? period : undefined,
    sector: directiveSectors.find((s) => s === sector),
  };
}

export type StatusCounts = Record<TaskStatus, number> & { total: number; awaitingAcceptance: number };

export interface TaskOverview {
  totals: StatusCounts;
  rate: OnTimeCompletionRate;
  /** Lead units with at least one task, most overdue first. */
  byUnit: { agencyId: number; name: string; counts: StatusCounts; rate: OnTimeCompletionRate }[];
  /** Sectors with at least one task, in the sector list's order. */
  bySector: { sector: Sector; counts: StatusCounts; rate: OnTimeCompletionRate }[];
}

const emptyCounts = (): StatusCounts => ({ completed_on_time: 0, completed_late: 0, open_within_deadline: 0, open_overdue: 0, ongoing: 0, total: 0, awaitingAcceptance: 0 });

function addInto(target: StatusCounts, source: StatusCounts): void {
  for (const key of Object.keys(target) as (keyof StatusCounts)[]) target[key] += source[key];
}

const rateOf = (counts: StatusCounts) => onTimeRateFromCounts(counts.completed_on_time, counts.completed_late);

export async function loadTaskOverview(db: Db, viewer: Viewer, filters: OverviewFilters, today: string): Promise<TaskOverview> {
  // count(*) FILTER (WHERE …) per status, with the same conditions the task list filters by.
  const statusCount = (status: TaskStatus) => sql<number>`count(*) filter (where ${taskStatusCondition(status, today)})`.mapWith(Number);
  const query = db
    .select({
      agencyId: tasks.leadAgencyId,
      name: agencies.name,
      sector: directives.sector,
      completed_on_time: statusCount("completed_on_time"),
      completed_late: statusCount("completed_late"),
      open_within_deadline: statusCount("open_within_deadline"),
      open_overdue: statusCount("open_overdue"),
      ongoing: statusCount("ongoing"),
      awaitingAcceptance: sql<number>`count(*) filter (where ${awaitingAcceptanceCondition()})`.mapWith(Number),
      total: count(),
    })
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .$dynamic();
  // Only the period is read from the conference: without it, one probe less for each counted task (a unit's ~6 400).
  if (filters.period) query.innerJoin(conferences, eq(conferences.id, directives.conferenceId));
  const rows = await query
    .where(and(visibleTasksCondition(db, viewer), ...taskFilterConditions({ ...filters, dueSoon: false, awaitingAcceptance: false }, today)))
    .groupBy(tasks.leadAgencyId, agencies.name, directives.sector);

  const totals = emptyCounts();
  const units = new Map<number, { agencyId: number; name: string; counts: StatusCounts }>();
  const sectors = new Map<Sector, StatusCounts>();
  for (const row of rows) {
    const counts: StatusCounts = { ...row };
    addInto(totals, counts);
    const unit = units.get(row.agencyId) ?? { agencyId: row.agencyId, name: row.name, counts: emptyCounts() };
    addInto(unit.counts, counts);
    units.set(row.agencyId, unit);
    const sector = sectors.get(row.sector) ?? emptyCounts();
    addInto(sector, counts);
    sectors.set(row.sector, sector);
  }
  const byUnit = [...units.values()]
    .sort((a, b) => b.counts.open_overdue - a.counts.open_overdue || b.counts.total - a.counts.total || a.name.localeCompare(b.name, "vi"))
    .map((unit) => ({ ...unit, rate: rateOf(unit.counts) }));
  const bySector = directiveSectors.filter((s) => sectors.has(s)).map((sector) => ({ sector, counts: sectors.get(sector)!, rate: rateOf(sectors.get(sector)!) }));
  return { totals, rate: rateOf(totals), byUnit, bySector };
}

/** How long another app server may show overview counts computed before a change (twice that while their refresh runs; this server recomputes at once). */
export const OVERVIEW_MAX_AGE_MS = 60_000;

/**
 * loadTaskOverview through the short-lived memo (lib/cache/recent-results.ts): the counts
 * read every task the viewer may see, seconds at provincial scale, and the secretariat
 * reopens the page again and again. Keyed by what the result depends on: whose tasks (all,
 * or one unit's), the filters and the day (statuses turn overdue at midnight).
 */
export function loadRecentTaskOverview(db: Db, viewer: Viewer, filters: OverviewFilters, today: string) {
  const scope = viewer.role === "unit_officer" ? `unit:${viewer.agencyId}` : "all";
  const key = JSON.stringify(["task-overview", scope, filters.conferenceId, filters.period, filters.sector, today]);
  return recentResult(key, OVERVIEW_MAX_AGE_MS, () => loadTaskOverview(db, viewer, filters, today));
}

/**
 * The periods that conferences with directives reviewed, newest first, for the filter. A
 * DISTINCT over the join read every directive (290 ms at 280 000); this walks the period
 * index one distinct value at a time (a "loose index scan": a few dozen index probes) and
 * keeps the periods where some conference has a directive.
 */
export async function listReviewedPeriods(db: Db): Promise<string[]> {
  const rows = await selectRows<{ period: string }>(
    db,
    sql`
    with recursive periods(period) as (
      select min(${conferences.reviewedPeriod}) from ${conferences}
      union all
      select (select min(c.reviewed_period) from ${conferences} c where c.reviewed_period > periods.period)
      from periods where periods.period is not null
    )
    select period from periods
    where period is not null
      and exists (
        select 1 from ${conferences} c join ${directives} d on d.conference_id = c.id where c.reviewed_period = periods.period
      )
    order by period desc`,
  );
  return rows.map((row) => row.period);
}
