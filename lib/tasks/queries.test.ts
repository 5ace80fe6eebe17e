import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tasks } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { addDays, listTasks, parseTaskListParams, taskStatusCondition } from "./queries";
import { deriveTaskStatus, TASK_STATUSES } from "./status";
import { createDirective, createTaskRow } from "./test-helpers";

const TODAY = "2012-10-15";
const admin = { role: "admin" as const, agencyId: null };

describe("task list", () => {
  it("parses its query string, ignoring unknown values", () => {
    expect(parseTaskListParams({ status: "open_overdue", due: "7", lead: "4", directive: "x", sector: "press", page: "2" })).toMatchObject({
      status: "open_overdue",
      dueSoon: true,
      leadAgencyId: 4,
      directiveId: undefined,
      sector: "press",
      page: 2,
    });
    expect(parseTaskListParams({ status: "done", sector: "other" })).toMatchObject({ status: undefined, sector: undefined, dueSoon: false });
    expect(addDays("2012-12-28", 7)).toBe("2013-01-04");
  });

  it("filters by status in SQL exactly as deriveTaskStatus derives it (boundaries included)", async () => {
    const { directive } = await createDirective(db());
    const samples: { deadline: string | null; completedOn: string | null }[] = [
      { deadline: TODAY, completedOn: null }, // due today: within deadline
      { deadline: addDays(TODAY, -1), completedOn: null }, // overdue by one day
      { deadline: addDays(TODAY, 30), completedOn: null },
      { deadline: null, completedOn: null }, // ongoing
      { deadline: null, completedOn: "2012-09-01" }, // ongoing, completed: on time
      { deadline: "2012-09-01", completedOn: "2012-09-01" }, // completed on the deadline day
      { deadline: "2012-09-01", completedOn: "2012-09-02" }, // one day late
      { deadline: "2012-09-01", completedOn: "2012-08-20" },
    ];
    const rows = [];
    for (const sample of samples) rows.push(await createTaskRow(db(), { directiveId: directive.id, ...sample }));
    const ids = rows.map((r) => r.id);
    for (const status of TASK_STATUSES) {
      const inSql = (await db().select({ id: tasks.id }).from(tasks).where(taskStatusCondition(status, TODAY))).map((r) => r.id).filter((id) => ids.includes(id));
      const inTs = rows.filter((row) => deriveTaskStatus(row, TODAY).status === status).map((r) => r.id);
      expect(inSql.sort(), status).toEqual(inTs.sort());
    }
    const list = await listTasks(db(), admin, parseTaskListParams({ status: "open_overdue", directive: String(directive.id) }), TODAY);
    expect(list.rows.map((r) => r.id)).toEqual([rows[1].id]);
  });

  it("lists due within 7 days (today to today + 7, open only)", async () => {
    const { directive } = await createDirective(db());
    const make = (deadline: string | null, completedOn: string | null = null) => createTaskRow(db(), { directiveId: directive.id, deadline, completedOn });
    const today = await make(TODAY);
    const seventh = await make(addDays(TODAY, 7));
    await make(addDays(TODAY, 8));
    await make(addDays(TODAY, -1));
    await make(addDays(TODAY, 2), TODAY);
    await make(null);
    const list = await listTasks(db(), admin, parseTaskListParams({ due: "7", directive: String(directive.id) }), TODAY);
    expect(list.rows.map((r) => r.id)).toEqual([today.id, seventh.id]);
  });

  it("shows a unit officer only tasks their agency leads or coordinates, with names", async () => {
    const { directive, conference } = await createDirective(db());
    const [mine, other, coordinator] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const led = await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: mine.id, deadline: "2012-11-01", coordinatorIds: [coordinator.id, other.id] });
    const coordinated = await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: other.id, deadline: "2012-11-02", coordinatorIds: [mine.id] });
    const foreign = await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: other.id, deadline: "2012-11-03", coordinatorIds: [coordinator.id] });

    const officer = { role: "unit_officer" as const, agencyId: mine.id };
    const seen = await listTasks(db(), officer, parseTaskListParams({}), TODAY);
    expect(seen.rows.map((r) => r.id)).toEqual([led.id, coordinated.id]);
    expect(seen.total.count).toBe(2);
    expect(seen.rows[0]).toMatchObject({ leadAgencyName: mine.name, conferenceId: conference.id, directiveNumber: 1 });
    expect(seen.rows[0].coordinatorNames?.split("; ").sort()).toEqual([coordinator.name, other.name].sort());
    expect((await listTasks(db(), { role: "unit_officer", agencyId: null }, parseTaskListParams({}), TODAY)).rows).toEqual([]);

    const all = await listTasks(db(), admin, parseTaskListParams({ conference: String(conference.id) }), TODAY);
    expect(all.rows.map((r) => r.id)).toEqual([led.id, coordinated.id, foreign.id]);
    expect((await listTasks(db(), admin, parseTaskListParams({ conference: String(conference.id), lead: String(other.id), q: "nhiệm" }), TODAY)).total.count).toBe(2);
    expect((await listTasks(db(), admin, parseTaskListParams({ conference: String(conference.id), sector: "it" }), TODAY)).total.count).toBe(0);
    await db().delete(tasks).where(inArray(tasks.id, [led.id, coordinated.id, foreign.id]));
    expect(await db().select().from(tasks).where(eq(tasks.id, led.id))).toHaveLength(0);
  });
});
