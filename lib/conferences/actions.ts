"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { createConferenceMutation } from "./mutations";
import { addBridgePoint, changeConferenceStatus, deleteConference, removeBridgePoint, restoreConference, updateConference } from "./commands";
import {
  addBridgePointSchema,
  changeStatusSchema,
  deleteConferenceSchema,
  removeBridgePointSchema,
  restoreConferenceSchema,
  updateConferenceSchema,
} from "./validation";

/*
 * Each action is a public POST endpoint: mutate() checks the session and conferences.manage
 * itself, validates, and runs the change with its audit row in one transaction.
 */

const LIST = "/conferences";
const SCHEDULE = "/schedule";
const DELETED = "/admin/deleted-conferences";
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
    revalidate: [LIST, SCHEDULE, DELETED],
    // The list says what was deleted and that the admin can restore it.
    redirectTo: () => `${LIST}?deleted=1`,
  });
}

/** The admin's "Khôi phục" on the list of deleted conferences. */
export async function restoreConferenceAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: restoreConferenceSchema,
    permission: "conferences.restore",
    run: ({ tx, audit, input, user }) => restoreConference({ tx, audit, actorId: user.id }, input),
    revalidate: [...paths(idOf(formData)), DELETED],
    redirectTo: (restored) => `${page(restored.id)}?restored=1`,
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
    // From its confirmation page back to the conference, which says it was removed.
    redirectTo: () => `${page(idOf(formData, "conferenceId"))}?bridgeRemoved=1#bridge-points-title`,
  });
}
