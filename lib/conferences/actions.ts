"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { createConferenceMutation } from "./mutations";
import { addBridgePoint, changeConferenceStatus, deleteConference, removeBridgePoint, updateConference } from "./commands";
import { addBridgePointSchema, changeStatusSchema, deleteConferenceSchema, removeBridgePointSchema, updateConferenceSchema } from "./validation";

/*
 * Each action is a public POST endpoint: mutate() checks the session and conferences.manage
 * itself, validates, and runs the change with its audit row in one transaction.
 */

const LIST = "/conferences";
const SCHEDULE = "/schedule";
const page = (id: number) => `${LIST}/${id}`;
const idOf = (formData: FormData, field = "id") => Number(formData.get(field));
// A conference shows on the list, its own pages and the weekly schedule.
const paths = (id: number) => [LIST, page(id), `${page(id)}/invitations`, `${page(id)}/attendance`, `${page(id)}/agenda`, SCHEDULE];

export async function createConferenceAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    ...createConferenceMutation,
    revalidate: [LIST, SCHEDULE],
    successMessage: "conferences.messages.created",
    redirectTo: (created) => page(created.id),
  });
}

export async function updateConferenceAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: updateConferenceSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, input, user }) => updateConference({ tx, audit, actorId: user.id }, input),
    revalidate: paths(idOf(formData)),
    successMessage: "conferences.messages.updated",
    redirectTo: (saved) => page(saved.id),
  });
}

export async function changeConferenceStatusAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: changeStatusSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, input, user }) => changeConferenceStatus({ tx, audit, actorId: user.id }, input),
    revalidate: paths(idOf(formData)),
    successMessage: "conferences.messages.statusChanged",
  });
}

export async function deleteConferenceAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: deleteConferenceSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, input, user }) => deleteConference({ tx, audit, actorId: user.id }, input),
    revalidate: [LIST, SCHEDULE],
    redirectTo: () => LIST,
  });
}

export async function addBridgePointAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: addBridgePointSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, input, user }) => addBridgePoint({ tx, audit, actorId: user.id }, input),
    revalidate: [page(idOf(formData, "conferenceId"))],
    successMessage: "conferences.messages.bridgeAdded",
  });
}

export async function removeBridgePointAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: removeBridgePointSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, input, user }) => removeBridgePoint({ tx, audit, actorId: user.id }, input),
    revalidate: [page(idOf(formData, "conferenceId"))],
    successMessage: "conferences.messages.bridgeRemoved",
  });
}
