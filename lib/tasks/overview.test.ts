import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferences, directives, taskCoordinators, tasks } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { loadTaskOverview, parseOverviewParams } from "./overview";
import { listTasks, parseTaskListParams } from "./queries";
import { TASK_STATUSES } from "./status";
import { createDirective, createTaskRow } from "./test-helpers";

const today = "2012-11-15";
const secretariat = { role: "secretariat" as const, agencyId: null };

/** Two conferences (H1 and H2 2012), three units, tasks in every status. */
async function scenario() {
  const { conference: h1, directive: press } = await createDirective(db(), { sector: "press" });
  await db().update(conferences).set({ reviewedPeriod: "2012-H1" }).where(eq(conferences.id, h1.id));
  const [telecom] = await db().insert(directives).values({ conferenceId: h1.id, number: 2, issuerName: "Giàng Thị Hoa", text: "Thuê bao trả trước", sector: "postal_telecom" }).returning();
  const [h2] = await db()
    .insert(conferences)
    .values({ title: "Tổng kết năm", kind: "annual_review", reviewedPeriod: "2012-Y", hostAgencyId: h1.hostAgencyId, startsAt: new Date("2012-12-20T01:00:00Z"), endsAt: new Date("2012-12-20T04:00:00Z") })
    .returning();
  const [later] = await db().insert(directives).values({ conferenceId: h2.id, number: 1, issuerName: "Giàng Thị Hoa", text: "Báo chí", sector: "press" }).returning();
  const [vnpt, viettel, office] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
  await createTaskRow(db(), { directiveId: press.id, leadAgencyId: vnpt.id, deadline: "2012-09-30", completedOn: "2012-09-30" }); // on time (deadline day)
  await createTaskRow(db(), { directiveId: press.id, leadAgencyId: vnpt.id, deadline: "2012-09-30", completedOn: "2012-10-02" }); // late
  await createTaskRow(db(), { directiveId: telecom.id, leadAgencyId: viettel.id, deadline: "2012-11-15" }); // due today: within
  await createTaskRow(db(), { directiveId: telecom.id, leadAgencyId: viettel.id, deadline: "2012-11-14", completionReportedAt: new Date("2012-11-10T03:00:00Z") }); // overdue, awaiting
  await createTaskRow(db(), { directiveId: telecom.id, leadAgencyId: viettel.id, deadline: "2012-10-01", coordinatorIds: [office.id] }); // overdue
  await createTaskRow(db(), { directiveId: later.id, leadAgencyId: office.id, deadline: null }); // ongoing
  return { h1, h2, vnpt, viettel, office };
}

