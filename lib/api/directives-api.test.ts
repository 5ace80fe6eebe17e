import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { directives, tasks } from "@/db/schema";
import { createDirective, createTaskRow } from "@/lib/tasks/test-helpers";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { call, tokenFor } from "./test-helpers";

const list = (await import("@/app/api/v1/directives/route")).GET;

type Page = { items: { id: number; updatedAt: string; taskIds: number[] }[]; nextCursor: string | null };

/** Every page of /directives?<query>, limit 2, following nextCursor: the ids in the order served. */
async function walk(token: string, query = ""): Promise<number[]> {
  const seen: number[] = [];
  let cursor: string | null = null;
  do {
    const reply = await call(list, `/directives?limit=2${query}${cursor ? `&cursor=${cursor}` : ""}`, { token });
    expect(reply.status).toBe(200);
    const page = reply.json as unknown as Page;
    seen.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

/**
 * A unit's directive sync (its own rows of task_agencies, which copy the directive's
 * updated_at): each of its directives once, however many of its tasks one has, in
 * (updated_at, id) order across pages, an edited directive moved to the end, and
 * updated_since — the same rows and order as the directives themselves give.
 */
describe("/api/v1/directives for a unit's token", () => {
  it("pages the unit's directives once each in sync order, follows an edit, and filters by updated_since", async () => {
    const [unit, other] = [await createAgency(db()), await createAgency(db())];
    const at = (iso: string) => ({ updatedAt: new Date(iso) });
    const made = [];
    for (const [i, iso] of ["2012-07-05T01:00:00Z", "2012-07-03T01:00:00Z", "2012-07-03T01:00:00Z", "2012-07-04T01:00:00Z", "2012-07-06T01:00:00Z"].entries()) {
      made.push((await createDirective(db(), { number: i + 1, sector: i === 3 ? "press" : "general", ...at(iso) })).directive);
    }
    const [d0, d1, d2, d3, d4] = made;
    // Two of the unit's tasks on d1 (lead and coordinator), one each on d0, d2 and d3; d4 is only the other unit's.
    await createTaskRow(db(), { directiveId: d1.id, leadAgencyId: unit.id });
    await createTaskRow(db(), { directiveId: d1.id, leadAgencyId: other.id, coordinatorIds: [unit.id] });
    const t0 = await createTaskRow(db(), { directiveId: d0.id, leadAgencyId: unit.id });
    for (const d of [d2, d3]) await createTaskRow(db(), { directiveId: d.id, leadAgencyId: unit.id });
    await createTaskRow(db(), { directiveId: d4.id, leadAgencyId: other.id });
    // Creating tasks does not touch the directives: their updated_at is still the one set above.
    for (const d of made) await db().update(directives).set({ updatedAt: d.updatedAt }).where(eq(directives.id, d.id));
    const token = await tokenFor(db(), await createUser(db(), { role: "unit_officer", agencyId: unit.id }));

    // 03/07 twice (id order), 04/07, 05/07; never d4.
    const [first, second] = d1.id < d2.id ? [d1, d2] : [d2, d1];
    expect(await walk(token)).toEqual([first.id, second.id, d3.id, d0.id]);
    const page = (await call(list, "/directives?limit=10", { token })).json as unknown as Page;
    expect(page.items.find((item) => item.id === d1.id)?.taskIds).toHaveLength(2);
    expect(page.items.map((item) => item.updatedAt)).toEqual(["2012-07-03T01:00:00.000Z", "2012-07-03T01:00:00.000Z", "2012-07-04T01:00:00.000Z", "2012-07-05T01:00:00.000Z"]);

    // An edit moves the directive to the end of the unit's order; a sync since then sees it alone.
    await db().update(directives).set({ text: "Đã sửa", updatedAt: new Date("2012-08-01T01:00:00Z") }).where(eq(directives.id, d1.id));
    expect(await walk(token)).toEqual([d2.id, d3.id, d0.id, d1.id]);
    expect(await walk(token, "&updated_since=2012-07-15T00:00:00Z")).toEqual([d1.id]);
    // The directive's own filters still apply.
    expect(await walk(token, "&sector=press")).toEqual([d3.id]);
    expect(await walk(token, `&conference=${d0.conferenceId}`)).toEqual([d0.id]);
    // Its one task there led by another unit now: the directive leaves the unit's list.
    await db().update(tasks).set({ leadAgencyId: other.id }).where(eq(tasks.id, t0.id));
    expect(await walk(token)).toEqual([d2.id, d3.id, d1.id]);
  });
});
