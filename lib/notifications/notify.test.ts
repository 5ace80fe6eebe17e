import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { emailOutbox, invitations, notifications, notificationSettings } from "@/db/schema";
import { inviteAgency } from "@/lib/invitations/commands";
import { createTask, returnCompletion, reportCompletion, updateTask } from "@/lib/tasks/commands";
import { commandContext, createDirective } from "@/lib/tasks/test-helpers";
import { createTaskSchema } from "@/lib/tasks/validation";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { markNoticesRead } from "./commands";
import { listNotices, unreadNoticeCount } from "./queries";

const noticesOf = (userId: number) => db().select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.id);

async function unitsWithOfficers() {
  const [lead, coordinator, other] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
  const officer = async (agencyId: number) => createUser(db(), { role: "unit_officer", agencyId });
  return { lead, coordinator, other, leadOfficer: await officer(lead.id), coordinatorOfficer: await officer(coordinator.id), otherOfficer: await officer(other.id) };
}

async function assign(leadId: number, coordinatorIds: number[], actorId: number | null = null) {
  const { directive } = await createDirective(db());
  const input = createTaskSchema.parse({ directiveId: String(directive.id), title: "Tập huấn Thông tư 04", leadAgencyId: String(leadId), coordinatorIds: coordinatorIds.map(String), deadline: "30/09/2012" });
  return createTask(commandContext(db(), [], actorId), input);
}

afterEach(() => {
  delete process.env.SMTP_URL;
});

describe("who is told of an event", () => {
  it("tells the lead and coordinating units' officers of a new task, never another unit, the secretariat or the one who assigned it", async () => {
    const units = await unitsWithOfficers();
    const secretariat = await createUser(db(), { role: "secretariat" });
    const assigner = await createUser(db(), { role: "unit_officer", agencyId: units.lead.id });
    const task = await assign(units.lead.id, [units.coordinator.id], assigner.id);
    for (const user of [units.leadOfficer, units.coordinatorOfficer]) {
      expect(await noticesOf(user.id)).toMatchObject([{ kind: "task_assigned", href: `/tasks/${task.id}`, params: { title: "Tập huấn Thông tư 04" }, readAt: null }]);
    }
    expect(await noticesOf(units.otherOfficer.id)).toEqual([]);
    expect(await noticesOf(secretariat.id)).toEqual([]);
    expect(await noticesOf(assigner.id)).toEqual([]);
  });

  it("tells a newly added unit it was given the task and the others of the new deadline", async () => {
    const units = await unitsWithOfficers();
    const task = await assign(units.lead.id, []);
    await updateTask(commandContext(db()), { id: task.id, version: 1, title: task.title, leadAgencyId: units.lead.id, coordinatorIds: [units.coordinator.id], deadline: "2012-10-15", ongoing: false, priority: "normal" });
    expect((await noticesOf(units.leadOfficer.id)).map((row) => row.kind)).toEqual(["task_assigned", "task_deadline_changed"]);
    expect((await noticesOf(units.coordinatorOfficer.id)).map((row) => row.kind)).toEqual(["task_assigned"]);
  });

  it("tells the unit its completion report was returned", async () => {
    const units = await unitsWithOfficers();
    const task = await assign(units.lead.id, []);
    await reportCompletion(commandContext(db()), units.lead.id, { taskId: task.id, version: 1, text: "Đã xong" });
    await returnCompletion(commandContext(db()), { taskId: task.id, version: 2, comment: "Thiếu văn bản" });
    expect((await noticesOf(units.leadOfficer.id)).map((row) => row.kind)).toEqual(["task_assigned", "task_completion_returned"]);
  });

  it("tells the invited unit of an invitation, not the others", async () => {
    const units = await unitsWithOfficers();
    const { conference } = await createDirective(db());
    await inviteAgency({ tx: db(), actorId: units.otherOfficer.id, audit: async () => {} }, { conferenceId: conference.id, agencyId: units.lead.id });
    expect(await noticesOf(units.leadOfficer.id)).toMatchObject([{ kind: "invitation_received", href: `/conferences/${conference.id}/invitations` }]);
    expect(await noticesOf(units.coordinatorOfficer.id)).toEqual([]);
    expect(await db().select().from(invitations).where(eq(invitations.conferenceId, conference.id))).toHaveLength(1);
  });
});

