import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { taskCoordinators, taskEvents, taskExtensionRequests, tasks } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { ConflictError, ForbiddenError, UserFacingError } from "@/lib/errors";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import {
  acceptCompletion,
  addContribution,
  approveExtension,
  createTask,
  moveOpenTasksToSuccessor,
  refuseExtension,
  reportCompletion,
  reportProgress,
  requestExtension,
  returnCompletion,
  updateTask,
} from "./commands";
import { deriveTaskStatus } from "./status";
import { commandContext, createDirective, createTaskRow } from "./test-helpers";
import { createTaskSchema, progressSchema, reportCompletionSchema, updateTaskSchema } from "./validation";

const ctx = (entries: AuditEntry[] = [], today?: string) => commandContext(db(), entries, null, today);
const rejects = async (promise: Promise<unknown>, key: string) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as UserFacingError).messageKey).toBe(key);
};
const eventsOf = async (taskId: number) => db().select().from(taskEvents).where(eq(taskEvents.taskId, taskId)).orderBy(taskEvents.id);
const taskById = async (id: number) => (await db().select().from(tasks).where(eq(tasks.id, id)))[0];

describe("creating a task", () => {
  it("validates the form: lead unit required, lead not also coordinator, a deadline or 'thường xuyên'", () => {
    const noLead = createTaskSchema.safeParse({ directiveId: "1", title: "Việc", deadline: "31/12/2012" });
    expect(noLead.error?.issues.map((i) => [i.path[0], i.message])).toContainEqual(["leadAgencyId", "tasks.errors.leadRequired"]);
    const both = createTaskSchema.safeParse({ directiveId: "1", title: "Việc", leadAgencyId: "5", coordinatorIds: ["5", "6"], deadline: "31/12/2012" });
    expect(both.error?.issues.map((i) => i.message)).toContain("tasks.errors.leadIsCoordinator");
    const none = createTaskSchema.safeParse({ directiveId: "1", title: "Việc", leadAgencyId: "5" });
    expect(none.error?.issues.map((i) => i.message)).toContain("tasks.errors.deadlineRequired");
    const ongoing = createTaskSchema.parse({ directiveId: "1", title: "Việc", leadAgencyId: "5", coordinatorIds: "6", ongoing: "on", deadline: "31/12/2012" });
    expect(ongoing).toMatchObject({ deadline: null, coordinatorIds: [6], priority: "normal" });
    expect(reportCompletionSchema.safeParse({ taskId: "1", version: "1", completionText: "  " }).error?.issues[0].message).toBe("tasks.errors.completionTextRequired");
  });

  it("creates the task with its coordinators, original deadline, history and audit row", async () => {
    const { directive } = await createDirective(db());
    const [lead, c1, c2] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const entries: AuditEntry[] = [];
    const input = createTaskSchema.parse({ directiveId: String(directive.id), title: "Tập huấn Thông tư 04", leadAgencyId: String(lead.id), coordinatorIds: [String(c1.id), String(c2.id)], deadline: "30/09/2012", priority: "high" });
    const row = await createTask(ctx(entries), input);
    expect(row).toMatchObject({ leadAgencyId: lead.id, deadline: "2012-09-30", originalDeadline: "2012-09-30", priority: "high", version: 1 });
    const coordinators = await db().select().from(taskCoordinators).where(eq(taskCoordinators.taskId, row.id));
    expect(coordinators.map((c) => c.agencyId).sort()).toEqual([c1.id, c2.id].sort());
    expect((await eventsOf(row.id)).map((e) => e.kind)).toEqual(["created"]);
    expect(entries.map((e) => e.action)).toEqual(["task.create"]);
  });

  it("refuses a deadline before the conference day and writes nothing", async () => {
    const { directive } = await createDirective(db());
    const lead = await createAgency(db());
    const input = createTaskSchema.parse({ directiveId: String(directive.id), title: "Quá sớm", leadAgencyId: String(lead.id), deadline: "01/07/2012" });
    await rejects(
      db().transaction((tx) => createTask(commandContext(tx), input)),
      "tasks.errors.deadlineBeforeConference",
    );
    expect(await db().select().from(tasks).where(eq(tasks.title, "Quá sớm"))).toHaveLength(0);
    // The conference day itself is allowed.
    const sameDay = await createTask(ctx(), { ...input, deadline: "2012-07-02" });
    expect(sameDay.deadline).toBe("2012-07-02");
  });
});

