"use server";

import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { taskCoordinators, tasks } from "@/db/schema";
import { mutate } from "@/lib/actions";
import type { PermissionScope } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/form-state";
import { attachEvidence, evidenceUploadFrom } from "./evidence-file";
import {
  acceptCompletion,
  addContribution,
  approveExtension,
  createTask,
  refuseExtension,
  reportCompletion,
  reportProgress,
  requestExtension,
  returnCompletion,
  updateTask,
} from "./commands";
import {
  acceptCompletionSchema,
  approveExtensionSchema,
  contributionSchema,
  createTaskSchema,
  progressSchema,
  refuseExtensionSchema,
  reportCompletionSchema,
  requestExtensionSchema,
  returnCompletionSchema,
  updateTaskSchema,
} from "./validation";

/*
 * Each action is a public POST endpoint: mutate() checks the session and the permission
 * itself. A unit officer's reports are scoped to the task's lead unit (or, for a
 * contribution, the coordinating unit named in the form, which must be their own);
 * the commands check the role again inside the transaction.
 */

const LIST = "/tasks";
const page = (id: number) => `${LIST}/${id}`;
const taskIdOf = (formData: FormData, field = "taskId") => Number(formData.get(field));

async function leadScope(input: { taskId: number }, db: Db): Promise<PermissionScope> {
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

export async function createTaskAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: createTaskSchema,
    permission: "tasks.assign",
    run: ({ tx, audit, input, user }) => createTask({ tx, audit, actorId: user.id }, input),
    revalidate: [LIST],
    successMessage: "tasks.messages.created",
    redirectTo: (created) => page(created.id),
  });
}

export async function updateTaskAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: updateTaskSchema,
    permission: "tasks.assign",
    run: ({ tx, audit, input, user }) => updateTask({ tx, audit, actorId: user.id }, input),
    revalidate: [LIST, page(taskIdOf(formData, "id"))],
    successMessage: "tasks.messages.updated",
    redirectTo: (saved) => page(saved.id),
  });
}

export async function reportProgressAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: progressSchema,
    permission: "tasks.report",
    scope: leadScope,
    run: async ({ tx, audit, input, user }) => {
      const event = await reportProgress({ tx, audit, actorId: user.id }, user.agencyId, input);
      const upload = await evidenceUploadFrom(formData, "evidenceFile");
      if (upload) await attachEvidence({ tx, audit, actor: user }, event.id, upload, "evidenceFile");
      return event;
    },
    revalidate: [page(taskIdOf(formData))],
    successMessage: "tasks.messages.progressSaved",
  });
}

export async function addContributionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: contributionSchema,
    permission: "tasks.report",
    scope: participantScope,
    run: async ({ tx, audit, input, user }) => {
      const event = await addContribution({ tx, audit, actorId: user.id }, user.agencyId, input);
      const upload = await evidenceUploadFrom(formData, "evidenceFile");
      if (upload) await attachEvidence({ tx, audit, actor: user }, event.id, upload, "evidenceFile");
      return event;
    },
    revalidate: [page(taskIdOf(formData))],
    successMessage: "tasks.messages.contributionSaved",
  });
}

export async function reportCompletionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: reportCompletionSchema,
    permission: "tasks.report",
    scope: leadScope,
    run: async ({ tx, audit, input, user }) => {
      const reported = await reportCompletion({ tx, audit, actorId: user.id }, user.agencyId, input);
      const upload = await evidenceUploadFrom(formData, "completionEvidenceFile");
      if (upload) await attachEvidence({ tx, audit, actor: user }, reported.eventId, upload, "completionEvidenceFile");
      return reported;
    },
    revalidate: [LIST, page(taskIdOf(formData))],
    successMessage: "tasks.messages.completionReported",
  });
}

export async function requestExtensionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: requestExtensionSchema,
    permission: "tasks.report",
    scope: leadScope,
    run: ({ tx, audit, input, user }) => requestExtension({ tx, audit, actorId: user.id }, user.agencyId, input),
    revalidate: [page(taskIdOf(formData))],
    successMessage: "tasks.messages.extensionRequested",
  });
}

export async function acceptCompletionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: acceptCompletionSchema,
    permission: "tasks.accept",
    run: ({ tx, audit, input, user }) => acceptCompletion({ tx, audit, actorId: user.id }, input),
    revalidate: [LIST, page(taskIdOf(formData))],
    successMessage: "tasks.messages.accepted",
  });
}

export async function returnCompletionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: returnCompletionSchema,
    permission: "tasks.accept",
    run: ({ tx, audit, input, user }) => returnCompletion({ tx, audit, actorId: user.id }, input),
    revalidate: [LIST, page(taskIdOf(formData))],
    successMessage: "tasks.messages.returned",
  });
}

export async function approveExtensionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: approveExtensionSchema,
    permission: "tasks.decide_extension",
    run: ({ tx, audit, input, user }) => approveExtension({ tx, audit, actorId: user.id }, input),
    revalidate: [LIST, page(taskIdOf(formData))],
    successMessage: "tasks.messages.extensionApproved",
  });
}

export async function refuseExtensionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: refuseExtensionSchema,
    permission: "tasks.decide_extension",
    run: ({ tx, audit, input, user }) => refuseExtension({ tx, audit, actorId: user.id }, input),
    revalidate: [page(taskIdOf(formData))],
    successMessage: "tasks.messages.extensionRefused",
  });
}
