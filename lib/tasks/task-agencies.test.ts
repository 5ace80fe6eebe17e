import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferences, directives, taskAgencies, taskCoordinators, tasks } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { listTasks } from "./queries";
import { createDirective, createTaskRow } from "./test-helpers";

/** What task_agencies holds for one task, as "agency:deadline" in agency order. */
async function agenciesOf(taskId: number): Promise<string[]> {
  const rows = await db().select().from(taskAgencies).where(eq(taskAgencies.taskId, taskId)).orderBy(taskAgencies.agencyId);
  return rows.map((row) => `${row.agencyId}:${row.deadline ?? "ongoing"}`);
}

/** The directive, conference and conference start task_agencies copies for one task, one entry per agency row. */
async function placesOf(taskId: number): Promise<string[]> {
  const rows = await db().select().from(taskAgencies).where(eq(taskAgencies.taskId, taskId)).orderBy(taskAgencies.agencyId);
  return rows.map((row) => `${row.directiveId}@${row.conferenceId}@${row.conferenceStartsAt.toISOString()}`);
}

/**
 * Every copied column of task_agencies for one task that differs from what its task, directive
 * and conference say now (the migration's own fill query): empty when the triggers kept up.
 */
async function staleCopies(taskId: number): Promise<unknown[]> {
  const rows = await db().execute(sql`
    select ta.agency_id from ${taskAgencies} ta
      join ${tasks} t on t.id = ta.task_id join ${directives} d on d.id = t.directive_id join ${conferences} c on c.id = d.conference_id
    where ta.task_id = ${taskId}
      and (ta.deadline is distinct from t.deadline or ta.completed_on is distinct from t.completed_on or ta.updated_at <> t.updated_at
        or ta.directive_id <> t.directive_id or ta.conference_id <> d.conference_id or ta.conference_starts_at <> c.starts_at
        or ta.directive_updated_at <> d.updated_at or ta.lead_agency_id <> t.lead_agency_id or ta.sector <> d.sector
        or ta.completion_reported_at is distinct from t.completion_reported_at)`);
  return Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows;
}

