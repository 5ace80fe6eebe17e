import { beforeAll, describe, expect, it } from "vitest";
import { RECENT_WINDOWS, type SearchKind, searchKind } from "@/lib/search/queries";
import { prepareSearch } from "@/lib/search/sql";
import { type Captured, capturingHandle, createTwentyThousandTasks, fullScans, indexScans, type PlanNode, SLOW_SETUP_MS } from "./plans";

/*
 * /search on the 20 000-task table, a few of whose tasks have words of their own (plans.ts):
 * words every task has are ranked among the newest 1 000 tasks, a bounded read; words in one task
 * in 400 among the newest 10 000; words none of the newest have go on to the search index.
 */

type Searcher = { role: "secretariat" | "unit_officer"; agencyId: number | null };
const secretariat: Searcher = { role: "secretariat", agencyId: null };
let unitId: number;

beforeAll(async () => {
  ({ unitId } = await createTwentyThousandTasks());
}, SLOW_SETUP_MS);

/** The plans of the statements one kind's search sends, in order. */
async function searchPlans(user: Searcher, kind: SearchKind, typed: string, limit: number): Promise<PlanNode[]> {
  const { handle, captured, explain } = capturingHandle();
  const hits = await searchKind(handle, user, kind, prepareSearch(typed)!, limit);
  expect(hits.length).toBeGreaterThan(0);
  return Promise.all(captured.map((statement: Captured) => explain(statement)));
}

/** The LIMITs of the plan that sit right over a scan of `table`, with their row counts. */
function limitedScans(plan: PlanNode, table: string): string[] {
  const walk = (node: PlanNode): string[] => [
    ...(node["Node Type"] === "Limit"
      ? (node.Plans ?? []).filter((child) => child["Relation Name"] === table).map((child) => `${child["Node Type"]} ${child["Index Name"]}`)
      : []),
    ...(node.Plans ?? []).flatMap(walk),
  ];
  return walk(plan);
}

describe("a search for common words reads only the newest tasks, whatever the table's size", () => {
  it("the secretariat: one statement, the newest tasks by tasks_pkey under a LIMIT, no search index", async () => {
    // Every generated task is "Nhiệm vụ N": 20 000 matches, ranked among the newest only.
    const [plan, ...more] = await searchPlans(secretariat, "tasks", "nhiem vu", 10);
    expect(more).toEqual([]);
    expect(limitedScans(plan, "tasks")).toEqual(["Index Scan tasks_pkey"]);
    expect(fullScans(plan, "tasks")).toEqual([]);
    expect(indexScans(plan)).not.toContain("Bitmap Index Scan tasks_search_idx");
  });

  it("a unit officer: one statement, the unit's newest rows of task_agencies, never a scan of tasks", async () => {
    const [plan, ...more] = await searchPlans({ role: "unit_officer", agencyId: unitId }, "tasks", "nhiem vu", 10);
    expect(more).toEqual([]);
    expect(indexScans(plan)).toContain("Index Only Scan task_agencies_agency_id_task_id_pk");
    expect(fullScans(plan, "tasks")).toEqual([]);
    expect(indexScans(plan)).not.toContain("Bitmap Index Scan tasks_search_idx");
  });
});

describe("rarer words widen the window of newest tasks, never a scan of tasks", () => {
  const cases: [string, Searcher, string][] = [
    ["the secretariat", secretariat, "kiem tra thue bao"],
    ["the secretariat, with a typo", secretariat, "kiem tra thuee bao"],
  ];
  it.each(cases)("%s", async (_who, user, typed) => {
    // One task in 400 has these words: about 2 of the newest 1 000, short of the page of 10; about 25 of the newest 10 000.
    expect(RECENT_WINDOWS).toEqual([1_000, 10_000]);
    const [newest, wider, ...more] = await searchPlans(user, "tasks", typed, 10);
    expect(more).toEqual([]);
    for (const plan of [newest, wider]) {
      expect(limitedScans(plan, "tasks")).toEqual(["Index Scan tasks_pkey"]);
      expect(fullScans(plan, "tasks")).toEqual([]);
      expect(indexScans(plan)).not.toContain("Bitmap Index Scan tasks_search_idx");
    }
  });
});

describe("words none of the newest tasks have go on to tasks_search_idx, never a scan of tasks", () => {
  it("the secretariat", async () => {
    // Only the three oldest tasks have them: the newest 1 000 hold none, so no wider window is read.
    const [newest, all, ...more] = await searchPlans(secretariat, "tasks", "ra soat tram phat song", 10);
    expect(more).toEqual([]);
    expect(limitedScans(newest, "tasks")).toEqual(["Index Scan tasks_pkey"]);
    expect(fullScans(newest, "tasks")).toEqual([]);
    expect(fullScans(all, "tasks")).toEqual([]);
    expect(indexScans(all)).toContain("Bitmap Index Scan tasks_search_idx");
  });
});
