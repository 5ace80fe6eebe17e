import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseKind, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { listDirectivesRoute } from "@/lib/api/resources/directives";
import { listTasksRoute } from "@/lib/api/resources/tasks";
import { listDirectiveConferenceOptions, listDirectives } from "@/lib/directives/list-queries";
import { loadHomeWork } from "@/lib/home/queries";
import { searchKind } from "@/lib/search/queries";
import { prepareSearch } from "@/lib/search/sql";
import { loadTaskOverview } from "@/lib/tasks/overview";
import { listTasks } from "@/lib/tasks/queries";
import { db } from "@/test/db";
import { createAgencies, createConferences, generateTasks } from "./test-data";

/*
 * The planner uses an index for the hot queries once the table is big enough that a
 * sequential scan would cost: 20 000 tasks, ANALYZEd, and the EXPLAIN of the statement the
 * list function really sends (captured with a drizzle logger on the same connection).
 */

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

interface Captured {
  sql: string;
  params: unknown[];
}

/** A second drizzle handle on the test database's own client, which records every statement. */
function capturingHandle(): { handle: Db; captured: Captured[]; explain: (q: Captured) => Promise<PlanNode> } {
  const client = (db() as unknown as { $client: unknown }).$client;
  const captured: Captured[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => void captured.push({ sql: query, params }) };
  if (databaseKind() === "pglite") {
    const pg = client as PGlite;
    return {
      handle: drizzlePglite({ client: pg, schema, casing: "snake_case", logger }) as unknown as Db,
      captured,
      explain: async (q) => (await pg.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`explain (format json) ${q.sql}`, q.params)).rows[0]["QUERY PLAN"][0].Plan,
    };
  }
  const pgjs = client as postgres.Sql;
  return {
    handle: drizzlePostgres({ client: pgjs, schema, casing: "snake_case", logger }) as unknown as Db,
    captured,
    explain: async (q) => {
      const [row] = await pgjs.unsafe(`explain (format json) ${q.sql}`, q.params as never[]);
      return ((row as Record<string, unknown>)["QUERY PLAN"] as [{ Plan: PlanNode }])[0].Plan;
    },
  };
}

/**
 * Nodes that read the whole of `table`: a sequential scan, or an index scan with no index
 * condition (walking the primary key to get rows in id order, filtering each one, reads the
 * table just the same and is what the planner picks here when it cannot use an index to find rows).
 */
function fullScans(plan: PlanNode, table: string): string[] {
  const found: string[] = [];
  const walk = (node: PlanNode) => {
    const unconditioned = (node["Node Type"] === "Index Scan" || node["Node Type"] === "Index Only Scan") && !node["Index Cond"];
    if (node["Relation Name"] === table && (node["Node Type"] === "Seq Scan" || unconditioned)) found.push(`${node["Node Type"]} on ${table}${node.Filter ? ` (filter ${node.Filter})` : ""}`);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan);
  return found;
}

/** "Index Only Scan task_agencies_pkey", … for every index the plan reads. */
function indexScans(plan: PlanNode): string[] {
  const scans: string[] = [];
  const walk = (node: PlanNode) => {
    if (node["Index Name"]) scans.push(`${node["Node Type"]} ${node["Index Name"]}`);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan);
  return scans;
}

/** The index conditions of every scan of `index` in the plan. */
function indexConditions(plan: PlanNode, index: string): string[] {
  const found: string[] = [];
  const walk = (node: PlanNode) => {
    if (node["Index Name"] === index) found.push(node["Index Cond"] ?? "");
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan);
  return found;
}

const TODAY = "2012-10-01";
// Filling 20 000 tasks with their triggers takes 15–40 s on a slow machine running the whole suite.
const SLOW_SETUP_MS = 180_000;
let unitId: number;
let otherLead: number;

beforeAll(async () => {
  // 300 agencies as at full scale, so one unit leads or coordinates under 1% of the tasks, as in a province.
  const agencyIds = await createAgencies(db(), 300);
  [unitId, otherLead] = agencyIds;
  const directiveIds: number[] = [];
  for (let i = 0; i < 4; i++) directiveIds.push(...(await createConferences(db(), 50, agencyIds[299], agencyIds[298], `201${i}-01-02`)).directiveIds);
  await generateTasks(db(), 20_000, directiveIds, agencyIds);
  // A few tasks with words of their own, for the search (the generated titles are all "Nhiệm vụ N").
  await db().execute(sql`update tasks set title = 'Kiểm tra đại lý thuê bao trả trước ' || id where id % 400 = 0`);
  // As autovacuum leaves a real database: statistics, and the visibility map that lets an index answer alone.
  await db().execute(sql`vacuum analyze`);
}, SLOW_SETUP_MS);

