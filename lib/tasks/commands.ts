import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, conferences, directives, taskCoordinators, taskEvents, tasks } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import type { MutationContext } from "@/lib/actions";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { notifyTask, notifyTaskEdited } from "@/lib/notifications/events";
import { todayInVietnam } from "./status";
import type { CreateTaskInput, UpdateTaskInput } from "./validation";

/*
 * Assigning tasks (create, edit) and moving a merged agency's open tasks. Each command
 * takes the transaction, the acting user and the audit writer explicitly, writes the
 * task's history row and one audit row, and throws a UserFacingError (rolling everything
 * back) when a check fails. The reporting steps are in ./steps.ts.
 */

export type Audit = MutationContext<unknown>["audit"];
export type TaskRow = typeof tasks.$inferSelect;

export interface CommandContext {
  tx: Db;
  actorId: number | null;
  audit: Audit;
  /** Today in Vietnam; tests pass a fixed day. */
  today?: string;
}

/** The conference day (in Vietnam) of a directive, or null when the directive does not exist. */
async function conferenceDayOf(tx: Db, directiveId: number): Promise<string | null> {
  const [row] = await tx
    .select({ startsAt: conferences.startsAt })
    .from(directives)
    .innerJoin(conferences, eq(conferences.id, directives.conferenceId))
    .where(eq(directives.id, directiveId))
    .limit(1);
  return row ? todayInVietnam(row.startsAt) : null;
}

async function assertAgenciesExist(tx: Db, leadAgencyId: number, coordinatorIds: readonly number[]): Promise<void> {
  const ids = [leadAgencyId, ...coordinatorIds];
  const found = new Set((await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, ids))).map((row) => row.id));
  if (!found.has(leadAgencyId)) throw new UserFacingError("tasks.errors.leadRequired", "leadAgencyId");
  if (coordinatorIds.some((id) => !found.has(id))) throw new UserFacingError("validation.agencyUnknown", "coordinatorIds");
}

/** A deadline before the conference that gave the directive makes no sense and is refused. */
function assertDeadlineAfterConference(deadline: string | null, conferenceDay: string): void {
  if (deadline !== null && deadline < conferenceDay) throw new UserFacingError("tasks.errors.deadlineBeforeConference", "deadline");
}

function assertAssignment(input: { leadAgencyId: number; coordinatorIds: readonly number[] }): void {
  if (input.coordinatorIds.includes(input.leadAgencyId)) throw new UserFacingError("tasks.errors.leadIsCoordinator", "coordinatorIds");
}

export async function createTask({ tx, actorId, audit }: CommandContext, input: CreateTaskInput): Promise<TaskRow> {
  assertAssignment(input);
  const conferenceDay = await conferenceDayOf(tx, input.directiveId);
  if (conferenceDay === null) throw new UserFacingError("tasks.errors.directiveUnknown", "directiveId");
  assertDeadlineAfterConference(input.deadline, conferenceDay);
  await assertAgenciesExist(tx, input.leadAgencyId, input.coordinatorIds);
  const [row] = await tx
    .insert(tasks)
    .values({
      directiveId: input.directiveId,
      title: input.title,
      description: input.description ?? null,
      leadAgencyId: input.leadAgencyId,
      deadline: input.deadline,
      originalDeadline: input.deadline,
      priority: input.priority,
      expectedOutput: input.expectedOutput ?? null,
      createdById: actorId,
    })
    .returning();
  if (input.coordinatorIds.length > 0) {
    await tx.insert(taskCoordinators).values(input.coordinatorIds.map((agencyId) => ({ taskId: row.id, agencyId })));
  }
  await tx.insert(taskEvents).values({ taskId: row.id, kind: "created", byUserId: actorId, details: { coordinatorIds: input.coordinatorIds } });
  await audit({ action: "task.create", entityType: "task", entityId: row.id, after: { ...row, coordinatorIds: input.coordinatorIds } });
  await notifyTask({ tx, actorId }, row.id, "task_assigned");
  return row;
}

export async function coordinatorIdsOf(tx: Db, taskId: number): Promise<number[]> {
  const rows = await tx.select({ agencyId: taskCoordinators.agencyId }).from(taskCoordinators).where(eq(taskCoordinators.taskId, taskId));
  return rows.map((row) => row.agencyId).sort((a, b) => a - b);
}

/**
 * Title, description, lead and coordinating units, deadline, priority and expected output,
 * by whoever may assign. A deadline set here on a task that had none becomes its original
 * deadline too; a changed deadline otherwise keeps the original one, as an extension does.
 */
