import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { listDirectivesRoute } from "@/lib/api/resources/directives";
import { listTasksRoute } from "@/lib/api/resources/tasks";
import { listDirectiveConferenceOptions, listDirectives } from "@/lib/directives/list-queries";
import { loadTaskOverview } from "@/lib/tasks/overview";
import { db } from "@/test/db";
import { createPerson, createUser } from "@/test/factories";
import { createAgencies, generateTasks } from "../test-data";
import {
  capturingHandle,
  createTwentyThousandTasks,
  fullScans,
  indexConditions,
  indexScans,
  type PlanNode,
  sortsUnderLimit,
  SLOW_SETUP_MS,
  TODAY,
} from "./plans";

/*
 * A unit officer's /directives (its page, total and conference filter) and /tasks/overview,
 * and the API tokens' pages of tasks and directives: on the shared 20 000 tasks plus 20 000
 * directives in conferences of their own and 20 000 more tasks over them.
 */

type ApiViewer = { id: number; role: string; agencyId: number | null };

/** The plan of the first statement of an API token's first page of 50 (which the call must fill). */
async function apiPagePlan(route: typeof listTasksRoute | typeof listDirectivesRoute, viewer: ApiViewer): Promise<PlanNode> {
  const { handle, captured, explain } = capturingHandle();
  const user = { ...viewer, username: "api", displayName: "api", agencyName: null };
  // The route's handler as the API helper calls it, with the context it builds.
  const reply = (await route.handle({ db: handle, user, query: { limit: 50 }, locale: "vi" } as never)) as { items: unknown[] };
  expect(reply.items).toHaveLength(50);
  return explain(captured[0]);
}

let unitId: number;
let otherLead: number;
let leaderId: number;
let leaderIssued: number;

beforeAll(async () => {
  ({ unitId, otherLead } = await createTwentyThousandTasks());
  // 20 000 directives, each in its own conference, so that reading them all costs the planner
  // more than the page; the unit's tasks spread over them (19 999 and 300 share no factor).
  await db().execute(sql`
    insert into conferences (title, kind, status, host_agency_id, starts_at, ends_at)
    select 'Hội nghị giao ban ' || g, 'regular_briefing', 'concluded', ${otherLead},
           timestamptz '2015-01-02 01:00+00' + g * interval '3 hours',
           timestamptz '2015-01-02 02:00+00' + g * interval '3 hours'
    from generate_series(1, 19999) as g`);
  await db().execute(sql`
    insert into directives (conference_id, number, issuer_name, text, sector)
    select id, 1, 'Giàng Thị Hoa', 'Ý kiến chỉ đạo ' || id, 'press' from conferences where starts_at > '2015-01-02'`);
  const made = await db()
    .select({ id: schema.directives.id })
    .from(schema.directives)
    .innerJoin(schema.conferences, sql`${schema.conferences.id} = ${schema.directives.conferenceId}`)
    .where(sql`${schema.conferences.startsAt} > '2015-01-02'`);
  const directiveIds = made.map((row) => row.id);
  expect(directiveIds).toHaveLength(19_999);
  const agencyIds = [unitId, ...(await createAgencies(db(), 299))];
  await generateTasks(db(), 20_000, directiveIds, agencyIds);
  // A leader who issued one directive in 40 (about 500), as the demo leader issued 6 917 of 282 132.
  const person = await createPerson(db(), { fullName: "Giàng Thị Hoa" });
  leaderId = (await createUser(db(), { role: "leader", personId: person.id })).id;
  const issued = await db()
    .update(schema.directives)
    .set({ issuedByPersonId: person.id })
    .where(sql`${schema.directives.id} % 40 = 0`)
    .returning({ id: schema.directives.id });
  leaderIssued = issued.length;
  await db().execute(sql`vacuum analyze`);
}, SLOW_SETUP_MS);