describe("the planner finds tasks through an index on a 20 000-task table", () => {
  it("has the rows it claims", async () => {
    const rows = await db().select({ id: schema.tasks.id }).from(schema.tasks).limit(20_001);
    expect(rows.length).toBe(20_000);
  });

  it("a unit's page of tasks walks its own rows of task_agencies in deadline order, without scanning tasks", async () => {
    const { handle, captured, explain } = capturingHandle();
    const { rows } = await listTasks(handle, { role: "unit_officer", agencyId: unitId }, { page: 1, dueSoon: false, awaitingAcceptance: false }, TODAY, 50);
    expect(rows).toHaveLength(50);
    const plan = await explain(captured[0]);
    expect(fullScans(plan, "tasks")).toEqual([]);
    expect(indexScans(plan)).toContainEqual(expect.stringMatching(/^Index (Only )?Scan task_agencies_agency_deadline_idx$/));
  });

  it("a unit's total comes from an index of task_agencies alone, without reading tasks", async () => {
    const { handle, captured, explain } = capturingHandle();
    await listTasks(handle, { role: "unit_officer", agencyId: unitId }, { page: 1, dueSoon: false, awaitingAcceptance: false }, TODAY, 50);
    const count = captured.find((q) => q.sql.startsWith("select count(*)"));
    expect(count).toBeDefined();
    const scans = indexScans(await explain(count as Captured));
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatch(/^Index Only Scan task_agencies_/);
  });

  it("the secretariat's task list filtered by lead unit does not scan the whole tasks table", async () => {
    const { handle, captured, explain } = capturingHandle();
    const { rows } = await listTasks(handle, { role: "secretariat", agencyId: null }, { page: 1, dueSoon: false, awaitingAcceptance: false, leadAgencyId: otherLead }, TODAY, 50);
    expect(rows).toHaveLength(50);
    const plan = await explain(captured[0]);
    expect(fullScans(plan, "tasks")).toEqual([]);
  });
});

describe("the home page's counts read tasks through an index", () => {
  const now = new Date("2012-10-01T03:00:00Z");
  beforeAll(async () => {
    // A history as tasks have one: three progress reports each, and a completion report
    // returned on one task in two hundred. Without the trigger that touches each event's task
    // (the API's sync order): 60 000 updates of tasks that the plans below do not depend on
    // took over a minute on a slow machine.
    await db().transaction(async (tx) => {
      await tx.execute(sql`alter table task_events disable trigger task_events_touch_task`);
      await tx.execute(sql`insert into task_events (task_id, kind, at)
        select id, 'progress', now() - (n || ' days')::interval from tasks, generate_series(1, 3) n`);
      await tx.execute(sql`insert into task_events (task_id, kind, at) select id, 'returned', now() from tasks where id % 200 = 0`);
      await tx.execute(sql`alter table task_events enable trigger task_events_touch_task`);
    });
    await db().execute(sql`vacuum analyze task_events`);
  }, SLOW_SETUP_MS);
  // Reading the whole of a partial index (only the open, or the waiting, tasks) is what it is for.
  const PARTIAL = new Set(["tasks_awaiting_acceptance_idx", "tasks_open_deadline_idx"]);
  const wholeTaskReads = (plan: PlanNode): string[] => {
    const found: string[] = [];
    const walk = (node: PlanNode) => {
      const unconditioned = node["Node Type"].startsWith("Index") && !node["Index Cond"] && !PARTIAL.has(node["Index Name"] ?? "");
      if (node["Relation Name"] === "tasks" && (node["Node Type"] === "Seq Scan" || unconditioned)) found.push(`${node["Node Type"]} ${node["Index Name"] ?? ""}`);
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan);
    return found;
  };
  const homeOf = async (role: "unit_officer" | "secretariat" | "leader", agencyId: number | null) => {
    const [user] = await db().insert(schema.users).values({ username: `home-${role}`, displayName: role, passwordHash: "x", role, agencyId }).returning();
    const { handle, captured, explain } = capturingHandle();
    await loadHomeWork(handle, { id: user.id, username: user.username, displayName: role, role, agencyId, agencyName: null }, now);
    const scans: string[] = [];
    const indexes: string[] = [];
    for (const statement of captured) {
      const plan = await explain(statement);
      scans.push(...wholeTaskReads(plan));
      indexes.push(...indexScans(plan));
    }
    return { statements: captured.length, scans, indexes };
  };

  it("a unit officer's: through task_agencies and the lead unit's index", async () => {
    const { statements, scans, indexes } = await homeOf("unit_officer", unitId);
    expect(statements).toBeGreaterThan(1);
    expect(scans).toEqual([]);
    // "Returned to you": whether each open task was returned is one probe of the small index
    // of returns, not a read of all the task's events (19 ms for a unit at a million tasks).
    expect(indexes).toContainEqual(expect.stringMatching(/ task_events_returned_idx$/));
    expect(indexes).not.toContainEqual(expect.stringMatching(/ task_events_task_idx$/));
  });

  it("the secretariat's and a leader's: waiting and overdue tasks through their partial indexes", async () => {
    expect((await homeOf("secretariat", null)).scans).toEqual([]);
    expect((await homeOf("leader", null)).scans).toEqual([]);
  });
});