export async function updateTask({ tx, actorId, audit }: CommandContext, input: UpdateTaskInput): Promise<TaskRow> {
  assertAssignment(input);
  const [current] = await tx.select({ directiveId: tasks.directiveId, originalDeadline: tasks.originalDeadline }).from(tasks).where(eq(tasks.id, input.id)).limit(1);
  if (!current) throw new NotFoundError();
  const conferenceDay = await conferenceDayOf(tx, current.directiveId);
  if (conferenceDay !== null) assertDeadlineAfterConference(input.deadline, conferenceDay);
  await assertAgenciesExist(tx, input.leadAgencyId, input.coordinatorIds);
  const beforeCoordinators = await coordinatorIdsOf(tx, input.id);
  const { before, after } = await updateVersioned(tx, tasks, input.id, input.version, {
    title: input.title,
    description: input.description ?? null,
    leadAgencyId: input.leadAgencyId,
    deadline: input.deadline,
    originalDeadline: input.deadline === null ? null : (current.originalDeadline ?? input.deadline),
    priority: input.priority,
    expectedOutput: input.expectedOutput ?? null,
  });
  await tx.delete(taskCoordinators).where(eq(taskCoordinators.taskId, input.id));
  if (input.coordinatorIds.length > 0) {
    await tx.insert(taskCoordinators).values(input.coordinatorIds.map((agencyId) => ({ taskId: input.id, agencyId })));
  }
  const afterCoordinators = [...input.coordinatorIds].sort((a, b) => a - b);
  await tx.insert(taskEvents).values({
    taskId: input.id,
    kind: "updated",
    byUserId: actorId,
    details: {
      before: { leadAgencyId: before.leadAgencyId, deadline: before.deadline, coordinatorIds: beforeCoordinators },
      after: { leadAgencyId: after.leadAgencyId, deadline: after.deadline, coordinatorIds: afterCoordinators },
    },
  });
  await audit({
    action: "task.update",
    entityType: "task",
    entityId: input.id,
    before: { ...before, coordinatorIds: beforeCoordinators },
    after: { ...after, coordinatorIds: afterCoordinators },
  });
  await notifyTaskEdited({ tx, actorId }, input.id, { deadline: before.deadline, agencyIds: [before.leadAgencyId, ...beforeCoordinators] });
  return after;
}

/**
 * When an agency is merged into a successor, its open tasks (not accepted as completed)
 * move with it: as lead unit and as coordinating unit, each with a history entry. Closed
 * tasks keep the old agency, so old reports still name who did the work. A fixed number
 * of statements whatever the number of tasks.
 */
export async function moveOpenTasksToSuccessor(tx: Db, fromAgencyId: number, toAgencyId: number, actorId: number | null, audit: Audit): Promise<number[]> {
  if (fromAgencyId === toAgencyId) return [];
  const led = await tx
    .update(tasks)
    .set({ leadAgencyId: toAgencyId, version: sql`${tasks.version} + 1`, updatedAt: new Date() })
    .where(and(eq(tasks.leadAgencyId, fromAgencyId), isNull(tasks.completedOn)))
    .returning({ id: tasks.id });
  const ledIds = led.map((row) => row.id);
  if (ledIds.length > 0) {
    // The successor cannot coordinate a task it now leads.
    await tx.delete(taskCoordinators).where(and(inArray(taskCoordinators.taskId, ledIds), eq(taskCoordinators.agencyId, toAgencyId)));
  }

  const coordinated = await tx
    .select({ id: tasks.id, leadAgencyId: tasks.leadAgencyId })
    .from(taskCoordinators)
    .innerJoin(tasks, eq(tasks.id, taskCoordinators.taskId))
    .where(and(eq(taskCoordinators.agencyId, fromAgencyId), isNull(tasks.completedOn)));
  const coordinatedIds = coordinated.map((row) => row.id);
  if (coordinatedIds.length > 0) {
    await tx.delete(taskCoordinators).where(and(inArray(taskCoordinators.taskId, coordinatedIds), eq(taskCoordinators.agencyId, fromAgencyId)));
    const stillNeeded = coordinated.filter((row) => row.leadAgencyId !== toAgencyId);
    if (stillNeeded.length > 0) {
      await tx
        .insert(taskCoordinators)
        .values(stillNeeded.map((row) => ({ taskId: row.id, agencyId: toAgencyId })))
        .onConflictDoNothing();
    }
    await tx
      .update(tasks)
      .set({ version: sql`${tasks.version} + 1`, updatedAt: new Date() })
      .where(inArray(tasks.id, coordinatedIds));
  }

  const events = [
    ...ledIds.map((taskId) => ({ taskId, role: "lead" as const })),
    ...coordinatedIds.map((taskId) => ({ taskId, role: "coordinator" as const })),
  ];
  if (events.length === 0) return [];
  await tx.insert(taskEvents).values(
    events.map((event) => ({
      taskId: event.taskId,
      kind: "moved_to_successor" as const,
      agencyId: toAgencyId,
      byUserId: actorId,
      details: { fromAgencyId, toAgencyId, role: event.role },
    })),
  );
  await audit({
    action: "task.move_to_successor",
    entityType: "agency",
    entityId: fromAgencyId,
    after: { toAgencyId, ledTaskIds: ledIds, coordinatedTaskIds: coordinatedIds },
  });
  return [...new Set([...ledIds, ...coordinatedIds])];
}

export * from "./steps";
