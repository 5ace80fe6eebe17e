import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { taskCoordinators, tasks } from "@/db/schema";
import type { MutationCore } from "@/lib/actions";
import type { PermissionScope } from "@/lib/auth/permissions";
import { addContribution, reportCompletion, reportProgress } from "./commands";
import { contributionSchema, progressSchema, reportCompletionSchema } from "./validation";

/*
 * The unit's reporting steps as shared rules: the task page's server actions (./actions.ts)
 * and the /api/v1 handlers run these same schemas, scopes and commands. A unit officer's
 * report is scoped to the task's lead unit (a contribution to the coordinating unit named,
 * which must be their own); the commands check the role again inside the transaction.
 */

export async function leadScope(input: { taskId: number }, db: Db): Promise<PermissionScope> {
  const [row] = await db.select({ leadAgencyId: tasks.leadAgencyId }).from(tasks).where(eq(tasks.id, input.taskId)).limit(1);
  return { agencyId: row?.leadAgencyId ?? null };
}

/** The named agency if it leads or coordinates the task; otherwise no agency (refused). */
async function participantScope(input: { taskId: number; agencyId: number }, db: Db): Promise<PermissionScope> {
  const [lead] = await db.select({ id: tasks.id }).from(tasks).where(and(eq(tasks.id, input.taskId), eq(tasks.leadAgencyId, input.agencyId))).limit(1);
  if (lead) return { agencyId: input.agencyId };
  const [coordinator] = await db
    .select({ id: taskCoordinators.taskId })
    .from(taskCoordinators)
    .where(and(eq(taskCoordinators.taskId, input.taskId), eq(taskCoordinators.agencyId, input.agencyId)))
    .limit(1);
  return { agencyId: coordinator ? input.agencyId : null };
}

export const reportProgressMutation = {
  schema: progressSchema,
  permission: "tasks.report",
  scope: leadScope,
  run: ({ tx, audit, input, user }) => reportProgress({ tx, audit, actorId: user.id }, user.agencyId, input),
} satisfies MutationCore<typeof progressSchema, unknown>;

export const addContributionMutation = {
  schema: contributionSchema,
  permission: "tasks.report",
  scope: participantScope,
  run: ({ tx, audit, input, user }) => addContribution({ tx, audit, actorId: user.id }, user.agencyId, input),
} satisfies MutationCore<typeof contributionSchema, unknown>;

export const reportCompletionMutation = {
  schema: reportCompletionSchema,
  permission: "tasks.report",
  scope: leadScope,
  run: ({ tx, audit, input, user }) => reportCompletion({ tx, audit, actorId: user.id }, user.agencyId, input),
} satisfies MutationCore<typeof reportCompletionSchema, unknown>;