describe("a search answers from the search indexes on a 20 000-task table", () => {
  const secretariat = { role: "secretariat" as const, agencyId: null };
  const cases: [string, { role: "secretariat" | "unit_officer"; agencyId: number | null }, string][] = [
    ["the secretariat", secretariat, "kiem tra thue bao"],
    ["the secretariat, with a typo", secretariat, "kiem tra thuee bao"],
  ];
  it.each(cases)("%s: tasks found through tasks_search_idx, never a scan of tasks", async (_who, user, typed) => {
    const { handle, captured, explain } = capturingHandle();
    const hits = await searchKind(handle, user, "tasks", prepareSearch(typed)!, 10);
    expect(hits).toHaveLength(10);
    const plan = await explain(captured[0]);
    expect(fullScans(plan, "tasks")).toEqual([]);
    expect(indexScans(plan)).toContain("Bitmap Index Scan tasks_search_idx");
  });

  it("a unit officer's search reads the unit's own tasks only, never a scan of tasks", async () => {
    const { handle, captured, explain } = capturingHandle();
    const hits = await searchKind(handle, { role: "unit_officer", agencyId: unitId }, "tasks", prepareSearch("nhiem vu")!, 10);
    expect(hits.length).toBeGreaterThan(0);
    const plan = await explain(captured[0]);
    expect(fullScans(plan, "tasks")).toEqual([]);
  });
});

