import { beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { listTasks } from "@/lib/tasks/queries";
import { db } from "@/test/db";
import { type Captured, capturingHandle, createTwentyThousandTasks, fullScans, indexScans, SLOW_SETUP_MS, TODAY } from "./plans";

/*
 * The task list (/tasks) on the 20 000-task table: a unit's page and its total, and the
 * secretariat's list filtered by lead unit. The API tokens' task pages are tested in
 * directives-overview.test.ts, on its table of 20 000 directives.
 */

let unitId: number;
let otherLead: number;

beforeAll(async () => {
  ({ unitId, otherLead } = await createTwentyThousandTasks());
}, SLOW_SETUP_MS);

describe("the planner finds tasks through an index on a 20 000-task table", () => {
  const firstPage = { page: 1, dueSoon: false, awaitingAcceptance: false };

  it("has the rows it claims", async () => {
    const rows = await db().select({ id: schema.tasks.id }).from(schema.tasks).limit(20_001);
    expect(rows.length).toBe(20_000);
  });

  it("a unit's page of tasks walks its own rows of task_agencies in deadline order, without scanning tasks", async () => {
    const { handle, captured, explain } = capturingHandle();
    const { rows } = await listTasks(handle, { role: "unit_officer", agencyId: unitId }, firstPage, TODAY, 50);
    expect(rows).toHaveLength(50);
    const plan = await explain(captured[0]);
    expect(fullScans(plan, "tasks")).toEqual([]);
    expect(indexScans(plan)).toContainEqual(expect.stringMatching(/^Index (Only )?Scan task_agencies_agency_deadline_idx$/));
  });

  it("a unit's total comes from an index of task_agencies alone, without reading tasks", async () => {
    const { handle, captured, explain } = capturingHandle();
    await listTasks(handle, { role: "unit_officer", agencyId: unitId }, firstPage, TODAY, 50);
    const count = captured.find((q) => q.sql.startsWith("select count(*)"));
    expect(count).toBeDefined();
    const scans = indexScans(await explain(count as Captured));
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatch(/^Index Only Scan task_agencies_/);
  });

  it("the secretariat's task list filtered by lead unit does not scan the whole tasks table", async () => {
    const { handle, captured, explain } = capturingHandle();
    const secretariat = { role: "secretariat" as const, agencyId: null };
    const { rows } = await listTasks(handle, secretariat, { ...firstPage, leadAgencyId: otherLead }, TODAY, 50);
    expect(rows).toHaveLength(50);
    const plan = await explain(captured[0]);
    expect(fullScans(plan, "tasks")).toEqual([]);
  });
});
