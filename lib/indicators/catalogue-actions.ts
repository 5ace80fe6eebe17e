"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { createIndicator, deleteIndicator, retireIndicator, updateIndicator } from "./catalogue-commands";
import { savePlans } from "./catalogue-plans";
import { createIndicatorSchema, deleteIndicatorSchema, retireIndicatorSchema, savePlansSchema, updateIndicatorSchema } from "./catalogue-validation";

/*
 * Public POST endpoints of the catalogue: mutate() checks the session and the permission
 * itself (indicators.manage for the catalogue, indicators.plan for the annual plans),
 * whatever page rendered the form.
 */

const CATALOGUE_PATHS = ["/indicators", "/indicators/plans"];

export async function createIndicatorAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: createIndicatorSchema,
    permission: "indicators.manage",
    run: ({ tx, audit, user, input }) => createIndicator({ tx, audit, actorId: user.id }, input),
    revalidate: CATALOGUE_PATHS,
    successMessage: "indicators.messages.created",
    redirectTo: (row) => `/indicators/${row.id}`,
  });
}

export async function updateIndicatorAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: updateIndicatorSchema,
    permission: "indicators.manage",
    run: ({ tx, audit, user, input }) => updateIndicator({ tx, audit, actorId: user.id }, input),
    revalidate: CATALOGUE_PATHS,
    successMessage: "indicators.messages.updated",
    redirectTo: (row) => `/indicators/${row.id}`,
  });
}

export async function retireIndicatorAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: retireIndicatorSchema,
    permission: "indicators.manage",
    run: ({ tx, audit, user, input }) => retireIndicator({ tx, audit, actorId: user.id }, input),
    revalidate: CATALOGUE_PATHS,
    successMessage: "indicators.messages.retired",
    redirectTo: (row) => `/indicators/${row.id}`,
  });
}

export async function deleteIndicatorAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: deleteIndicatorSchema,
    permission: "indicators.manage",
    run: ({ tx, audit, user, input }) => deleteIndicator({ tx, audit, actorId: user.id }, input),
    revalidate: CATALOGUE_PATHS,
    redirectTo: () => "/indicators?deleted=1",
  });
}

export async function savePlansAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: savePlansSchema,
    permission: "indicators.plan",
    run: async ({ tx, audit, user, input }) => ({ year: input.year, agencyId: input.agencyId, ...(await savePlans({ tx, audit, actorId: user.id }, input)) }),
    revalidate: CATALOGUE_PATHS,
    // Back to the year's page (post/redirect/get), so the new plan versions are in the form.
    redirectTo: (result) => `/indicators/plans?year=${result.year}${result.agencyId === null ? "" : `&agency=${result.agencyId}`}&saved=1`,
  });
}
