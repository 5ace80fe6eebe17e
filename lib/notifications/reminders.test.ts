import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferences, indicatorReports, invitations, notifications, reportingPeriods, scheduledSends } from "@/db/schema";
import { newCheckInToken } from "@/lib/invitations/commands";
import { createDirective, createTaskRow } from "@/lib/tasks/test-helpers";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { runReminders } from "./reminders";

/*
 * Thresholds are calendar days in Asia/Ho_Chi_Minh (UTC+7): midnight there is 17:00 UTC the
 * day before. Each test gives a clock one instant either side of a boundary.
 */
const vn = (local: string) => new Date(`${local}+07:00`);
const kindsOf = async (userId: number) => (await db().select({ kind: notifications.kind, params: notifications.params }).from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.id));

async function unitOfficer() {
  const agency = await createAgency(db());
  return { agency, officer: await createUser(db(), { role: "unit_officer", agencyId: agency.id }) };
}

describe("task deadline reminders", () => {
  it("7 days before, 1 day before, on the first day overdue and then weekly, each once, at Vietnamese midnight", async () => {
    const { agency, officer } = await unitOfficer();
    const other = await unitOfficer();
    const task = await createTaskRow(db(), { leadAgencyId: agency.id, deadline: "2031-01-10" });
    const remindersAt = async (local: string) => {
      await runReminders(db(), vn(local));
      return (await kindsOf(officer.id)).length;
    };
    expect(await remindersAt("2031-01-02T23:59:59")).toBe(0); // 8 days left
    expect(await remindersAt("2031-01-03T00:00:00")).toBe(1); // 7 days left
    expect(await remindersAt("2031-01-05T10:00:00")).toBe(1); // once
    expect(await remindersAt("2031-01-08T23:59:59")).toBe(1);
    expect(await remindersAt("2031-01-09T00:00:00")).toBe(2); // 1 day left
    expect(await remindersAt("2031-01-10T23:59:59")).toBe(2); // due today: within the deadline
    expect(await remindersAt("2031-01-11T00:00:00")).toBe(3); // overdue
    expect(await remindersAt("2031-01-17T23:59:59")).toBe(3); // 7 days overdue: same week
    expect(await remindersAt("2031-01-18T00:00:00")).toBe(4); // a week later
    const notices = await kindsOf(officer.id);
    expect(notices.map((row) => row.kind)).toEqual(["task_deadline_soon", "task_deadline_soon", "task_overdue", "task_overdue"]);
    expect(notices.map((row) => row.params.days)).toEqual([7, 1, 1, 8]);
    expect(await kindsOf(other.officer.id)).toEqual([]);
    const keys = (await db().select().from(scheduledSends)).map((row) => row.key).filter((key) => key.startsWith(`task:${task.id}:`));
    expect(keys.sort()).toEqual([`task:${task.id}:2031-01-10:d1`, `task:${task.id}:2031-01-10:d7`, `task:${task.id}:2031-01-10:overdue:w0`, `task:${task.id}:2031-01-10:overdue:w1`]);
  });

  it("never reminds of a completed task or an ongoing one", async () => {
    const { agency, officer } = await unitOfficer();
    await createTaskRow(db(), { leadAgencyId: agency.id, deadline: "2031-03-10", completedOn: "2031-03-01" });
    await createTaskRow(db(), { leadAgencyId: agency.id, deadline: null });
    await runReminders(db(), vn("2031-03-09T12:00:00"));
    await runReminders(db(), vn("2031-03-20T12:00:00"));
    expect(await kindsOf(officer.id)).toEqual([]);
  });

  it("sends each reminder once with two workers at the same moment", async () => {
    const { agency, officer } = await unitOfficer();
    const coordinator = await unitOfficer();
    await createTaskRow(db(), { leadAgencyId: agency.id, coordinatorIds: [coordinator.agency.id], deadline: "2031-05-10" });
    const now = vn("2031-05-04T08:00:00");
    const sent = await Promise.all([runReminders(db(), now), runReminders(db(), now), runReminders(db(), now)]);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await kindsOf(officer.id)).toHaveLength(1);
    expect(await kindsOf(coordinator.officer.id)).toHaveLength(1);
  });
});

describe("report, reply and conference reminders", () => {
  it("reminds a unit of a draft report 3 days before it is due, not an approved one", async () => {
    const { agency, officer } = await unitOfficer();
    const approved = await unitOfficer();
    await db().insert(reportingPeriods).values({ code: "2031-H1", dueOn: "2031-07-10" }).onConflictDoNothing();
    await db().insert(indicatorReports).values([{ agencyId: agency.id, periodCode: "2031-H1" }, { agencyId: approved.agency.id, periodCode: "2031-H1", status: "approved" }]);
    await runReminders(db(), vn("2031-07-06T23:59:59"));
    expect(await kindsOf(officer.id)).toEqual([]);
    await runReminders(db(), vn("2031-07-07T00:00:00"));
    expect(await kindsOf(officer.id)).toMatchObject([{ kind: "report_due_soon", params: { date: "10/07/2031" } }]);
    expect(await kindsOf(approved.officer.id)).toEqual([]);
  });

  it("reminds an unanswered invitation 2 days before the reply deadline, and the conference the day before from 16:00", async () => {
    const { agency, officer } = await unitOfficer();
    const declined = await unitOfficer();
    const { conference } = await createDirective(db());
    await db()
      .update(conferences)
      .set({ status: "scheduled", startsAt: vn("2031-09-15T08:00:00"), endsAt: vn("2031-09-15T11:00:00"), replyDeadline: vn("2031-09-12T17:00:00") })
      .where(eq(conferences.id, conference.id));
    await db()
      .insert(invitations)
      .values([
        { conferenceId: conference.id, agencyId: agency.id, checkInToken: newCheckInToken() },
        { conferenceId: conference.id, agencyId: declined.agency.id, status: "declined", checkInToken: newCheckInToken() },
      ]);
    await runReminders(db(), vn("2031-09-09T23:59:59"));
    expect(await kindsOf(officer.id)).toEqual([]);
    await runReminders(db(), vn("2031-09-10T00:00:00"));
    expect((await kindsOf(officer.id)).map((row) => row.kind)).toEqual(["invitation_reply_due"]);
    expect(await kindsOf(declined.officer.id)).toEqual([]);

    await runReminders(db(), vn("2031-09-14T15:59:59"));
    expect(await kindsOf(officer.id)).toHaveLength(1);
    await runReminders(db(), vn("2031-09-14T16:00:00"));
    await runReminders(db(), vn("2031-09-14T21:00:00"));
    expect((await kindsOf(officer.id)).map((row) => row.kind)).toEqual(["invitation_reply_due", "conference_tomorrow"]);
    expect(await kindsOf(declined.officer.id)).toEqual([]);
  });
});
