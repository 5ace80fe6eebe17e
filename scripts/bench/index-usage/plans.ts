import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import { databaseKind, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { db } from "@/test/db";
import { createAgencies, createConferences, generateTasks } from "../test-data";

/*
 * What the index-usage tests (the *.test.ts files beside this one) share.
 *
 * The planner uses an index for the hot queries once the table is big enough that a
 * sequential scan would cost: 20 000 tasks, ANALYZEd, and the EXPLAIN of the statement the
 * list function really sends (captured with a drizzle logger on the same connection).
 * Each test file has a database of its own (test/setup.ts), so each one that needs the
 * 20 000 tasks builds them in its beforeAll with createTwentyThousandTasks().
 */

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  Filter?: string;
  /** "SubPlan" for a correlated subquery, which runs once per row of the node above it. */
  "Parent Relationship"?: string;
  Plans?: PlanNode[];
}

export interface Captured {
  sql: string;
  params: unknown[];
}

export const TODAY = "2012-10-01";
// Filling 20 000 tasks with their triggers takes 15–40 s on a slow machine running the whole suite.
export const SLOW_SETUP_MS = 180_000;

/** A second drizzle handle on the test database's own client, which records every statement. */
export function capturingHandle(): { handle: Db; captured: Captured[]; explain: (q: Captured) => Promise<PlanNode> } {
  const client = (db() as unknown as { $client: unknown }).$client;
  const captured: Captured[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => void captured.push({ sql: query, params }) };
  if (databaseKind() === "pglite") {
    const pg = client as PGlite;
    type Explained = { "QUERY PLAN": [{ Plan: PlanNode }] };
    return {
      handle: drizzlePglite({ client: pg, schema, casing: "snake_case", logger }) as unknown as Db,
      captured,
      explain: async (q) => (await pg.query<Explained>(`explain (format json) ${q.sql}`, q.params)).rows[0]["QUERY PLAN"][0].Plan,
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

/** The plan's nodes, the root first and each node before its children. */
function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/**
 * Nodes that read the whole of `table`: a sequential scan, or an index scan with no index
 * condition (walking the primary key to get rows in id order, filtering each one, reads the
 * table just the same and is what the planner picks here when it cannot use an index to find rows).
 * A walk that a LIMIT right above it stops, with no filter to skip rows, reads only the limit's
 * rows (the search's newest records): that one is not a full scan.
 */
export function fullScans(plan: PlanNode, table: string): string[] {
  const limitedWalks = new Set(
    nodesOf(plan)
      .filter((node) => node["Node Type"] === "Limit")
      .flatMap((limit) => limit.Plans ?? [])
      .filter((child) => !child.Filter),
  );
  return nodesOf(plan)
    .filter((node) => {
      const type = node["Node Type"];
      const unconditioned = (type === "Index Scan" || type === "Index Only Scan") && !node["Index Cond"] && !limitedWalks.has(node);
      return node["Relation Name"] === table && (type === "Seq Scan" || unconditioned);
    })
    .map((node) => `${node["Node Type"]} on ${table}${node.Filter ? ` (filter ${node.Filter})` : ""}`);
}

/**
 * Reads of all of `table` (no index condition, no filter) inside a correlated subquery, which
 * repeat for every row of the list: a small table hashed once per row instead of looked up by key.
 */
export function wholeReadsPerRow(plan: PlanNode, table: string): string[] {
  const subPlans = nodesOf(plan).filter((node) => node["Parent Relationship"] === "SubPlan");
  return subPlans
    .flatMap(nodesOf)
    .filter((node) => node["Relation Name"] === table && !node["Index Cond"] && !node.Filter)
    .map((node) => `${node["Node Type"]} on ${table}`);
}

/** "Index Only Scan task_agencies_pkey", … for every index the plan reads. */
export function indexScans(plan: PlanNode): string[] {
  return nodesOf(plan)
    .filter((node) => node["Index Name"])
    .map((node) => `${node["Node Type"]} ${node["Index Name"]}`);
}

/**
 * The sorts that feed a LIMIT: a page that is cut only after every matching row was read and
 * sorted (a top-N sort), where an index in the list's order would have stopped at the page.
 */
export function sortsUnderLimit(plan: PlanNode): string[] {
  const outermostLimits = (node: PlanNode): PlanNode[] => (node["Node Type"] === "Limit" ? [node] : (node.Plans ?? []).flatMap(outermostLimits));
  return outermostLimits(plan)
    .flatMap((limit) => nodesOf(limit).slice(1))
    .map((node) => node["Node Type"])
    .filter((type) => type.endsWith("Sort"));
}

/** The index conditions of every scan of `index` in the plan. */
export function indexConditions(plan: PlanNode, index: string): string[] {
  return nodesOf(plan)
    .filter((node) => node["Index Name"] === index)
    .map((node) => node["Index Cond"] ?? "");
}

/**
 * The shared data set: 300 agencies, 200 conferences with a directive each, 20 000 tasks over
 * them, a few with words of their own for the search, vacuumed and analyzed. Call it from a
 * beforeAll with SLOW_SETUP_MS. `unitId` is the unit whose lists are read; `otherLead` another
 * agency leading as many tasks.
 */
export async function createTwentyThousandTasks(): Promise<{ unitId: number; otherLead: number }> {
  // 300 agencies as at full scale, so one unit leads or coordinates under 1% of the tasks, as in a province.
  const agencyIds = await createAgencies(db(), 300);
  const [unitId, otherLead] = agencyIds;
  const directiveIds: number[] = [];
  for (let i = 0; i < 4; i++) {
    const made = await createConferences(db(), 50, agencyIds[299], agencyIds[298], `201${i}-01-02`);
    directiveIds.push(...made.directiveIds);
  }
  await generateTasks(db(), 20_000, directiveIds, agencyIds);
  // A few tasks with words of their own, for the search (the generated titles are all "Nhiệm vụ N").
  await db().execute(sql`update tasks set title = 'Kiểm tra đại lý thuê bao trả trước ' || id where id % 400 = 0`);
  // And words only the three oldest have: none of the newest tasks match them.
  await db().execute(sql`
    update tasks set title = 'Rà soát trạm phát sóng ' || id
    where id in (select id from tasks order by id limit 3)`);
  // As autovacuum leaves a real database: statistics, and the visibility map that lets an index answer alone.
  await db().execute(sql`vacuum analyze`);
  return { unitId, otherLead };
}