describe("task overview", () => {
  it("counts by status, unit and sector, with the on-time rate, from one query", async () => {
    const { vnpt, viettel, office } = await scenario();
    const overview = await loadTaskOverview(db(), secretariat, {}, today);
    expect(overview.totals).toEqual({ completed_on_time: 1, completed_late: 1, open_within_deadline: 1, open_overdue: 2, ongoing: 1, total: 6, awaitingAcceptance: 1 });
    expect(overview.rate).toEqual({ completed: 2, onTime: 1, rate: "50.00" });
    // Most overdue first.
    expect(overview.byUnit.map((u) => [u.agencyId, u.counts.total, u.counts.open_overdue])).toEqual([
      [viettel.id, 3, 2],
      [vnpt.id, 2, 0],
      [office.id, 1, 0],
    ]);
    expect(overview.byUnit[1].rate.rate).toBe("50.00");
    expect(overview.bySector.map((s) => [s.sector, s.counts.total])).toEqual([
      ["press", 3],
      ["postal_telecom", 3],
    ]);
  });

  it("filters by conference, period and sector", async () => {
    const { h1, h2 } = await scenario();
    expect((await loadTaskOverview(db(), secretariat, { conferenceId: h2.id }, today)).totals.total).toBe(1);
    expect((await loadTaskOverview(db(), secretariat, { conferenceId: h1.id, sector: "press" }, today)).totals.total).toBe(2);
    expect((await loadTaskOverview(db(), secretariat, { period: "2012-H1", conferenceId: h1.id }, today)).totals.total).toBe(5);
    expect((await loadTaskOverview(db(), secretariat, { period: "2012-Y", conferenceId: h1.id }, today)).totals.total).toBe(0);
    expect((await loadTaskOverview(db(), secretariat, { period: "2013-H1" }, today)).totals.total).toBe(0);
  });

  it("gives every count the same number the task list behind its link shows", async () => {
    const { h1 } = await scenario();
    const base = { conference: String(h1.id), period: "2012-H1" };
    const overview = await loadTaskOverview(db(), secretariat, parseOverviewParams(base), today);
    for (const status of TASK_STATUSES) {
      const { total } = await listTasks(db(), secretariat, parseTaskListParams({ ...base, status }), today);
      expect(total.count, status).toBe(overview.totals[status]);
    }
    for (const unit of overview.byUnit) {
      const { total } = await listTasks(db(), secretariat, parseTaskListParams({ ...base, lead: String(unit.agencyId) }), today);
      expect(total.count).toBe(unit.counts.total);
    }
    const awaiting = await listTasks(db(), secretariat, parseTaskListParams({ ...base, awaiting: "1" }), today);
    expect(awaiting.total.count).toBe(overview.totals.awaitingAcceptance);
  });

  it("shows a unit officer only the tasks their agency leads or coordinates", async () => {
    const { office } = await scenario();
    const overview = await loadTaskOverview(db(), { role: "unit_officer", agencyId: office.id }, {}, today);
    expect(overview.totals.total).toBe(2);
    expect(overview.totals.ongoing).toBe(1);
    expect(overview.totals.open_overdue).toBe(1);
  });

  it("counts a unit's tasks from its rows of task_agencies exactly as from the tasks, whatever the filter, after changes too", async () => {
    const { h1, h2, viettel } = await scenario();
    // A unit that coordinates every task: its overview must be the secretariat's, figure for figure.
    const everywhere = await createAgency(db());
    const all = await db().select({ id: tasks.id }).from(tasks);
    await db().insert(taskCoordinators).values(all.map((t) => ({ taskId: t.id, agencyId: everywhere.id })));
    const unit = { role: "unit_officer" as const, agencyId: everywhere.id };
    const filterSets = [{}, { conferenceId: h1.id }, { conferenceId: h2.id }, { conferenceId: h1.id, sector: "press" as const }, { period: "2012-H1" }, { period: "2012-Y" }, { sector: "postal_telecom" as const }];
    const same = async () => {
      for (const filters of filterSets) expect(await loadTaskOverview(db(), unit, filters, today), JSON.stringify(filters)).toEqual(await loadTaskOverview(db(), secretariat, filters, today));
    };
    await same();
    // A report of completion, an accepted one, a new lead, a directive moved to another sector.
    const [first] = await db().select({ id: tasks.id }).from(tasks).where(eq(tasks.leadAgencyId, viettel.id)).orderBy(tasks.id).limit(1);
    await db().update(tasks).set({ completionReportedAt: new Date("2012-11-14T03:00:00Z") }).where(eq(tasks.id, first.id));
    await db().update(tasks).set({ completedOn: "2012-11-14", leadAgencyId: everywhere.id }).where(eq(tasks.id, first.id));
    await db().update(directives).set({ sector: "it" }).where(eq(directives.conferenceId, h2.id));
    await same();
    expect((await loadTaskOverview(db(), unit, {}, today)).byUnit.map((u) => u.agencyId)).toContain(everywhere.id);
  });

  it("ignores unknown filter values", () => {
    expect(parseOverviewParams({ conference: "x", period: "2012-H3", sector: "sports" })).toEqual({ conferenceId: undefined, period: undefined, sector: undefined });
    expect(parseOverviewParams({ conference: "4", period: "2012-9M", sector: "it" })).toEqual({ conferenceId: 4, period: "2012-9M", sector: "it" });
  });
});