// task_agencies is kept by the triggers of migration 0007 on tasks and task_coordinators.
describe("task_agencies", () => {
  it("copies the directive's updated_at and sector, the lead unit and the completion report, and follows each", async () => {
    const { directive } = await createDirective(db());
    const [lead, coordinator, next] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const task = await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: lead.id, coordinatorIds: [coordinator.id] });
    const copies = async () =>
      (await db().select().from(taskAgencies).where(eq(taskAgencies.taskId, task.id)).orderBy(taskAgencies.agencyId)).map(
        (row) => `${row.agencyId}:${row.leadAgencyId}:${row.sector}:${row.directiveUpdatedAt.toISOString()}:${row.completionReportedAt?.toISOString() ?? "-"}`,
      );
    expect(await staleCopies(task.id)).toEqual([]);

    // An edit of the directive (its text alone) moves it in every unit's directive sync order.
    const editedAt = new Date("2013-01-05T03:00:00Z");
    await db().update(directives).set({ text: "Đã sửa", updatedAt: editedAt }).where(eq(directives.id, directive.id));
    await db().update(directives).set({ sector: "press" }).where(eq(directives.id, directive.id));
    expect(await copies()).toEqual([`${lead.id}:${lead.id}:press:2013-01-05T03:00:00.000Z:-`, `${coordinator.id}:${lead.id}:press:2013-01-05T03:00:00.000Z:-`]);

    // Reported as completed, then a new lead: the coordinator's row follows both.
    const reportedAt = new Date("2013-02-01T02:00:00Z");
    await db().update(tasks).set({ completionReportedAt: reportedAt }).where(eq(tasks.id, task.id));
    await db().update(tasks).set({ leadAgencyId: next.id }).where(eq(tasks.id, task.id));
    expect(await copies()).toEqual([`${coordinator.id}:${next.id}:press:2013-01-05T03:00:00.000Z:2013-02-01T02:00:00.000Z`, `${next.id}:${next.id}:press:2013-01-05T03:00:00.000Z:2013-02-01T02:00:00.000Z`]);
    await db().update(tasks).set({ completionReportedAt: null }).where(eq(tasks.id, task.id));
    expect(await staleCopies(task.id)).toEqual([]);
    // A coordinator added later gets every copy too.
    await db().insert(taskCoordinators).values({ taskId: task.id, agencyId: lead.id });
    expect(await copies()).toHaveLength(3);
    expect(await staleCopies(task.id)).toEqual([]);
  });

  it("carries the task's directive, conference and conference start, and follows a rescheduled conference or a moved task", async () => {
    const { conference, directive } = await createDirective(db());
    const coordinator = await createAgency(db());
    const task = await createTaskRow(db(), { directiveId: directive.id, coordinatorIds: [coordinator.id] });
    const at = (c: { id: number }, d: { id: number }, iso: string) => [`${d.id}@${c.id}@${iso}`, `${d.id}@${c.id}@${iso}`];
    expect(await placesOf(task.id)).toEqual(at(conference, directive, "2012-07-02T01:00:00.000Z"));

    // Postponed: the unit's lists put the task under the new date.
    await db().update(conferences).set({ startsAt: new Date("2012-07-09T01:00:00Z"), endsAt: new Date("2012-07-09T04:00:00Z") }).where(eq(conferences.id, conference.id));
    expect(await placesOf(task.id)).toEqual(at(conference, directive, "2012-07-09T01:00:00.000Z"));
    // Other changes to the conference leave the rows as they are.
    await db().update(conferences).set({ title: "Hội nghị đổi tên" }).where(eq(conferences.id, conference.id));
    expect(await placesOf(task.id)).toEqual(at(conference, directive, "2012-07-09T01:00:00.000Z"));

    // The app never moves a directive or a task elsewhere; were it done, the copies follow.
    const other = await createDirective(db(), { number: 2 });
    await db().update(directives).set({ conferenceId: other.conference.id }).where(eq(directives.id, directive.id));
    expect(await placesOf(task.id)).toEqual(at(other.conference, directive, "2012-07-02T01:00:00.000Z"));
    await db().update(tasks).set({ directiveId: other.directive.id }).where(eq(tasks.id, task.id));
    expect(await placesOf(task.id)).toEqual(at(other.conference, other.directive, "2012-07-02T01:00:00.000Z"));
  });

  it("follows a task's lead, coordinators and deadline through every kind of write", async () => {
    const [lead, second, third] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const task = await createTaskRow(db(), { leadAgencyId: lead.id, deadline: "2012-12-31", coordinatorIds: [second.id] });
    expect(await agenciesOf(task.id)).toEqual([`${lead.id}:2012-12-31`, `${second.id}:2012-12-31`]);

    // An approved extension moves the task in both agencies' lists.
    await db().update(tasks).set({ deadline: "2013-03-31" }).where(eq(tasks.id, task.id));
    expect(await agenciesOf(task.id)).toEqual([`${lead.id}:2013-03-31`, `${second.id}:2013-03-31`]);

    // A new lead; the old one no longer sees it.
    await db().update(tasks).set({ leadAgencyId: third.id }).where(eq(tasks.id, task.id));
    expect(await agenciesOf(task.id)).toEqual([`${second.id}:2013-03-31`, `${third.id}:2013-03-31`]);

    // Coordinators come and go; an update of the row is a removal and an addition.
    await db().insert(taskCoordinators).values({ taskId: task.id, agencyId: lead.id });
    await db().delete(taskCoordinators).where(and(eq(taskCoordinators.taskId, task.id), eq(taskCoordinators.agencyId, second.id)));
    expect(await agenciesOf(task.id)).toEqual([`${lead.id}:2013-03-31`, `${third.id}:2013-03-31`]);
    await db().update(taskCoordinators).set({ agencyId: second.id }).where(and(eq(taskCoordinators.taskId, task.id), eq(taskCoordinators.agencyId, lead.id)));
    expect(await agenciesOf(task.id)).toEqual([`${second.id}:2013-03-31`, `${third.id}:2013-03-31`]);

    // Accepted as completed: out of the open ones; returned: back in.
    const open = async () => (await db().select({ taskId: taskAgencies.taskId }).from(taskAgencies).where(and(eq(taskAgencies.taskId, task.id), sql`${taskAgencies.completedOn} is null`))).length;
    await db().update(tasks).set({ completedOn: "2013-03-20" }).where(eq(tasks.id, task.id));
    expect(await open()).toBe(0);
    await db().update(tasks).set({ completedOn: null }).where(eq(tasks.id, task.id));
    expect(await open()).toBe(2);

    // Any change moves the task to the end of each agency's API sync order.
    const changedAt = new Date("2013-03-21T02:00:00Z");
    await db().update(tasks).set({ updatedAt: changedAt }).where(eq(tasks.id, task.id));
    const synced = await db().select({ at: taskAgencies.updatedAt }).from(taskAgencies).where(eq(taskAgencies.taskId, task.id));
    expect(synced.map((row) => row.at.toISOString())).toEqual([changedAt.toISOString(), changedAt.toISOString()]);

    // "Thường xuyên": no deadline.
    await db().update(tasks).set({ deadline: null, originalDeadline: null }).where(eq(tasks.id, task.id));
    expect(await agenciesOf(task.id)).toEqual([`${second.id}:ongoing`, `${third.id}:ongoing`]);

    await db().delete(tasks).where(eq(tasks.id, task.id));
    expect(await agenciesOf(task.id)).toEqual([]);
  });

  it("keeps one row for an agency that both leads and coordinates, while either role lasts", async () => {
    const [lead, other] = [await createAgency(db()), await createAgency(db())];
    const task = await createTaskRow(db(), { leadAgencyId: lead.id, coordinatorIds: [lead.id] });
    expect(await agenciesOf(task.id)).toEqual([`${lead.id}:2012-12-31`]);
    // No longer the lead, still a coordinator.
    await db().update(tasks).set({ leadAgencyId: other.id }).where(eq(tasks.id, task.id));
    expect(await agenciesOf(task.id)).toEqual([`${lead.id}:2012-12-31`, `${other.id}:2012-12-31`]);
    // Back as the lead, then no longer a coordinator: still the lead.
    await db().update(tasks).set({ leadAgencyId: lead.id }).where(eq(tasks.id, task.id));
    await db().delete(taskCoordinators).where(eq(taskCoordinators.taskId, task.id));
    expect(await agenciesOf(task.id)).toEqual([`${lead.id}:2012-12-31`]);
  });

  it("is kept even when triggers are off for replication (the scale-data generator loads that way)", async () => {
    const { directive } = await createDirective(db());
    const lead = await createAgency(db());
    const taskId = await db().transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      const [row] = await tx.insert(tasks).values({ directiveId: directive.id, title: "Nhiệm vụ nạp hàng loạt", leadAgencyId: lead.id, deadline: "2012-12-31", originalDeadline: "2012-12-31" }).returning({ id: tasks.id });
      return row.id;
    });
    expect(await agenciesOf(taskId)).toEqual([`${lead.id}:2012-12-31`]);
  });

  it("is filled for tasks written many at a time, as COPY and bulk inserts do", async () => {
    const { directive } = await createDirective(db());
    const [lead, coordinator] = [await createAgency(db()), await createAgency(db())];
    const inserted = await db()
      .insert(tasks)
      .values(Array.from({ length: 30 }, (_, i) => ({ directiveId: directive.id, title: `Nhiệm vụ ${i + 1}`, leadAgencyId: lead.id, deadline: `2012-11-${String(i + 1).padStart(2, "0")}`, originalDeadline: "2012-11-01" })))
      .returning({ id: tasks.id });
    await db().insert(taskCoordinators).values(inserted.map(({ id }) => ({ taskId: id, agencyId: coordinator.id })));
    const [{ led, coordinated }] = await db()
      .select({ led: sql<number>`count(*) filter (where ${taskAgencies.agencyId} = ${lead.id})::int`, coordinated: sql<number>`count(*) filter (where ${taskAgencies.agencyId} = ${coordinator.id})::int` })
      .from(taskAgencies);
    expect({ led, coordinated }).toEqual({ led: 30, coordinated: 30 });

    // The coordinating unit's list: in deadline order, paged, counted.
    const unit = { role: "unit_officer" as const, agencyId: coordinator.id };
    const first = await listTasks(db(), unit, { page: 1, dueSoon: false, awaitingAcceptance: false }, "2012-10-15", 20);
    const second = await listTasks(db(), unit, { page: 2, dueSoon: false, awaitingAcceptance: false }, "2012-10-15", 20);
    expect(first.total).toMatchObject({ count: 30 });
    expect(first.rows.map((row) => row.deadline)).toEqual(Array.from({ length: 20 }, (_, i) => `2012-11-${String(i + 1).padStart(2, "0")}`));
    expect(second.rows.map((row) => row.deadline)).toEqual(Array.from({ length: 10 }, (_, i) => `2012-11-${String(i + 21).padStart(2, "0")}`));
    // A filter reads the tasks themselves: the same rows, counted the same way.
    const filtered = await listTasks(db(), unit, { page: 1, dueSoon: false, awaitingAcceptance: false, directiveId: directive.id }, "2012-10-15", 50);
    expect(filtered.rows).toHaveLength(30);
    expect(filtered.total).toMatchObject({ count: 30 });
  });
});
