import { type AnyColumn, and, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { selectRows } from "@/db/raw-rows";
import { type Recent, recentResult } from "@/lib/cache/recent-results";
import { compareVi } from "@/lib/collation";
import { agencies, conferences, directives, directiveSectors, taskAgencies, tasks } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { parsePeriod } from "@/lib/periods";
import { ownTasksAgency, visibleTasksCondition } from "./access";
import { awaitingAcceptanceCondition, taskFilterConditions, taskStatusCondition, type TaskStatusColumns } from "./queries";
import { type OnTimeCompletionRate, onTimeRateFromCounts, type TaskStatus } from "./status";
import { withFields } from "@/lib/rows";
import { type SearchParams, firstParam } from "@/lib/search-params";

/*
 * The secretariat's overview: how many tasks stand in each status, by lead unit and by
 * sector, and the on-time completion rate, for a conference, a period or a sector. One
 * query with grouping sets gives the totals, the per-unit and the per-sector rows.
 */

type Viewer = Pick<CurrentUser, "role" | "agencyId">;
type Sector = (typeof directiveSectors)[number];

export interface OverviewFilters {
  conferenceId?: number;
  period?: string;
  sector?: Sector;
}

/** /tasks/overview?conference=&period=&sector= — the same parameter names as /tasks, so every count links there. */
export function parseOverviewParams(params: SearchParams): OverviewFilters {
  const conference = Number(firstParam(params.conference));
  const period = firstParam(params.period) ?? "";
  const sector = firstParam(params.sector);
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

const rateOf = (counts: StatusCounts) => onTimeRateFromCounts(counts.completed_on_time, counts.completed_late);

/** The counts of each status (and awaiting acceptance, and all) over the rows grouped, read from `from`. */
function statusCounts(from: TaskStatusColumns, today: string) {
  const statusCount = (status: TaskStatus) => sql<number>`count(*) filter (where ${taskStatusCondition(status, today, from)})`.mapWith(Number);
  return {
    completed_on_time: statusCount("completed_on_time"),
    completed_late: statusCount("completed_late"),
    open_within_deadline: statusCount("open_within_deadline"),
    open_overdue: statusCount("open_overdue"),
    ongoing: statusCount("ongoing"),
    awaitingAcceptance: sql<number>`count(*) filter (where ${awaitingAcceptanceCondition(from)})`.mapWith(Number),
    total: count(),
  };
}

/**
 * The three groupings the page shows, in one statement: by lead unit, by sector, and all.
 * Grouping by (unit, sector) and adding up in JavaScript returned every pair: 1 800 rows
 * for one unit at full scale, 2 300 for the province, whose parsing and folding cost the
 * app more CPU than the rest of the page; these are at most units + sectors + 1 rows.
 */
function overviewGroups(leadAgencyId: AnyColumn, leadName: AnyColumn, sector: AnyColumn): SQL {
  return sql`grouping sets ((${leadAgencyId}, ${leadName}), (${sector}), ())`;
}

/** The row's grouping ("unit", "sector" or "all" by grouping()), and its unit or sector. */
function groupColumns(leadAgencyId: AnyColumn, leadName: AnyColumn, sector: AnyColumn) {
  return {
    grouping: sql<OverviewGrouping>`case when grouping(${leadAgencyId}) = 0 then 'unit' when grouping(${sector}) = 0 then 'sector' else 'all' end`,
    agencyId: sql<number | null>`${leadAgencyId}`,
    name: sql<string | null>`${leadName}`,
    sector: sql<Sector | null>`${sector}`,
  };
}

type OverviewGrouping = "unit" | "sector" | "all";

/** Every task the viewer sees (all of them, unless a unit officer), grouped by lead unit and sector. */
async function countAllTasks(db: Db, viewer: Viewer, filters: OverviewFilters, today: string) {
  const query = db
    .select({ ...groupColumns(tasks.leadAgencyId, agencies.name, directives.sector), ...statusCounts(tasks, today) })
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .$dynamic();
  // Only the period is read from the conference.
  if (filters.period) query.innerJoin(conferences, eq(conferences.id, directives.conferenceId));
  return query
    .where(and(visibleTasksCondition(db, viewer), ...taskFilterConditions({ ...filters, dueSoon: false, awaitingAcceptance: false }, today)))
    .groupBy(overviewGroups(tasks.leadAgencyId, agencies.name, directives.sector));
}

/**
 * A unit's tasks, grouped the same way, from its own rows of task_agencies alone: they copy
 * each task's lead unit, sector, conference, deadline, completion and completion report
 * (kept by triggers), all in task_agencies_agency_overview_idx: an index-only scan of the
 * unit's ~6 400 entries (6 ms at a million tasks; reading each task and its directive took
 * 425 ms). Statuses still come from today's date at each read.
 */
async function countUnitTasks(db: Db, agencyId: number, filters: OverviewFilters, today: string) {
  const ta = taskAgencies;
  const periodConferences = filters.period ? db.select({ id: conferences.id }).from(conferences).where(eq(conferences.reviewedPeriod, filters.period)) : undefined;
  return db
    .select({ ...groupColumns(ta.leadAgencyId, agencies.name, ta.sector), ...statusCounts(ta, today) })
    .from(ta)
    .innerJoin(agencies, eq(agencies.id, ta.leadAgencyId))
    .where(
      and(
        eq(ta.agencyId, agencyId),
        filters.conferenceId ? eq(ta.conferenceId, filters.conferenceId) : undefined,
        filters.sector ? eq(ta.sector, filters.sector) : undefined,
        periodConferences ? inArray(ta.conferenceId, periodConferences) : undefined,
      ),
    )
    .groupBy(overviewGroups(ta.leadAgencyId, agencies.name, ta.sector));
}

export async function loadTaskOverview(db: Db, viewer: Viewer, filters: OverviewFilters, today: string): Promise<TaskOverview> {
  const agencyId = ownTasksAgency(viewer);
  const rows = agencyId === undefined ? await countAllTasks(db, viewer, filters, today) : await countUnitTasks(db, agencyId, filters, today);

  let totals = emptyCounts();
  const units: { agencyId: number; name: string; counts: StatusCounts }[] = [];
  const sectors = new Map<Sector, StatusCounts>();
  for (const { grouping, agencyId, name, sector, ...counts } of rows) {
    if (grouping === "all") totals = counts;
    else if (grouping === "unit") units.push({ agencyId: agencyId!, name: name!, counts });
    else sectors.set(sector!, counts);
  }
  const byUnit = units
    .sort((a, b) => b.counts.open_overdue - a.counts.open_overdue || b.counts.total - a.counts.total || compareVi(a.name, b.name))
    .map((unit) => withFields(unit, { rate: rateOf(unit.counts) }));
  const bySector = directiveSectors.filter((s) => sectors.has(s)).map((sector) => ({ sector, counts: sectors.get(sector)!, rate: rateOf(sectors.get(sector)!) }));
  return { totals, rate: rateOf(totals), byUnit, bySector };
}

/** How long another app server may show overview counts computed before a change (twice that while their refresh runs; this server recomputes at once). */
export const OVERVIEW_MAX_AGE_MS = 60_000;

/**
 * loadTaskOverview through the short-lived memo (lib/cache/recent-results.ts) for those who
 * see every task: their counts read every task, seconds at provincial scale, and the
 * secretariat reopens the page again and again. Keyed by what the result depends on: the
 * filters and the day (statuses turn overdue at midnight). A unit's counts are one index
 * range of task_agencies (a few ms at a million tasks), so they are read fresh every time.
 */
export async function loadRecentTaskOverview(db: Db, viewer: Viewer, filters: OverviewFilters, today: string): Promise<Recent<TaskOverview>> {
  if (ownTasksAgency(viewer) !== undefined) {
    const computedAt = Date.now();
    return { value: await loadTaskOverview(db, viewer, filters, today), computedAt };
  }
  const key = JSON.stringify(["task-overview", "all", filters.conferenceId, filters.period, filters.sector, today]);
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
