import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { loadHomeWork } from "@/lib/home/queries";
import { db } from "@/test/db";
import { capturingHandle, createTwentyThousandTasks, indexScans, type PlanNode, SLOW_SETUP_MS } from "./plans";

/* The home page's counts (lib/home/queries.ts) for each role, on the 20 000-task table. */

let unitId: number;

beforeAll(async () => {
  ({ unitId } = await createTwentyThousandTasks());
}, SLOW_SETUP_MS);

describe("the home page's counts read tasks through an index", () => {
  const now = new Date("2012-10-01T03:00:00Z");
  beforeAll(async () => {
    // A history as tasks have one: three progress reports each, and a completion report
    // returned on one task in two hundred.
    await db().execute(sql`insert into task_events (task_id, kind, at)
      select id, 'progress', now() - (n || ' days')::interval from tasks, generate_series(1, 3) n`);
    await db().execute(sql`insert into task_events (task_id, kind, at)
      select id, 'returned', now() from tasks where id % 200 = 0`);
    // Each insert touches its events' tasks (the API's sync order): every task was updated, so
    // they are vacuumed and analysed too, as autovacuum would after such a batch.
    await db().execute(sql`vacuum analyze task_events`);
    await db().execute(sql`vacuum analyze tasks`);
  }, SLOW_SETUP_MS);
  // Reading the whole of a partial index (only the open, or the waiting, tasks) is what it is for.
  const PARTIAL = new Set(["tasks_awaiting_acceptance_idx", "tasks_open_deadline_idx"]);
  const wholeTaskReads = (plan: PlanNode): string[] => {
    const found: string[] = [];
    const walk = (node: PlanNode) => {
      const type = node["Node Type"];
      const unconditioned = type.startsWith("Index") && !node["Index Cond"] && !PARTIAL.has(node["Index Name"] ?? "");
      if (node["Relation Name"] === "tasks" && (type === "Seq Scan" || unconditioned)) {
        found.push(`${type} ${node["Index Name"] ?? ""}`);
      }
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan);
    return found;
  };
  const homeOf = async (role: "unit_officer" | "secretariat" | "leader", agencyId: number | null) => {
    const [user] = await db()
      .insert(schema.users)
      .values({ username: `home-${role}`, displayName: role, passwordHash: "x", role, agencyId })
      .returning();
    const { handle, captured, explain } = capturingHandle();
    const current = { id: user.id, username: user.username, displayName: role, role, agencyId, agencyName: null };
    await loadHomeWork(handle, current, now);
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
