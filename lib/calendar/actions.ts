"use server";

import { z } from "zod";
import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { idSchema } from "@/lib/validation";
import { createCalendarToken, revokeCalendarToken } from "./tokens";

/*
 * Any signed-in user manages their own subscription URLs (every role holds
 * conferences.view); the commands are scoped by the caller's id, never by a form field.
 */
const PAGE = "/account/calendar";

export async function createCalendarTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  let token: string | undefined;
  const state = await mutate(formData, {
    schema: z.object({}),
    permission: "conferences.view",
    run: async ({ tx, audit, user }) => {
      const created = await createCalendarToken({ tx, audit, userId: user.id });
      token = created.token;
      return created;
    },
    revalidate: [PAGE],
    successMessage: "calendar.created",
  });
  // The token goes back to this one response only; it is never stored or shown again.
  return state.status === "ok" && token ? { ...state, values: { token } } : state;
}

export async function revokeCalendarTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: z.object({ id: idSchema }),
    permission: "conferences.view",
    run: ({ tx, audit, user, input }) => revokeCalendarToken({ tx, audit, userId: user.id }, input.id),
    revalidate: [PAGE],
    successMessage: "calendar.revoked",
  });
}