describe("reports on a task", () => {
  it("takes progress and completion only from the lead unit, contributions from coordinators", async () => {
    const [lead, coordinator, stranger] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const task = await createTaskRow(db(), { leadAgencyId: lead.id, coordinatorIds: [coordinator.id] });
    const progress = progressSchema.parse({ taskId: String(task.id), text: "Đã ban hành kế hoạch", percent: "40", evidenceNumber: "12/KH-STTTT", evidenceDate: "15/07/2012" });
    await expect(reportProgress(ctx(), coordinator.id, progress)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reportProgress(ctx(), stranger.id, progress)).rejects.toBeInstanceOf(ForbiddenError);
    const event = await reportProgress(ctx(), lead.id, progress);
    expect(event).toMatchObject({ kind: "progress", percent: 40, evidenceNumber: "12/KH-STTTT", evidenceDate: "2012-07-15", agencyId: lead.id });

    await expect(addContribution(ctx(), stranger.id, { taskId: task.id, agencyId: stranger.id, text: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    // Speaking for another unit than one's own is refused even if that unit coordinates.
    await expect(addContribution(ctx(), stranger.id, { taskId: task.id, agencyId: coordinator.id, text: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await addContribution(ctx(), coordinator.id, { taskId: task.id, agencyId: coordinator.id, text: "Đã phối hợp kiểm tra" });

    await expect(reportCompletion(ctx(), coordinator.id, { taskId: task.id, version: 1, text: "Xong" })).rejects.toBeInstanceOf(ForbiddenError);
    const reported = await reportCompletion(ctx(), lead.id, { taskId: task.id, version: 1, text: "Xong" });
    expect(reported.completionReportedAt).not.toBeNull();
    expect(reported.completedOn).toBeNull();
    expect((await eventsOf(task.id)).map((e) => e.kind)).toEqual(["progress", "contribution", "completion_reported"]);
  });

  it("accepting sets the completion date (derived status follows); returning clears the report", async () => {
    const lead = await createAgency(db());
    const task = await createTaskRow(db(), { leadAgencyId: lead.id, deadline: "2012-09-30" });
    await reportCompletion(ctx(), lead.id, { taskId: task.id, version: 1, text: "Xong" });
    const entries: AuditEntry[] = [];
    const returned = await returnCompletion(ctx(entries), { taskId: task.id, version: 2, comment: "Thiếu báo cáo bằng văn bản" });
    expect(returned).toMatchObject({ completionReportedAt: null, completedOn: null, version: 3 });
    await rejects(acceptCompletion(ctx(), { taskId: task.id, version: 3 }), "tasks.errors.notReported");
    await reportCompletion(ctx(), lead.id, { taskId: task.id, version: 3, text: "Đã bổ sung" });
    const accepted = await acceptCompletion(ctx(entries, "2012-10-02"), { taskId: task.id, version: 4 });
    expect(accepted.completedOn).toBe("2012-10-02");
    expect(deriveTaskStatus(accepted, "2013-01-01").status).toBe("completed_late");
    expect(entries.map((e) => e.action)).toEqual(["task.return", "task.accept"]);
    await rejects(reportProgress(ctx(), lead.id, { taskId: task.id, text: "Sau khi xong" }), "tasks.errors.alreadyCompleted");
  });

  it("an approved extension moves the deadline and keeps the original; a refused one changes nothing", async () => {
    const lead = await createAgency(db());
    const task = await createTaskRow(db(), { leadAgencyId: lead.id, deadline: "2012-09-30" });
    await rejects(requestExtension(ctx(), lead.id, { taskId: task.id, version: 1, requestedDeadline: "2012-09-30", reason: "x" }), "tasks.errors.extensionNotLater");
    const request = await requestExtension(ctx(), lead.id, { taskId: task.id, version: 1, requestedDeadline: "2012-11-30", reason: "Chờ kinh phí" });
    await rejects(requestExtension(ctx(), lead.id, { taskId: task.id, version: 2, requestedDeadline: "2012-12-30", reason: "y" }), "tasks.errors.extensionPending");
    const approved = await approveExtension(ctx(), { taskId: task.id, version: 2, requestId: request.id });
    expect(approved).toMatchObject({ deadline: "2012-11-30", originalDeadline: "2012-09-30" });
    expect(deriveTaskStatus({ ...approved, completedOn: "2012-10-15" }, "2012-10-15")).toMatchObject({ status: "completed_on_time", lateAgainstOriginal: true });
    const [decided] = await db().select().from(taskExtensionRequests).where(eq(taskExtensionRequests.id, request.id));
    expect(decided.decision).toBe("approved");

    const second = await requestExtension(ctx(), lead.id, { taskId: task.id, version: 3, requestedDeadline: "2012-12-31", reason: "Thêm" });
    const refused = await refuseExtension(ctx(), { taskId: task.id, version: 4, requestId: second.id, comment: "Không đủ lý do" });
    expect(refused.deadline).toBe("2012-11-30");
    await rejects(approveExtension(ctx(), { taskId: task.id, version: 5, requestId: second.id }), "tasks.errors.extensionDecided");
  });

  it("refuses a change made from a stale version, so no update is lost", async () => {
    const lead = await createAgency(db());
    const other = await createAgency(db());
    const task = await createTaskRow(db(), { leadAgencyId: lead.id });
    const edit = (title: string) =>
      updateTaskSchema.parse({ id: String(task.id), version: "1", title, leadAgencyId: String(lead.id), coordinatorIds: [String(other.id)], deadline: "31/12/2012" });
    await updateTask(ctx(), edit("Bản thứ nhất"));
    await expect(updateTask(ctx(), edit("Bản thứ hai"))).rejects.toBeInstanceOf(ConflictError);
    await expect(reportCompletion(ctx(), lead.id, { taskId: task.id, version: 1, text: "Xong" })).rejects.toBeInstanceOf(ConflictError);
    const stored = await taskById(task.id);
    expect(stored).toMatchObject({ title: "Bản thứ nhất", version: 2, completionReportedAt: null });
  });
});

describe("moving a merged agency's open tasks", () => {
  it("moves open tasks (lead and coordinating) with a history entry each; closed tasks keep the old agency", async () => {
    const [old, successor, lead] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const openLed = await createTaskRow(db(), { leadAgencyId: old.id, coordinatorIds: [successor.id] });
    const closedLed = await createTaskRow(db(), { leadAgencyId: old.id, completedOn: "2012-08-01", completionReportedAt: new Date() });
    const openCoordinated = await createTaskRow(db(), { leadAgencyId: lead.id, coordinatorIds: [old.id] });
    const closedCoordinated = await createTaskRow(db(), { leadAgencyId: lead.id, coordinatorIds: [old.id], completedOn: "2012-08-01" });
    const entries: AuditEntry[] = [];
    const moved = await moveOpenTasksToSuccessor(db(), old.id, successor.id, null, async (entry) => void entries.push(entry));
    expect(moved.sort()).toEqual([openLed.id, openCoordinated.id].sort());

    expect(await taskById(openLed.id)).toMatchObject({ leadAgencyId: successor.id, version: 2 });
    expect(await taskById(closedLed.id)).toMatchObject({ leadAgencyId: old.id, version: 1 });
    const coordinatorsOf = async (id: number) => (await db().select().from(taskCoordinators).where(eq(taskCoordinators.taskId, id))).map((c) => c.agencyId);
    expect(await coordinatorsOf(openLed.id)).toEqual([]);
    expect(await coordinatorsOf(openCoordinated.id)).toEqual([successor.id]);
    expect(await coordinatorsOf(closedCoordinated.id)).toEqual([old.id]);
    expect((await eventsOf(openLed.id)).map((e) => [e.kind, e.details])).toEqual([["moved_to_successor", { fromAgencyId: old.id, toAgencyId: successor.id, role: "lead" }]]);
    expect((await eventsOf(openCoordinated.id)).map((e) => e.kind)).toEqual(["moved_to_successor"]);
    expect(await eventsOf(closedLed.id)).toHaveLength(0);
    expect(entries.map((e) => e.action)).toEqual(["task.move_to_successor"]);
  });
});
