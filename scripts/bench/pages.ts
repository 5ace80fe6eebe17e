import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type postgres from "postgres";

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

const tableRows = (body: string) => (body.match(/<tr[\s>]/g) ?? []).length;
const feedEvents = (body: string) => (body.match(/BEGIN:VEVENT/g) ?? []).length;
const searchHits = (body: string) => (body.match(/data-search-hit/g) ?? []).length;

export interface PagePlan {
  pages: PageSpec[];
  /** Calendar token rows to delete when done. */
  tokenIds: number[];
  /** API token rows to delete when done. */
  apiTokenIds: number[];
  notes: string[];
}

async function calendarToken(sql: postgres.Sql, username: string): Promise<{ token: string; id: number }> {
  // The same format and hash as lib/calendar/tokens.ts: 32 random bytes in base64url, SHA-256 hex stored.
  const token = randomBytes(32).toString("base64url");
  const [row] = await sql<{ id: number }[]>`
    insert into calendar_tokens (user_id, token_hash)
    select id, ${createHash("sha256").update(token, "utf8").digest("hex")} from users where username = ${username}
    returning id`;
  return { token, id: row.id };
}

/** A read-only /api/v1 token of the user, made as lib/api/tokens.ts makes them (nsk_ + 32 random bytes, SHA-256 hex stored). */
async function apiToken(sql: postgres.Sql, username: string): Promise<{ authorization: string; id: number }> {
  const token = `nsk_${randomBytes(32).toString("base64url")}`;
  const [row] = await sql<{ id: number }[]>`
    insert into api_tokens (user_id, name, token_hash, scopes, expires_at)
    select id, 'bench', ${createHash("sha256").update(token, "utf8").digest("hex")}, array['read'], now() + interval '1 day' from users where username = ${username}
    returning id`;
  return { authorization: `Bearer ${token}`, id: row.id };
}

const apiItems = (body: string) => {
  try {
    return (JSON.parse(body) as { items?: unknown[] }).items?.length ?? 0;
  } catch {
    return 0;
  }
};

const weekParam = (day: Date) => day.toISOString().slice(0, 10);

