import { beforeAll, describe, expect, it } from "vitest";
import { searchKind } from "@/lib/search/queries";
import { prepareSearch } from "@/lib/search/sql";
import { capturingHandle, createTwentyThousandTasks, fullScans, indexScans, SLOW_SETUP_MS } from "./plans";

/* /search on the 20 000-task table, a few of whose tasks have words of their own (plans.ts). */

let unitId: number;

beforeAll(async () => {
  ({ unitId } = await createTwentyThousandTasks());
}, SLOW_SETUP_MS);

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
