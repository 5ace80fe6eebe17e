"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { addAgency, addPerson, deactivateAgency, editAgency, editPerson, mergeAgency, reactivateAgency, setPersonActive } from "./commands";
import {
  createAgencySchema,
  createPersonSchema,
  deactivateAgencySchema,
  mergeAgencySchema,
  personStatusSchema,
  reactivateAgencySchema,
  updateAgencySchema,
  updatePersonSchema,
} from "./validation";

/*
 * Each action is a public POST endpoint: mutate() checks the session and the permission
 * itself (agencies.manage for agencies, people.manage for people), validates, and runs
 * the change with its audit row in one transaction. Whatever page rendered the form,
 * a viewer posting here directly is refused.
 */

const AGENCIES = "/directory/agencies";
const PEOPLE = "/directory/people";
const agencyPage = (id: number) => `${AGENCIES}/${id}`;
const personPage = (id: number) => `${PEOPLE}/${id}`;
const idOf = (formData: FormData) => Number(formData.get("id"));

// An agency's name and state show on the tree, on its parent's and successor's pages and
// beside its people, so a change refreshes the whole directory layout.
const agencyPaths = (formData: FormData) => [AGENCIES, agencyPage(idOf(formData)), PEOPLE];

export async function createAgencyAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: createAgencySchema,
    permission: "agencies.manage",
    run: ({ tx, audit, input }) => addAgency({ tx, audit }, input),
    revalidate: [AGENCIES],
    successMessage: "directory.agencyCreated",
    redirectTo: (created) => agencyPage(created.id),
  });
}

export async function updateAgencyAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: updateAgencySchema,
    permission: "agencies.manage",
    run: ({ tx, audit, input }) => editAgency({ tx, audit }, input),
    revalidate: agencyPaths(formData),
    successMessage: "common.saved",
  });
}

export async function mergeAgencyAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: mergeAgencySchema,
    permission: "agencies.manage",
    run: ({ tx, audit, input }) => mergeAgency({ tx, audit }, input),
    revalidate: agencyPaths(formData),
    successMessage: "directory.agencyMerged",
  });
}

export async function deactivateAgencyAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: deactivateAgencySchema,
    permission: "agencies.manage",
    run: ({ tx, audit, input }) => deactivateAgency({ tx, audit }, input),
    revalidate: agencyPaths(formData),
    successMessage: "directory.agencyDeactivated",
  });
}

export async function reactivateAgencyAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: reactivateAgencySchema,
    permission: "agencies.manage",
    run: ({ tx, audit, input }) => reactivateAgency({ tx, audit }, input),
    revalidate: agencyPaths(formData),
    successMessage: "directory.agencyReactivated",
  });
}

export async function createPersonAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: createPersonSchema,
    permission: "people.manage",
    run: ({ tx, audit, input }) => addPerson({ tx, audit }, input),
    revalidate: [PEOPLE],
    successMessage: "directory.personCreated",
    redirectTo: (created) => personPage(created.id),
  });
}

export async function updatePersonAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: updatePersonSchema,
    permission: "people.manage",
    run: ({ tx, audit, input }) => editPerson({ tx, audit }, input),
    revalidate: [PEOPLE, personPage(idOf(formData))],
    successMessage: "common.saved",
  });
}

export async function deactivatePersonAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: personStatusSchema,
    permission: "people.manage",
    run: ({ tx, audit, input }) => setPersonActive({ tx, audit }, input, false),
    revalidate: [PEOPLE, personPage(idOf(formData))],
    successMessage: "directory.personDeactivated",
  });
}

export async function reactivatePersonAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: personStatusSchema,
    permission: "people.manage",
    run: ({ tx, audit, input }) => setPersonActive({ tx, audit }, input, true),
    revalidate: [PEOPLE, personPage(idOf(formData))],
    successMessage: "directory.personReactivated",
  });
}
