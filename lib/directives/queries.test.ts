import { describe, expect, it } from "vitest";
import { countQueries } from "@/test/query-count";
import { directives, taskCoordinators } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency, createPerson, createUser } from "@/test/factories";
import { createConference, createTask } from "./test-helpers";
import { listConferenceDirectives, listDirectives, parseDirectiveListParams } from "./queries";

async function directive(conferenceId: number, number: number, personId: number, text: string) {
  const [row] = await db().insert(directives).values({ conferenceId, number, issuedByPersonId: personId, issuerName: "x", text }).returning();
  return row;
}

describe("directive queries", () => {
  it("show a leader only their own, a unit officer only those with their agency's tasks, with counts by status in one query and the total in another", async () => {
    const c = await createConference(db());
    const thang = await createPerson(db());
    const hoa = await createPerson(db());
    const leader = await createUser(db(), { role: "leader", personId: thang.id });
    const lead = await createAgency(db());
    const coordinator = await createAgency(db());
    const other = await createAgency(db());
    const own = await directive(c.id, 1, thang.id, "Của đồng chí Thắng");
    const hers = await directive(c.id, 2, hoa.id, "Của đồng chí Hoa");
    await directive(c.id, 3, hoa.id, "Chưa giao");
    await createTask(db(), own.id, lead.id, { deadline: "2012-08-01", originalDeadline: "2012-08-01", completedOn: "2012-07-30" });
    await createTask(db(), own.id, lead.id, { deadline: "2012-08-01", originalDeadline: "2012-08-01" });
    const shared = await createTask(db(), hers.id, other.id);
    await db().insert(taskCoordinators).values({ taskId: shared.id, agencyId: coordinator.id });

    const filters = parseDirectiveListParams({ conference: String(c.id) });
    const { result: mine, queries } = await countQueries(() => listDirectives(db(), { id: leader.id, role: "leader", agencyId: null }, filters, "2012-08-02"));
    expect(queries).toBe(2); // the page with its tasks, and the total
    expect(mine.rows.map((r) => r.text)).toEqual(["Của đồng chí Thắng"]);
    expect(mine.rows[0]).toMatchObject({ taskTotal: 2, taskCounts: { completed_on_time: 1, open_overdue: 1, ongoing: 0 } });
    // Leaders read everything when they ask for it.
    const everything = await listDirectives(db(), { id: leader.id, role: "leader", agencyId: null }, { ...filters, all: true }, "2012-08-02");
    expect(everything.total).toEqual({ count: 3, more: false });

    const all = await listDirectives(db(), { id: 0, role: "secretariat", agencyId: null }, filters, "2012-08-02");
    expect(all.total).toEqual({ count: 3, more: false });
    expect(all.rows.map((r) => r.number)).toEqual([1, 2, 3]);

    const asCoordinator = await listDirectives(db(), { id: 0, role: "unit_officer", agencyId: coordinator.id }, filters, "2012-08-02");
    expect(asCoordinator.rows.map((r) => r.text)).toEqual(["Của đồng chí Hoa"]);
    expect(asCoordinator.rows[0]).toMatchObject({ taskTotal: 1, taskCounts: { ongoing: 1 } });
    const asLead = await listDirectives(db(), { id: 0, role: "unit_officer", agencyId: lead.id }, filters, "2012-08-02");
    expect(asLead.rows.map((r) => r.text)).toEqual(["Của đồng chí Thắng"]);
    const unrelated = await createAgency(db());
    expect((await listDirectives(db(), { id: 0, role: "unit_officer", agencyId: unrelated.id }, filters)).rows).toHaveLength(0);

    expect((await listDirectives(db(), { id: 0, role: "viewer", agencyId: null }, { ...filters, sector: "press" })).rows).toHaveLength(0);
    expect((await listDirectives(db(), { id: 0, role: "viewer", agencyId: null }, { ...filters, q: "hoa" })).rows).toHaveLength(1);
    expect((await listConferenceDirectives(db(), c.id)).map((r) => r.number)).toEqual([1, 2, 3]);
  });
});
