import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { taskEvents, taskExtensionRequests, tasks } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { notifyTask } from "@/lib/notifications/events";
import { agencyRoleInTask } from "./access";
import type { CommandContext, TaskRow } from "./commands";
import { todayInVietnam } from "./status";
import type {
  AcceptCompletionInput,
  ApproveExtensionInput,
  ContributionInput,
  ProgressInput,
  RefuseExtensionInput,
  ReportCompletionInput,
  RequestExtensionInput,
  ReturnCompletionInput,
} from "./validation";

/*
 * The follow-up steps on a task. Reports are taken on behalf of the acting user's agency
 * (never an agency named in the form): progress, completion and extension requests only
 * from the lead unit, contributions from the lead or a coordinating unit. Decisions come
 * from the secretariat or leaders (checked by the actions' permission). Every step writes
 * one history row and one audit row; every step that changes the task carries the version
 * the form was loaded with, so two people acting at once cannot overwrite each other.
 */

async function loadTask(tx: Db, taskId: number): Promise<TaskRow> {
  const [row] = await tx.select().from(tasks).where(eq(tasks.id, taskId)).limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

async function requireRole(tx: Db, task: TaskRow, agencyId: number | null, allowed: readonly ("lead" | "coordinator")[]): Promise<"lead" | "coordinator"> {
  const role = await agencyRoleInTask(tx, task, agencyId);
  if (role === null || !allowed.includes(role)) throw new ForbiddenError();
  return role;
}

function assertOpen(task: TaskRow): void {
  if (task.completedOn !== null) throw new UserFacingError("tasks.errors.alreadyCompleted");
}

const evidence = (input: { evidenceNumber?: string; evidenceDate?: string }) => ({
  evidenceNumber: input.evidenceNumber ?? null,
  evidenceDate: input.evidenceDate ?? null,
});

type EventRow = typeof taskEvents.$inferSelect;

export async function reportProgress({ tx, actorId, audit }: CommandContext, agencyId: number | null, input: ProgressInput): Promise<EventRow> {
  const task = await loadTask(tx, input.taskId);
  await requireRole(tx, task, agencyId, ["lead"]);
  assertOpen(task);
  const [event] = await tx
    .insert(taskEvents)
    .values({ taskId: task.id, kind: "progress", agencyId, byUserId: actorId, text: input.text, percent: input.percent ?? null, ...evidence(input) })
    .returning();
  await audit({ action: "task.progress", entityType: "task", entityId: task.id, after: event });
  return event;
}

export async function addContribution({ tx, actorId, audit }: CommandContext, agencyId: number | null, input: ContributionInput): Promise<EventRow> {
  const task = await loadTask(tx, input.taskId);
  if (agencyId !== input.agencyId) throw new ForbiddenError();
  await requireRole(tx, task, agencyId, ["lead", "coordinator"]);
  assertOpen(task);
  const [event] = await tx
    .insert(taskEvents)
    .values({ taskId: task.id, kind: "contribution", agencyId, byUserId: actorId, text: input.text, ...evidence(input) })
    .returning();
  await audit({ action: "task.contribution", entityType: "task", entityId: task.id, after: event });
  return event;
}

/** The task after the report, and the history entry that carries the report (its evidence files hang there). */
export async function reportCompletion({ tx, actorId, audit }: CommandContext, agencyId: number | null, input: ReportCompletionInput): Promise<TaskRow & { eventId: number }> {
  const task = await loadTask(tx, input.taskId);
  await requireRole(tx, task, agencyId, ["lead"]);
  assertOpen(task);
  if (task.completionReportedAt !== null) throw new UserFacingError("tasks.errors.alreadyReported");
  const { before, after } = await updateVersioned(tx, tasks, task.id, input.version, { completionReportedAt: new Date() });
  const [event] = await tx
    .insert(taskEvents)
    .values({ taskId: task.id, kind: "completion_reported", agencyId, byUserId: actorId, text: input.text, percent: 100, ...evidence(input) })
    .returning({ id: taskEvents.id });
  await audit({ action: "task.report_completion", entityType: "task", entityId: task.id, before, after });
  return { ...after, eventId: event.id };
}

/** The acceptance day is the completion day, whatever day the unit reported. */
export async function acceptCompletion({ tx, actorId, audit, today }: CommandContext, input: AcceptCompletionInput): Promise<TaskRow> {
  const task = await loadTask(tx, input.taskId);
  assertOpen(task);
  if (task.completionReportedAt === null) throw new UserFacingError("tasks.errors.notReported");
  const completedOn = today ?? todayInVietnam();
  const { before, after } = await updateVersioned(tx, tasks, task.id, input.version, { completedOn });
  await tx.insert(taskEvents).values({ taskId: task.id, kind: "accepted", byUserId: actorId, details: { completedOn } });
  await audit({ action: "task.accept", entityType: "task", entityId: task.id, before, after });
  await notifyTask({ tx, actorId }, task.id, "task_completion_accepted");
  return after;
}

export async function returnCompletion({ tx, actorId, audit }: CommandContext, input: ReturnCompletionInput): Promise<TaskRow> {
  const task = await loadTask(tx, input.taskId);
  assertOpen(task);
  if (task.completionReportedAt === null) throw new UserFacingError("tasks.errors.notReported");
  const { before, after } = await updateVersioned(tx, tasks, task.id, input.version, { completionReportedAt: null });
  await tx.insert(taskEvents).values({ taskId: task.id, kind: "returned", byUserId: actorId, text: input.comment });
  await audit({ action: "task.return", entityType: "task", entityId: task.id, before, after });
  await notifyTask({ tx, actorId }, task.id, "task_completion_returned");
  return after;
}

export async function requestExtension({ tx, actorId, audit }: CommandContext, agencyId: number | null, input: RequestExtensionInput) {
  const task = await loadTask(tx, input.taskId);
  await requireRole(tx, task, agencyId, ["lead"]);
  assertOpen(task);
  if (task.deadline === null) throw new UserFacingError("tasks.errors.noDeadline", "requestedDeadline");
  if (input.requestedDeadline <= task.deadline) throw new UserFacingError("tasks.errors.extensionNotLater", "requestedDeadline");
  const [pending] = await tx
    .select({ id: taskExtensionRequests.id })
    .from(taskExtensionRequests)
    .where(and(eq(taskExtensionRequests.taskId, task.id), eq(taskExtensionRequests.decision, "pending")))
    .limit(1);
  if (pending) throw new UserFacingError("tasks.errors.extensionPending");
  // The task itself does not change, but its version moves so a decision taken on a stale page is refused.
  await updateVersioned(tx, tasks, task.id, input.version, {});
  const [request] = await tx
    .insert(taskExtensionRequests)
    .values({ taskId: task.id, requestedDeadline: input.requestedDeadline, reason: input.reason, requestedById: actorId })
    .returning();
  await tx.insert(taskEvents).values({
    taskId: task.id,
    kind: "extension_requested",
    agencyId,
    byUserId: actorId,
    text: input.reason,
    details: { requestId: request.id, currentDeadline: task.deadline, requestedDeadline: input.requestedDeadline },
  });
  await audit({ action: "task.request_extension", entityType: "task", entityId: task.id, after: request });
  return request;
}

async function pendingRequest(tx: Db, taskId: number, requestId: number) {
  const [row] = await tx
    .select()
    .from(taskExtensionRequests)
    .where(and(eq(taskExtensionRequests.id, requestId), eq(taskExtensionRequests.taskId, taskId)))
    .for("update")
    .limit(1);
  if (!row) throw new NotFoundError();
  if (row.decision !== "pending") throw new UserFacingError("tasks.errors.extensionDecided");
  return row;
}

/** Moves the deadline; the original deadline stays, so lateness against it is still reported. */
export async function approveExtension({ tx, actorId, audit }: CommandContext, input: ApproveExtensionInput): Promise<TaskRow> {
  const request = await pendingRequest(tx, input.taskId, input.requestId);
  // A completed task keeps the deadline it was judged against.
  assertOpen(await loadTask(tx, input.taskId));
  const { before, after } = await updateVersioned(tx, tasks, input.taskId, input.version, { deadline: request.requestedDeadline });
  await tx
    .update(taskExtensionRequests)
    .set({ decision: "approved", decidedById: actorId, decidedAt: new Date(), decisionComment: input.comment ?? null })
    .where(eq(taskExtensionRequests.id, request.id));
  await tx.insert(taskEvents).values({
    taskId: input.taskId,
    kind: "extension_approved",
    byUserId: actorId,
    text: input.comment ?? null,
    details: { requestId: request.id, fromDeadline: before.deadline, toDeadline: after.deadline },
  });
  await audit({ action: "task.approve_extension", entityType: "task", entityId: input.taskId, before, after });
  await notifyTask({ tx, actorId }, input.taskId, "task_extension_decided", { decision: "approved" });
  return after;
}

export async function refuseExtension({ tx, actorId, audit }: CommandContext, input: RefuseExtensionInput): Promise<TaskRow> {
  const request = await pendingRequest(tx, input.taskId, input.requestId);
  const { after } = await updateVersioned(tx, tasks, input.taskId, input.version, {});
  await tx
    .update(taskExtensionRequests)
    .set({ decision: "refused", decidedById: actorId, decidedAt: new Date(), decisionComment: input.comment })
    .where(eq(taskExtensionRequests.id, request.id));
  await tx.insert(taskEvents).values({ taskId: input.taskId, kind: "extension_refused", byUserId: actorId, text: input.comment, details: { requestId: request.id } });
  await audit({ action: "task.refuse_extension", entityType: "task", entityId: input.taskId, before: request, after: { ...request, decision: "refused", comment: input.comment } });
  await notifyTask({ tx, actorId }, input.taskId, "task_extension_decided", { decision: "refused" });
  return after;
}
