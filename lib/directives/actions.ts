"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { approveDirectives, createDirective, deleteDirective, reopenDirectives, updateDirective } from "./commands";
import { conferenceDirectivesSchema, createDirectiveSchema, deleteDirectiveSchema, updateDirectiveSchema } from "./validation";

/*
 * Public POST endpoints: mutate() checks the session and the permission itself (record for
 * directives, approve for approving and reopening), and the commands check that the
 * conference is visible and owns the directive, whatever page rendered the form.
 */

const paths = (formData: FormData) => {
  const id = Number(formData.get("conferenceId"));
  return [`/conferences/${id}/directives`, `/conferences/${id}`, "/directives", "/legal-documents"];
};

export async function createDirectiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: createDirectiveSchema,
    permission: "directives.record",
    run: ({ tx, audit, user, input }) => createDirective({ tx, audit, user, actorId: user.id }, input),
    revalidate: paths(formData),
    successMessage: "directives.added",
  });
}

export async function updateDirectiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: updateDirectiveSchema,
    permission: "directives.record",
    run: ({ tx, audit, user, input }) => updateDirective({ tx, audit, user, actorId: user.id }, input),
    revalidate: paths(formData),
    successMessage: "directives.updated",
    redirectTo: (row) => `/conferences/${row.conferenceId}/directives`,
  });
}

export async function deleteDirectiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: deleteDirectiveSchema,
    permission: "directives.record",
    run: ({ tx, audit, user, input }) => deleteDirective({ tx, audit, user, actorId: user.id }, input),
    revalidate: paths(formData),
    // Back to the directives, which say so: the directive's own form (and its message) is gone with it.
    redirectTo: () => paths(formData)[0],
    successMessage: "directives.deleted",
  });
}

export async function approveDirectivesAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: conferenceDirectivesSchema,
    permission: "directives.approve",
    run: ({ tx, audit, user, input }) => approveDirectives({ tx, audit, user, actorId: user.id }, input),
    revalidate: paths(formData),
    // From the confirmation page back to the directives, which say who approved and when.
    redirectTo: () => `/conferences/${Number(formData.get("conferenceId"))}/directives?approved=1`,
  });
}

export async function reopenDirectivesAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: conferenceDirectivesSchema,
    permission: "directives.approve",
    run: ({ tx, audit, user, input }) => reopenDirectives({ tx, audit, user, actorId: user.id }, input),
    revalidate: paths(formData),
    successMessage: "directives.reopened",
  });
}