describe("a unit officer's /directives and /tasks/overview read the unit's rows of task_agencies", () => {
  const unit = () => ({ id: 0, role: "unit_officer" as const, agencyId: unitId });
  const tables = ["tasks", "directives", "conferences"];
  const wholeReads = (plan: PlanNode) => tables.flatMap((table) => fullScans(plan, table));


  it(
    "the page of directives and its total: newest first from task_agencies_agency_conference_idx, no table read whole",
    async () => {
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
    },
  );

  it("the conference filter's newest conferences: cut from the same index, the selected one found through it too", async () => {
    const { handle, captured, explain } = capturingHandle();
    const options = await listDirectiveConferenceOptions(handle, unit(), 1);
    expect(options.length).toBeGreaterThan(50);
    const plan = await explain(captured[0]);
    expect(wholeReads(plan)).toEqual([]);
    expect(indexScans(plan)).toContain("Index Only Scan task_agencies_agency_conference_idx");
  });

  it(
    "a unit's API token pages its tasks in sync order from task_agencies_agency_updated_idx, never a scan of tasks",
    async () => {
      const plan = await apiPagePlan(listTasksRoute, unit());
      expect(wholeReads(plan)).toEqual([]);
      expect(indexScans(plan)).toContainEqual(expect.stringMatching(/^Index (Only )?Scan task_agencies_agency_updated_idx$/));
    },
  );

  it("the secretariat's API token pages all tasks from tasks_updated_idx and reads the page's tasks by primary key", async () => {
    const plan = await apiPagePlan(listTasksRoute, { id: 1, role: "secretariat", agencyId: null });
    // The page walks the updated_at index from its start and stops after 51 rows (no index
    // condition, and none needed). Joined to that page as a subquery, the benchmark's 10 000
    // tasks were few enough for the planner to hash-join a sequential scan of all of them
    // (20 000 here were not): the page's tasks are now looked up by an array of their ids,
    // which the planner answers from the primary key at any size.
    expect(fullScans(plan, "tasks").filter((scan) => scan.startsWith("Seq Scan"))).toEqual([]);
    expect(indexScans(plan)).toContainEqual(expect.stringMatching(/^Index (Only )?Scan tasks_updated_idx$/));
    expect(indexConditions(plan, "tasks_pkey")).toEqual([expect.stringMatching(/^\(id = ANY \(\$?/)]);
  });

  it(
    "the overview counts the unit's tasks from task_agencies_agency_overview_idx alone, never reading a task or directive",
    async () => {
      const { handle, captured, explain } = capturingHandle();
      const overview = await loadTaskOverview(handle, unit(), {}, TODAY);
      expect(overview.totals.total).toBeGreaterThan(0);
      const plan = await explain(captured[0]);
      expect(wholeReads(plan)).toEqual([]);
      expect(indexScans(plan)).toContain("Index Only Scan task_agencies_agency_overview_idx");
      expect(JSON.stringify(plan)).not.toMatch(/"Relation Name":"(tasks|directives)"/);
    },
  );

  it(
    "a unit's API token pages its directives in sync order from task_agencies_agency_directive_updated_idx, never a scan of directives",
    async () => {
      const plan = await apiPagePlan(listDirectivesRoute, unit());
      expect(wholeReads(plan)).toEqual([]);
      expect(indexScans(plan)).toContain("Index Only Scan task_agencies_agency_directive_updated_idx");
    },
  );
});

describe("a leader's own directives, and everyone's, are one index range in the list's order", () => {
  const leader = () => ({ id: leaderId, role: "leader" as const, agencyId: null });

  it("the leader's /directives page walks directives_issuer_order_idx and stops at the page, no sort", async () => {
    const { handle, captured, explain } = capturingHandle();
    const { rows, total } = await listDirectives(handle, leader(), { all: false, page: 1 }, TODAY, 50);
    expect(rows).toHaveLength(50);
    expect(total.count).toBe(leaderIssued);
    const page = captured.find((q) => !q.sql.startsWith("select count(*)"))!;
    const plan = await explain(page);
    expect(fullScans(plan, "directives")).toEqual([]);
    expect(indexScans(plan)).toContainEqual(expect.stringMatching(/^Index (Only )?Scan directives_issuer_order_idx$/));
    // Through "issued_by_person_id IN (…)" the planner read all ~500 and sorted them by the conference's start.
    expect(sortsUnderLimit(plan)).toEqual([]);
  });

  it("everyone else's page walks directives_conference_order_idx, no sort", async () => {
    const { handle, captured, explain } = capturingHandle();
    const secretariat = { id: 1, role: "secretariat" as const, agencyId: null };
    const { rows } = await listDirectives(handle, secretariat, { all: true, page: 1 }, TODAY, 50);
    expect(rows).toHaveLength(50);
    const plan = await explain(captured.find((q) => !q.sql.startsWith("select count(*)"))!);
    // The index is walked from its start with no condition (none is needed) and the LIMIT stops it.
    expect(fullScans(plan, "directives").filter((scan) => scan.startsWith("Seq Scan"))).toEqual([]);
    expect(indexScans(plan)).toContainEqual(expect.stringMatching(/^Index (Only )?Scan directives_conference_order_idx$/));
    expect(sortsUnderLimit(plan)).toEqual([]);
  });

  it("a leader's API token pages their directives in sync order from directives_issuer_updated_idx", async () => {
    const plan = await apiPagePlan(listDirectivesRoute, leader());
    expect(fullScans(plan, "directives")).toEqual([]);
    expect(indexScans(plan)).toContainEqual(expect.stringMatching(/^Index (Only )?Scan directives_issuer_updated_idx$/));
    expect(sortsUnderLimit(plan)).toEqual([]);
  });
});
