"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { addAgendaItem, applyReviewTemplate, copyPreviousAgenda, editAgendaItem, removeAgendaItem, reorderAgenda } from "./commands";
import { conferenceOnlySchema, createAgendaItemSchema, deleteAgendaItemSchema, reorderAgendaSchema, updateAgendaItemSchema } from "./validation";

/*
 * Public POST endpoints: mutate() checks the session and conferences.manage itself, and
 * the commands check the conference is visible and own each item, whatever page
 * rendered the form.
 */

const paths = (formData: FormData) => {
  const id = Number(formData.get("conferenceId"));
  return [`/conferences/${id}/agenda`, `/conferences/${id}`];
};

export async function createAgendaItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: createAgendaItemSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, user, input }) => addAgendaItem({ tx, audit, user }, input),
    revalidate: paths(formData),
    successMessage: "agenda.added",
  });
}

export async function updateAgendaItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: updateAgendaItemSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, user, input }) => editAgendaItem({ tx, audit, user }, input),
    revalidate: paths(formData),
    // Back to the agenda (and the add form) once the item is saved.
    successMessage: "agenda.updated",
    redirectTo: (item) => `/conferences/${item.conferenceId}/agenda`,
  });
}

export async function deleteAgendaItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: deleteAgendaItemSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, user, input }) => removeAgendaItem({ tx, audit, user }, input),
    revalidate: paths(formData),
    // Back to the agenda, which says so: the item's own form (and its message) is gone with it.
    redirectTo: () => paths(formData)[0],
    successMessage: "agenda.deleted",
  });
}

export async function reorderAgendaAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: reorderAgendaSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, user, input }) => reorderAgenda({ tx, audit, user }, input),
    revalidate: paths(formData),
    successMessage: "agenda.orderSaved",
  });
}

export async function applyTemplateAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: conferenceOnlySchema,
    permission: "conferences.manage",
    run: ({ tx, audit, user, input }) => applyReviewTemplate({ tx, audit, user }, input),
    revalidate: paths(formData),
    successMessage: "agenda.templateApplied",
  });
}

export async function copyPreviousAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: conferenceOnlySchema,
    permission: "conferences.manage",
    run: ({ tx, audit, user, input }) => copyPreviousAgenda({ tx, audit, user }, input),
    revalidate: paths(formData),
    successMessage: "agenda.copied",
  });
}
