import fs from "node:fs";
import path from "node:path";
import type postgres from "postgres";
import { apiItems, conferenceLinks, feedEvents, listItems, searchHits, tableRows } from "./row-counts";
import { apiToken, calendarToken } from "./tokens";

/*
 * The pages the benchmark drives, with concrete URLs chosen from the data: the URL loaded
 * under autocannon, and two variants for the query count, one showing few rows (about 10)
 * and one showing many (a full page of 50, or more), so a count that grows with the rows shows.
 */

export type Role = "vanphong" | "bcvt" | "lanhdao";

export interface PageSpec {
  key: string;
  label: string;
  /** Who is signed in; null = anonymous (the static route, the calendar feed's secret URL). */
  role: Role | null;
  url: string;
  /** Few-row and many-row variants for the query count; absent for the static routes. */
  variants?: { small: string; large: string };
  /** Rows the response shows: table rows for pages, events for the feed. */
  rows?: (body: string) => number;
  /** A bearer token's Authorization header (the /api/v1 lists), instead of a session. */
  authorization?: string;
  /** The ratio base (the static route) or a reference only (the raw file). */
  base?: boolean;
  reference?: boolean;
}

export interface PagePlan {
  pages: PageSpec[];
  /** Calendar token rows to delete when done. */
  tokenIds: number[];
  /** API token rows to delete when done. */
  apiTokenIds: number[];
  notes: string[];
}

const weekParam = (day: Date) => day.toISOString().slice(0, 10);
const monthParam = (day: Date) => day.toISOString().slice(0, 7);

/** Keys stay as earlier results named them for the role first measured (full-vs-small compares by key). */
const keyFor = (key: string, role: Role | null, firstRole: Role | null) => (role === firstRole ? key : `${key}@${role}`);
const ROLE_NAMES: Record<Role, string> = { vanphong: "secretariat", lanhdao: "leader", bcvt: "unit officer bcvt" };

/** One page as each role that uses it: the same URLs, one entry per role. */
function asRoles(roles: Role[], page: Omit<PageSpec, "role">, urlsFor?: (role: Role) => Partial<Pick<PageSpec, "url" | "variants">>): PageSpec[] {
  return roles.map((role) => ({ ...page, ...urlsFor?.(role), role, key: keyFor(page.key, role, roles[0]), label: `${page.label} (${ROLE_NAMES[role]})` }));
}