describe("reading notices", () => {
  it("shows a user only their own notices, and a unit officer only those of their current unit", async () => {
    const units = await unitsWithOfficers();
    await assign(units.lead.id, []);
    const reader = { id: units.leadOfficer.id, role: "unit_officer" as const, agencyId: units.lead.id };
    expect((await unreadNoticeCount(db(), reader)).count).toBe(1);
    expect((await listNotices(db(), { ...reader, id: units.otherOfficer.id }, { unreadOnly: false, page: 1 })).rows).toEqual([]);
    // Moved to another unit: the old unit's notices are no longer theirs to read.
    expect((await unreadNoticeCount(db(), { ...reader, agencyId: units.other.id })).count).toBe(0);
    expect(await markNoticesRead(commandContext(db()), reader, null)).toBe(1);
    expect((await unreadNoticeCount(db(), reader)).count).toBe(0);
    expect((await listNotices(db(), reader, { unreadOnly: false, page: 1 })).rows).toHaveLength(1);
  });
});

describe("the bell", () => {
  it("counts a reader's unread notices up to 99, then says there are more", async () => {
    const unit = await createAgency(db());
    const officer = await createUser(db(), { role: "unit_officer", agencyId: unit.id });
    const secretary = await createUser(db(), { role: "secretariat" });
    const notices = (userId: number, n: number, agencyId: number | null = null) =>
      db().insert(notifications).values(Array.from({ length: n }, () => ({ userId, agencyId, kind: "task_assigned" as const, href: "/tasks" })));
    await notices(secretary.id, 99);
    await notices(officer.id, 100, unit.id);
    // Another unit's notice of the same officer (before a move) is not on their bell.
    await notices(officer.id, 1, (await createAgency(db())).id);
    expect(await unreadNoticeCount(db(), secretary)).toEqual({ count: 99, more: false });
    expect(await unreadNoticeCount(db(), officer)).toEqual({ count: 99, more: true });
    await notices(secretary.id, 1);
    expect(await unreadNoticeCount(db(), secretary)).toEqual({ count: 99, more: true });
    await db().update(notifications).set({ readAt: new Date() }).where(eq(notifications.userId, officer.id));
    expect(await unreadNoticeCount(db(), officer)).toEqual({ count: 0, more: false });
  });
});

describe("the e-mail outbox", () => {
  it("writes a Vietnamese e-mail in the change's transaction for those who want it, a digest mark for digest readers, nothing without SMTP", async () => {
    const units = await unitsWithOfficers();
    const digestReader = await createUser(db(), { role: "unit_officer", agencyId: units.lead.id });
    const muted = await createUser(db(), { role: "unit_officer", agencyId: units.lead.id });
    await db()
      .insert(notificationSettings)
      .values([
        { userId: units.leadOfficer.id, email: "bcvt@example.vn" },
        { userId: digestReader.id, email: "digest@example.vn", dailyDigest: true },
        { userId: muted.id, email: "muted@example.vn", mutedKinds: ["task_assigned"] },
      ]);
    await assign(units.lead.id, []);
    expect(await db().select().from(emailOutbox)).toEqual([]);

    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    process.env.NEXTAUTH_URL = "https://hoinghi.example.gov.vn";
    const task = await assign(units.lead.id, []);
    const mails = await db().select().from(emailOutbox);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toAddress: "bcvt@example.vn", status: "pending", subject: "[Nghị Sự] Đơn vị được giao nhiệm vụ: Tập huấn Thông tư 04" });
    expect(mails[0].textBody).toContain(`https://hoinghi.example.gov.vn/tasks/${task.id}`);
    expect(mails[0].textBody).toContain("https://hoinghi.example.gov.vn/account/notifications");
    expect(mails[0].htmlBody).toContain(`href="https://hoinghi.example.gov.vn/tasks/${task.id}"`);
    const digestNotices = await noticesOf(digestReader.id);
    expect(digestNotices.map((row) => row.digestPending)).toEqual([false, true]);
  });

  it("writes nothing when the change is rolled back", async () => {
    const units = await unitsWithOfficers();
    await db().insert(notificationSettings).values({ userId: units.leadOfficer.id, email: "bcvt@example.vn" });
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    const failed = await db()
      .transaction(async (tx) => {
        const { directive } = await createDirective(tx);
        const input = createTaskSchema.parse({ directiveId: String(directive.id), title: "Bị hủy", leadAgencyId: String(units.lead.id), deadline: "30/09/2012" });
        await createTask(commandContext(tx), input);
        throw new Error("rollback");
      })
      .catch((error: Error) => error.message);
    expect(failed).toBe("rollback");
    expect(await noticesOf(units.leadOfficer.id)).toEqual([]);
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.userId, units.leadOfficer.id))).toEqual([]);
  });
});