describe("a unit officer's /directives and /tasks/overview read the unit's rows of task_agencies", () => {
  const unit = () => ({ id: 0, role: "unit_officer" as const, agencyId: unitId });
  const tables = ["tasks", "directives", "conferences"];
  const wholeReads = (plan: PlanNode) => tables.flatMap((table) => fullScans(plan, table));

  beforeAll(async () => {
    // 20 000 directives, each in its own conference, so that reading them all costs the planner
    // more than the page; the unit's tasks spread over them (19 999 and 300 share no factor).
    await db().execute(sql`
      insert into conferences (title, kind, status, host_agency_id, starts_at, ends_at)
      select 'Hội nghị giao ban ' || g, 'regular_briefing', 'concluded', ${otherLead},
             timestamptz '2015-01-02 01:00+00' + g * interval '3 hours', timestamptz '2015-01-02 02:00+00' + g * interval '3 hours'
      from generate_series(1, 19999) as g`);
    await db().execute(sql`
      insert into directives (conference_id, number, issuer_name, text, sector)
      select id, 1, 'Giàng Thị Hoa', 'Ý kiến chỉ đạo ' || id, 'press' from conferences where starts_at > '2015-01-02'`);
    const made = await db().select({ id: schema.directives.id }).from(schema.directives).innerJoin(schema.conferences, sql`${schema.conferences.id} = ${schema.directives.conferenceId}`).where(sql`${schema.conferences.startsAt} > '2015-01-02'`);
    const directiveIds = made.map((row) => row.id);
    expect(directiveIds).toHaveLength(19_999);
    const agencyIds = [unitId, ...(await createAgencies(db(), 299))];
    await generateTasks(db(), 20_000, directiveIds, agencyIds);
    await db().execute(sql`vacuum analyze`);
  }, SLOW_SETUP_MS);

  it("the page of directives and its total: newest first from task_agencies_agency_conference_idx, no table read whole", async () => {
    const { handle, captured, explain } = capturingHandle();
    const { rows, total } = await listDirectives(handle, unit(), { all: false, page: 1 }, TODAY, 50);
    expect(rows).toHaveLength(50);
    expect(total.count).toBeGreaterThan(50);
    expect(captured).toHaveLength(2);
    const [page, count] = captured[0].sql.startsWith("select count(*)") ? [captured[1], captured[0]] : captured;
    const pagePlan = await explain(page);
    expect(wholeReads(pagePlan)).toEqual([]);
    expect(indexScans(pagePlan)).toContain("Index Only Scan task_agencies_agency_conference_idx");
    expect(indexScans(await explain(count))).toEqual(["Index Only Scan task_agencies_agency_conference_idx"]);
  });

  it("the conference filter's newest conferences: cut from the same index, the selected one found through it too", async () => {
    const { handle, captured, explain } = capturingHandle();
    const options = await listDirectiveConferenceOptions(handle, unit(), 1);
    expect(options.length).toBeGreaterThan(50);
    const plan = await explain(captured[0]);
    expect(wholeReads(plan)).toEqual([]);
    expect(indexScans(plan)).toContain("Index Only Scan task_agencies_agency_conference_idx");
  });

  it("a unit's API token pages its tasks in sync order from task_agencies_agency_updated_idx, never a scan of tasks", async () => {
    const { handle, captured, explain } = capturingHandle();
    const user = { ...unit(), username: "api-unit", displayName: "api", agencyName: null };
    const context = { db: handle, user, query: { limit: 50 }, locale: "vi" } as unknown as Parameters<typeof listTasksRoute.handle>[0];
    const reply = (await listTasksRoute.handle(context)) as { items: unknown[] };
    expect(reply.items).toHaveLength(50);
    const plan = await explain(captured[0]);
    expect(wholeReads(plan)).toEqual([]);
    expect(indexScans(plan)).toContainEqual(expect.stringMatching(/^Index (Only )?Scan task_agencies_agency_updated_idx$/));
  });

  it("the secretariat's API token pages all tasks from tasks_updated_idx and reads the page's tasks by primary key", async () => {
    const { handle, captured, explain } = capturingHandle();
    const user = { id: 1, role: "secretariat", agencyId: null, username: "api-sec", displayName: "api", agencyName: null };
    const context = { db: handle, user, query: { limit: 50 }, locale: "vi" } as unknown as Parameters<typeof listTasksRoute.handle>[0];
    const reply = (await listTasksRoute.handle(context)) as { items: unknown[] };
    expect(reply.items).toHaveLength(50);
    const plan = await explain(captured[0]);
    // The page walks the updated_at index from its start and stops after 51 rows (no index
    // condition, and none needed). Joined to that page as a subquery, the benchmark's 10 000
    // tasks were few enough for the planner to hash-join a sequential scan of all of them
    // (20 000 here were not): the page's tasks are now looked up by an array of their ids,
    // which the planner answers from the primary key at any size.
    expect(fullScans(plan, "tasks").filter((scan) => scan.startsWith("Seq Scan"))).toEqual([]);
    expect(indexScans(plan)).toContainEqual(expect.stringMatching(/^Index (Only )?Scan tasks_updated_idx$/));
    expect(indexConditions(plan, "tasks_pkey")).toEqual([expect.stringMatching(/^\(id = ANY \(\$?/)]);
  });

  it("the overview counts the unit's tasks from task_agencies_agency_overview_idx alone, never reading a task or directive", async () => {
    const { handle, captured, explain } = capturingHandle();
    const overview = await loadTaskOverview(handle, unit(), {}, TODAY);
    expect(overview.totals.total).toBeGreaterThan(0);
    const plan = await explain(captured[0]);
    expect(wholeReads(plan)).toEqual([]);
    expect(indexScans(plan)).toContain("Index Only Scan task_agencies_agency_overview_idx");
    expect(JSON.stringify(plan)).not.toMatch(/"Relation Name":"(tasks|directives)"/);
  });

  it("a unit's API token pages its directives in sync order from task_agencies_agency_directive_updated_idx, never a scan of directives", async () => {
    const { handle, captured, explain } = capturingHandle();
    const user = { ...unit(), username: "api-unit", displayName: "api", agencyName: null };
    const context = { db: handle, user, query: { limit: 50 }, locale: "vi" } as unknown as Parameters<typeof listDirectivesRoute.handle>[0];
    const reply = (await listDirectivesRoute.handle(context)) as { items: unknown[] };
    expect(reply.items).toHaveLength(50);
    const plan = await explain(captured[0]);
    expect(wholeReads(plan)).toEqual([]);
    expect(indexScans(plan)).toContain("Index Only Scan task_agencies_agency_directive_updated_idx");
  });
});
