import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { listTasksRoute } from "@/lib/api/resources/tasks";
import { loadDirectiveBoard } from "@/lib/directives/board";
import { listTasks } from "@/lib/tasks/queries";
import { db } from "@/test/db";
import {
  type Captured,
  capturingHandle,
  createTwentyThousandTasks,
  fullScans,
  indexScans,
  SLOW_SETUP_MS,
  TODAY,
  wholeReadsPerRow,
} from "./plans";

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

describe("a task's coordinating units are looked up by key, not by reading every agency once per task", () => {
  // Each list shows a task's coordinators from a correlated subquery (lib/tasks/coordinators.ts).
  // Joined to agencies inside it, the planner hashed all 300 agencies once per task.
  const secretariat = { role: "secretariat" as const, agencyId: null };

  it("the task list", async () => {
    const { handle, captured, explain } = capturingHandle();
    const { rows } = await listTasks(handle, secretariat, { page: 1, dueSoon: false, awaitingAcceptance: false }, TODAY, 50);
    expect(rows.some((row) => row.coordinatorNames)).toBe(true);
    expect(wholeReadsPerRow(await explain(captured[0]), "agencies")).toEqual([]);
  });

  it("a conference's board of directives", async () => {
    const [{ conferenceId }] = await db()
      .select({ conferenceId: schema.directives.conferenceId })
      .from(schema.tasks)
      .innerJoin(schema.directives, eq(schema.directives.id, schema.tasks.directiveId))
      .limit(1);
    const { handle, captured, explain } = capturingHandle();
    const board = await loadDirectiveBoard(handle, secretariat, conferenceId, TODAY);
    expect(board.flatMap((directive) => directive.tasks).some((task) => task.coordinatorNames)).toBe(true);
    expect(wholeReadsPerRow(await explain(captured[0]), "agencies")).toEqual([]);
  });

  it("the API's tasks", async () => {
    const { handle, captured, explain } = capturingHandle();
    const user = { id: 1, role: "secretariat", agencyId: null, username: "api", displayName: "api", agencyName: null };
    const reply = (await listTasksRoute.handle({ db: handle, user, query: { limit: 50 }, locale: "vi" } as never)) as {
      items: { coordinatingAgencies: unknown[] }[];
    };
    expect(reply.items.some((item) => item.coordinatingAgencies.length > 0)).toBe(true);
    expect(wholeReadsPerRow(await explain(captured[0]), "agencies")).toEqual([]);
  });
});
