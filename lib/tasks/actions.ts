"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { withEvidence } from "./evidence-file";
import {
  acceptCompletion,
  approveExtension,
  createTask,
  refuseExtension,
  requestExtension,
  returnCompletion,
  updateTask,
} from "./commands";
import {
  acceptCompletionSchema,
  approveExtensionSchema,
  createTaskSchema,
  refuseExtensionSchema,
  requestExtensionSchema,
  returnCompletionSchema,
  updateTaskSchema,
} from "./validation";
import { addContributionMutation, leadScope, reportCompletionMutation, reportProgressMutation } from "./mutations";

/*
 * Each action is a public POST endpoint: mutate() checks the session and the permission
 * itself. A unit officer's reports are scoped to the task's lead unit (or, for a
 * contribution, the coordinating unit named in the form, which must be their own);
 * the commands check the role again inside the transaction.
 */

const LIST = "/tasks";
const page = (id: number) => `${LIST}/${id}`;
const taskIdOf = (formData: FormData, field = "taskId") => Number(formData.get(field));

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
    ...withEvidence(reportProgressMutation, formData, "evidenceFile", (event) => event.id),
    revalidate: [page(taskIdOf(formData))],
    successMessage: "tasks.messages.progressSaved",
  });
}

export async function addContributionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    ...withEvidence(addContributionMutation, formData, "evidenceFile", (event) => event.id),
    revalidate: [page(taskIdOf(formData))],
    successMessage: "tasks.messages.contributionSaved",
  });
}

export async function reportCompletionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    ...withEvidence(reportCompletionMutation, formData, "completionEvidenceFile", (reported) => reported.eventId),
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