export async function planPages(sql: postgres.Sql, buildDir: string): Promise<PagePlan> {
  const notes: string[] = [];
  const { rootMainFiles } = JSON.parse(fs.readFileSync(path.join(buildDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const staticFile = `/_next/${rootMainFiles[0]}`;

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

  const bcvtToken = await calendarToken(sql, "bcvt");
  const leaderToken = await calendarToken(sql, "lanhdao");

  const pages: PageSpec[] = [
    { key: "static", label: "Sign-in page (static route, ratio base)", role: null, url: "/login", base: true },
    { key: "file", label: "Static file (build chunk, reference)", role: null, url: staticFile, reference: true },
    {
      key: "conferences",
      label: "Conference list (filtered, paged)",
      role: "vanphong",
      url: "/conferences?status=concluded&page=3",
      variants: { small: `/conferences?status=concluded&host=${host?.id ?? 0}`, large: "/conferences?status=concluded&page=3" },
      rows: tableRows,
    },
  ];
  if (big && smallConference) {
    pages.push({ key: "conference", label: "Conference page", role: "vanphong", url: `/conferences/${big.id}`, variants: { small: `/conferences/${smallConference.id}`, large: `/conferences/${big.id}` }, rows: tableRows });
  }
  if (weeks.length) {
    pages.push({
      key: "schedule",
      label: "Weekly schedule (this week)",
      role: "lanhdao",
      url: "/schedule",
      variants: { small: `/schedule?week=${weekParam(closest(10).week)}`, large: `/schedule?week=${weekParam(closest(50).week)}` },
      rows: tableRows,
    });
  }
  if (big) {
    pages.push({
      key: "directives",
      label: "Directives list (all conferences)",
      role: "vanphong",
      url: "/directives",
      variants: { small: `/directives?conference=${big.id}`, large: "/directives" },
      rows: tableRows,
    });
  }
  pages.push({ key: "tasks", label: "Unit task list (bcvt)", role: "bcvt", url: "/tasks", variants: { small: "/tasks?awaiting=1", large: "/tasks" }, rows: tableRows });
  pages.push({
    key: "overview",
    label: "Secretariat overview",
    role: "vanphong",
    url: "/tasks/overview",
    variants: { small: `/tasks/overview?conference=${fewUnits?.id ?? 0}`, large: "/tasks/overview" },
    rows: tableRows,
  });
  if (reportRoute && bigReport) {
    pages.push({ key: "report", label: "Indicator report table", role: "vanphong", url: `/reports/${bigReport.id}`, variants: { small: `/reports/${smallReport?.id ?? bigReport.id}`, large: `/reports/${bigReport.id}` }, rows: tableRows });
  } else {
    notes.push(reportRoute ? "No indicator report in the database: the report table was not measured." : "This build has no /reports/[id] route: the indicator report table was not measured.");
  }
  // One agency's submitted report (one row) beside the unfiltered first page (50 rows).
  const [submitted] = await sql<{ agencyId: number }[]>`select agency_id as "agencyId" from indicator_reports where status = 'submitted' order by id limit 1`;
  pages.push({
    key: "reports",
    label: "Indicator reports list",
    role: "vanphong",
    url: "/reports",
    variants: { small: `/reports?status=submitted&agency=${submitted?.agencyId ?? 0}`, large: "/reports" },
    rows: tableRows,
  });
  // The search: a common pair of words (thousands of tasks and directives match at full scale) and a rare one.
  const searchVariants = { small: `/search?q=${encodeURIComponent("thông tư 04/2012")}`, large: `/search?q=${encodeURIComponent("kiem tra bao chi")}` };
  pages.push({ key: "search", label: "Search (secretariat)", role: "vanphong", url: searchVariants.large, variants: searchVariants, rows: searchHits });
  pages.push({ key: "searchUnit", label: "Search (unit officer bcvt)", role: "bcvt", url: searchVariants.large, variants: searchVariants, rows: searchHits });
  pages.push({
    key: "calendar",
    label: "Calendar feed (bcvt's subscription)",
    role: null,
    url: `/api/calendar/${bcvtToken.token}`,
    variants: { small: `/api/calendar/${bcvtToken.token}`, large: `/api/calendar/${leaderToken.token}` },
    rows: feedEvents,
  });
  // The API's list endpoints, as another system reads them: a unit's tasks, and the secretariat's lists.
  const bcvtApi = await apiToken(sql, "bcvt");
  const secretariatApi = await apiToken(sql, "vanphong");
  pages.push(
    { key: "api-tasks", label: "API: unit's tasks (bcvt token)", role: null, authorization: bcvtApi.authorization, url: "/api/v1/tasks", variants: { small: "/api/v1/tasks?limit=10", large: "/api/v1/tasks?limit=200" }, rows: apiItems },
    {
      key: "api-conferences",
      label: "API: conferences (secretariat token)",
      role: null,
      authorization: secretariatApi.authorization,
      url: "/api/v1/conferences?status=concluded",
      variants: { small: "/api/v1/conferences?status=concluded&limit=10", large: "/api/v1/conferences?status=concluded&limit=200" },
      rows: apiItems,
    },
    {
      key: "api-directives",
      label: "API: directives (secretariat token)",
      role: null,
      authorization: secretariatApi.authorization,
      url: "/api/v1/directives",
      variants: { small: "/api/v1/directives?limit=10", large: "/api/v1/directives?limit=200" },
      rows: apiItems,
    },
    { key: "api-reports", label: "API: indicator reports (secretariat token)", role: null, authorization: secretariatApi.authorization, url: "/api/v1/reports", variants: { small: "/api/v1/reports?limit=10", large: "/api/v1/reports?limit=200" }, rows: apiItems },
  );
  return { pages, tokenIds: [bcvtToken.id, leaderToken.id], apiTokenIds: [bcvtApi.id, secretariatApi.id], notes };
}

/** Among candidate URLs, the one whose response shows the number of rows closest to `target`. */
export async function closestByRows(candidates: string[], fetchBody: (url: string) => Promise<string>, rows: (body: string) => number, target: number): Promise<string> {
  let best = candidates[0];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const url of candidates) {
    const distance = Math.abs(rows(await fetchBody(url)) - target);
    if (distance < bestDistance) [best, bestDistance] = [url, distance];
  }
  return best;
}
