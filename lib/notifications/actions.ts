"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { markNoticesRead, savePreferences } from "./commands";
import { markReadSchema, preferencesSchema } from "./validation";

/*
 * Any signed-in user manages their own notices and settings (every role holds
 * conferences.view, as for the calendar subscription); the commands are scoped by the
 * caller's id, never by a form field.
 */

export async function markNoticesReadAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: markReadSchema,
    permission: "conferences.view",
    run: ({ tx, audit, user, input }) => markNoticesRead({ tx, audit, actorId: user.id }, user, input.id ?? null),
    revalidate: ["/notifications", "/"],
    successMessage: "notifications.markedRead",
  });
}

export async function markAllNoticesReadAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: markReadSchema,
    permission: "conferences.view",
    run: ({ tx, audit, user }) => markNoticesRead({ tx, audit, actorId: user.id }, user, null),
    revalidate: ["/notifications", "/"],
    successMessage: "notifications.markedAllRead",
  });
}

export async function savePreferencesAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: preferencesSchema,
    permission: "conferences.view",
    run: ({ tx, audit, user, input }) => savePreferences({ tx, audit, actorId: user.id }, user.id, input),
    revalidate: ["/account/notifications"],
    successMessage: "notifications.preferences.saved",
  });
}
