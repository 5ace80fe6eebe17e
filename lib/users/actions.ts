"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { createUserAccount, resetUserPassword, setUserActive, signOutUserEverywhere, updateUserAccount } from "./commands";
import { createUserSchema, resetPasswordSchema, updateUserSchema, userIdSchema } from "./validation";

/*
 * Each action is a public POST endpoint: mutate() checks the session and "users.manage"
 * itself, validates, and runs the change with its audit row in one transaction.
 * Passwords are listed as secret fields so a refused form never sends them back.
 */

const LIST = "/admin/users";
const userPage = (id: number) => `/admin/users/${id}`;

export async function createUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: createUserSchema,
    permission: "users.manage",
    secretFields: ["password", "newPassword"],
    run: ({ tx, user, audit, input }) => createUserAccount({ tx, actorId: user.id, audit }, input),
    revalidate: [LIST],
    successMessage: "users.created",
    redirectTo: (created) => userPage(created.id),
  });
}

export async function updateUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: updateUserSchema,
    permission: "users.manage",
    run: ({ tx, user, audit, input }) => updateUserAccount({ tx, actorId: user.id, audit }, input),
    revalidate: [LIST, userPage(Number(formData.get("id")))],
    successMessage: "common.saved",
  });
}

export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: resetPasswordSchema,
    permission: "users.manage",
    secretFields: ["password", "newPassword"],
    run: ({ tx, user, audit, input }) => resetUserPassword({ tx, actorId: user.id, audit }, input),
    revalidate: [userPage(Number(formData.get("id")))],
    successMessage: "users.passwordReset",
  });
}

export async function disableUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: userIdSchema,
    permission: "users.manage",
    run: ({ tx, user, audit, input }) => setUserActive({ tx, actorId: user.id, audit }, input.id, false),
    revalidate: [LIST, userPage(Number(formData.get("id")))],
    successMessage: "users.disabled",
  });
}

export async function enableUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: userIdSchema,
    permission: "users.manage",
    run: ({ tx, user, audit, input }) => setUserActive({ tx, actorId: user.id, audit }, input.id, true),
    revalidate: [LIST, userPage(Number(formData.get("id")))],
    successMessage: "users.enabled",
  });
}

export async function signOutEverywhereAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: userIdSchema,
    permission: "users.manage",
    run: ({ tx, user, audit, input }) => signOutUserEverywhere({ tx, actorId: user.id, audit }, input.id),
    revalidate: [userPage(Number(formData.get("id")))],
    successMessage: "users.signedOutEverywhere",
  });
}