export async function planPages(sql: postgres.Sql, buildDir: string): Promise<PagePlan> {
  const notes: string[] = [];
  const { rootMainFiles } = JSON.parse(fs.readFileSync(path.join(buildDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const staticFile = `/_next/${rootMainFiles[0]}`;
  const [{ unit }] = await sql<{ unit: number }[]>`select agency_id as unit from users where username = 'bcvt'`;

  // Concluded conferences by one host: the host whose count is closest to 10 gives the few-row list.
  const [host] = await sql<{ id: number; n: number }[]>`
    select host_agency_id as id, count(*)::int as n from conferences where status = 'concluded'
    group by 1 order by abs(count(*) - 10), 1 limit 1`;
  const [big] = await sql<{ id: number; follows: boolean }[]>`
    select c.id, c.previous_conference_id is not null as follows from conferences c join directives d on d.conference_id = c.id
    where c.status in ('concluded', 'closed') and c.starts_at > now() - interval '400 days'
    group by c.id order by count(*) desc, c.id desc limit 1`;
  // The few-rows conference has the same sections as the big one (a carry-over section or none), only fewer rows.
  const [smallConference] = await sql<{ id: number }[]>`
    select c.id from conferences c join directives d on d.conference_id = c.id
    where c.status in ('concluded', 'closed') and (c.previous_conference_id is not null) = ${big?.follows ?? false}
    group by c.id order by count(*), (select count(*) from invitations i where i.conference_id = c.id), c.id desc limit 1`;
  // The unit officer opens a conference its agency was invited to: the one with the most directives in the last 400 days.
  const [unitConference] = await sql<{ id: number }[]>`
    select c.id from invitations i join conferences c on c.id = i.conference_id join directives d on d.conference_id = c.id
    where i.agency_id = ${unit} and c.status in ('concluded', 'closed') and c.starts_at > now() - interval '400 days'
    group by c.id order by count(*) desc, c.id desc limit 1`;
  // The unit's few-rows directives list: a conference where the unit leads or coordinates tasks
  // of the most directives (an invited conference may have none of its tasks, and show no rows).
  const [unitDirectivesConference] = await sql<{ id: number }[]>`
    select conference_id as id from task_agencies where agency_id = ${unit}
    group by 1 order by count(distinct directive_id) desc, max(conference_starts_at) desc limit 1`;
  // Upcoming conferences (their list still open to invitations): the one with the most invitees and the one with the fewest.
  const upcoming = await sql<{ id: number }[]>`
    select id from (
      (select c.id, 0 as rank from conferences c join invitations i on i.conference_id = c.id
       where c.status in ('draft', 'scheduled', 'postponed') and c.deleted_at is null group by c.id order by count(*) desc, c.id desc limit 1)
      union all
      (select c.id, 1 as rank from conferences c join invitations i on i.conference_id = c.id
       where c.status in ('draft', 'scheduled', 'postponed') and c.deleted_at is null group by c.id order by count(*), c.id desc limit 1)
    ) as picked order by rank`;
  // The leader's directives are their own (/directives without ?all=1): the few-rows variant is
  // one of their conferences, so both variants show rows and run the same statements.
  const [leaderConference] = await sql<{ id: number }[]>`
    select d.conference_id as id from directives d join users u on u.person_id = d.issued_by_person_id
    where u.username = 'lanhdao' group by 1 order by count(*) desc, 1 desc limit 1`;
  const weeks = await sql<{ week: Date; n: number }[]>`
    select date_trunc('week', starts_at at time zone 'Asia/Ho_Chi_Minh') as week, count(*)::int as n
    from conferences where status <> 'draft' group by 1`;
  const closest = (target: number) => weeks.reduce((best, w) => (Math.abs(w.n - target) < Math.abs(best.n - target) ? w : best), weeks[0]);
  const [fewUnits] = await sql<{ id: number }[]>`
    select d.conference_id as id from tasks t join directives d on d.id = t.directive_id
    group by 1 order by abs(count(distinct t.lead_agency_id) - 10), 1 desc limit 1`;
  const reportRoute = fs.existsSync(path.join(buildDir, "server", "app", "(app)", "reports", "[id]"));
  // Approved reports (the table as it goes into a conference document): the newest with the most
  // values, and the one closest to 10 values; a draft would add the entry grid and change the sections.
  const [bigReport] = await sql<{ id: number }[]>`
    select r.id from indicator_reports r join indicator_values v on v.report_id = r.id where r.status = 'approved'
    group by r.id order by count(*) desc, r.period_code desc, r.id desc limit 1`;
  const [smallReport] = await sql<{ id: number }[]>`
    select r.id from indicator_reports r join indicator_values v on v.report_id = r.id where r.status = 'approved'
    group by r.id order by abs(count(*) - 10), r.id limit 1`;
  // The unit's own newest approved report (a unit officer opens only its agency's reports).
  const [unitReport] = await sql<{ id: number }[]>`
    select id from indicator_reports where agency_id = ${unit} and status = 'approved' order by period_code desc, id desc limit 1`;

  const bcvtToken = await calendarToken(sql, "bcvt");
  const leaderToken = await calendarToken(sql, "lanhdao");
  const everyone: Role[] = ["vanphong", "lanhdao", "bcvt"];

  const pages: PageSpec[] = [
    // The ratio base: the sign-in page as most visitors first see it, which Next serves prerendered
    // (bench.ts records its x-nextjs-cache / x-nextjs-prerender headers). References: the same
    // screen rendered per request (no session, no query), and a raw build file.
    { key: "static", label: "Sign-in page, prerendered (ratio base)", role: null, url: "/login", base: true },
    { key: "dynamic", label: "Sign-in page rendered per request (reference)", role: null, url: "/login/dynamic", reference: true },
    { key: "file", label: "Static file (build chunk, reference)", role: null, url: staticFile, reference: true },
    ...asRoles(everyone, { key: "home", label: "Home: work to do", url: "/", variants: { small: "/", large: "/" }, rows: listItems }),
    ...asRoles(everyone, {
      key: "conferences",
      label: "Conference list (filtered, paged)",
      url: "/conferences?status=concluded&page=3",
      variants: { small: `/conferences?status=concluded&host=${host?.id ?? 0}`, large: "/conferences?status=concluded&page=3" },
      rows: tableRows,
    }),
  ];
  if (big && smallConference) {
    pages.push(...asRoles(["vanphong", "lanhdao"], { key: "conference", label: "Conference page", url: `/conferences/${big.id}`, variants: { small: `/conferences/${smallConference.id}`, large: `/conferences/${big.id}` }, rows: tableRows }));
  }
  if (unitConference) {
    pages.push(...asRoles(["bcvt"], { key: "conference-unit", label: "Conference page", url: `/conferences/${unitConference.id}`, variants: { small: `/conferences/${unitConference.id}`, large: `/conferences/${unitConference.id}` }, rows: tableRows }));
  }
  // A conference's invitations: the secretariat's (a held conference's final list, and an
  // upcoming one's with its invite forms), and the invited unit's.
  const invitations = (id: number) => `/conferences/${id}/invitations`;
  if (big && smallConference) {
    pages.push(...asRoles(["vanphong"], { key: "invitations", label: "Invitations and replies (held)", url: invitations(big.id), variants: { small: invitations(smallConference.id), large: invitations(big.id) }, rows: tableRows }));
  }
  if (upcoming.length) {
    const [most, fewest] = [upcoming[0], upcoming[upcoming.length - 1]];
    pages.push(
      ...asRoles(["vanphong"], {
        key: "invitations-upcoming",
        label: "Invitations and replies, with the invite forms (upcoming)",
        url: invitations(most.id),
        variants: { small: invitations(fewest.id), large: invitations(most.id) },
        rows: tableRows,
      }),
    );
  }
  if (unitConference) {
    const url = `/conferences/${unitConference.id}/invitations`;
    pages.push(...asRoles(["bcvt"], { key: "invitations-unit", label: "Invitations and replies", url, variants: { small: url, large: url }, rows: tableRows }));
  }
  if (weeks.length) {
    pages.push(
      ...asRoles(["lanhdao", "vanphong", "bcvt"], {
        key: "schedule",
        label: "Weekly schedule (this week)",
        url: "/schedule",
        variants: { small: `/schedule?week=${weekParam(closest(10).week)}`, large: `/schedule?week=${weekParam(closest(50).week)}` },
        rows: tableRows,
      }),
      ...asRoles(["lanhdao", "vanphong", "bcvt"], {
        key: "schedule-month",
        label: "Month calendar (this month)",
        url: "/schedule/month",
        variants: { small: `/schedule/month?month=${monthParam(closest(10).week)}`, large: `/schedule/month?month=${monthParam(closest(50).week)}` },
        rows: conferenceLinks,
      }),
    );
  }
  if (big) {
    pages.push(
      ...asRoles(everyone, { key: "directives", label: "Directives list (all conferences)", url: "/directives", variants: { small: `/directives?conference=${big.id}`, large: "/directives" }, rows: tableRows }, (role) => {
        const own = role === "bcvt" ? unitDirectivesConference : role === "lanhdao" ? leaderConference : undefined;
        return own ? { variants: { small: `/directives?conference=${own.id}`, large: "/directives" } } : {};
      }),
    );
  }
  // The unit's own tasks, and every task for the secretariat and the leader (their filters offer every agency).
  pages.push(...asRoles(["bcvt", "vanphong", "lanhdao"], { key: "tasks", label: "Task list", url: "/tasks", variants: { small: "/tasks?awaiting=1", large: "/tasks" }, rows: tableRows }));
  // A task's page, where a unit reports progress: the unit's open task with the longest history,
  // and one with the shortest. Open, so the unit officer gets the report forms too.
  const unitOpenTasks = await sql<{ id: number }[]>`
    with history as (
      select t.id, count(*) as events from tasks t join task_events e on e.task_id = t.id
      where t.lead_agency_id = ${unit} and t.completed_on is null group by t.id)
    (select id from history order by events desc, id desc limit 1)
    union all
    (select id from history order by events, id desc limit 1)`;
  if (unitOpenTasks.length < 2) {
    notes.push("The unit bcvt leads no open task with a history: a task's page was not measured.");
  } else {
    const [longest, shortest] = unitOpenTasks;
    pages.push(...asRoles(["bcvt", "lanhdao", "vanphong"], { key: "task", label: "Task page (the unit's open task)", url: `/tasks/${longest.id}`, variants: { small: `/tasks/${shortest.id}`, large: `/tasks/${longest.id}` }, rows: listItems }));
  }
  pages.push(
    ...asRoles(everyone, {
      key: "overview",
      label: "Task overview",
      url: "/tasks/overview",
      variants: { small: `/tasks/overview?conference=${fewUnits?.id ?? 0}`, large: "/tasks/overview" },
      rows: tableRows,
    }),
  );
  if (reportRoute && bigReport) {
    pages.push(...asRoles(["vanphong", "lanhdao"], { key: "report", label: "Indicator report table", url: `/reports/${bigReport.id}`, variants: { small: `/reports/${smallReport?.id ?? bigReport.id}`, large: `/reports/${bigReport.id}` }, rows: tableRows }));
    if (unitReport) pages.push(...asRoles(["bcvt"], { key: "report-unit", label: "Indicator report table", url: `/reports/${unitReport.id}`, variants: { small: `/reports/${unitReport.id}`, large: `/reports/${unitReport.id}` }, rows: tableRows }));
  } else {
    notes.push(reportRoute ? "No indicator report in the database: the report table was not measured." : "This build has no /reports/[id] route: the indicator report table was not measured.");
  }
  // One agency's submitted report (one row) beside the unfiltered first page (50 rows).
  const [submitted] = await sql<{ agencyId: number }[]>`select agency_id as "agencyId" from indicator_reports where status = 'submitted' order by id limit 1`;
  pages.push(
    ...asRoles(everyone, {
      key: "reports",
      label: "Indicator reports list",
      url: "/reports",
      variants: { small: `/reports?status=submitted&agency=${submitted?.agencyId ?? 0}`, large: "/reports" },
      rows: tableRows,
    }),
  );
  pages.push(...asRoles(everyone, { key: "notifications", label: "Notifications", url: "/notifications", variants: { small: "/notifications?unread=1", large: "/notifications" }, rows: listItems }));
  // The search: a common pair of words (thousands of tasks and directives match at full scale) and a rare one.
  const searchVariants = { small: `/search?q=${encodeURIComponent("thông tư 04/2012")}`, large: `/search?q=${encodeURIComponent("kiem tra bao chi")}` };
  pages.push(...asRoles(["vanphong", "bcvt", "lanhdao"], { key: "search", label: "Search", url: searchVariants.large, variants: searchVariants, rows: searchHits }));
  pages[pages.findIndex((p) => p.key === "search@bcvt")].key = "searchUnit";
  pages.push({
    key: "calendar",
    label: "Calendar feed (bcvt's subscription)",
    role: null,
    url: `/api/calendar/${bcvtToken.token}`,
    variants: { small: `/api/calendar/${bcvtToken.token}`, large: `/api/calendar/${leaderToken.token}` },
    rows: feedEvents,
  });
  // The API's list endpoints, as another system reads them: a unit's, a leader's and the secretariat's.
  const bcvtApi = await apiToken(sql, "bcvt");
  const secretariatApi = await apiToken(sql, "vanphong");
  const leaderApi = await apiToken(sql, "lanhdao");
  const tokens = { bcvt: bcvtApi.authorization, vanphong: secretariatApi.authorization, lanhdao: leaderApi.authorization };
  const api = (key: string, label: string, roles: Role[], url: string, list: string): PageSpec[] =>
    roles.map((role, i) => ({
      key: i === 0 ? key : `${key}@${role}`,
      label: `API: ${label} (${ROLE_NAMES[role]}'s token)`,
      role: null,
      authorization: tokens[role],
      url,
      variants: { small: `${list}${list.includes("?") ? "&" : "?"}limit=10`, large: `${list}${list.includes("?") ? "&" : "?"}limit=200` },
      rows: apiItems,
    }));
  pages.push(
    ...api("api-tasks", "tasks", ["bcvt", "vanphong"], "/api/v1/tasks", "/api/v1/tasks"),
    ...api("api-conferences", "conferences", ["vanphong", "bcvt"], "/api/v1/conferences?status=concluded", "/api/v1/conferences?status=concluded"),
    ...api("api-directives", "directives", ["vanphong", "bcvt", "lanhdao"], "/api/v1/directives", "/api/v1/directives"),
    ...api("api-reports", "indicator reports", ["vanphong", "bcvt"], "/api/v1/reports", "/api/v1/reports"),
  );
  return { pages, tokenIds: [bcvtToken.id, leaderToken.id], apiTokenIds: [bcvtApi.id, secretariatApi.id, leaderApi.id], notes };
}
