"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { mutate } from "@/lib/actions";
import type { Db } from "@/db/client";
import { UserFacingError, NotFoundError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { idSchema, requiredText } from "@/lib/validation";
import { writeScopes, writeScopesFor } from "./scopes";
import { API_TOKEN_LIFETIMES_DAYS, createApiToken, revokeApiToken } from "./tokens";

/*
 * Anyone signed in manages their own API tokens (every role holds conferences.view); the
 * administrator (users.manage) issues and revokes tokens of another account, for service
 * accounts. The owner is the caller's id or, for the admin, the account named — never a
 * token id alone, so one user cannot revoke another's token by guessing its id.
 */

const OWN_PAGE = "/account/tokens";
const userPage = (id: number) => `/admin/users/${id}`;

const scopeList = z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(writeScopes, { error: "validation.invalid" })));
const tokenFields = {
  name: requiredText(100),
  scopes: scopeList,
  lifetime: z.coerce
    .number({ error: "api.tokens.errors.lifetime" })
    .refine((days) => (API_TOKEN_LIFETIMES_DAYS as readonly number[]).includes(days), "api.tokens.errors.lifetime"),
};
const createOwnSchema = z.object(tokenFields);
const createForUserSchema = z.object({ userId: idSchema, ...tokenFields });

async function ownerRole(tx: Db, userId: number) {
  const [row] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  if (!row) throw new NotFoundError();
  return row.role;
}

function assertScopesAllowed(role: Parameters<typeof writeScopesFor>[0], scopes: readonly string[]): void {
  const allowed = new Set<string>(writeScopesFor(role));
  if (scopes.some((scope) => !allowed.has(scope))) throw new UserFacingError("api.tokens.errors.scopeNotAllowed", "scopes");
}

/** The token goes back in this one response only (values.token); it is never stored or shown again. */
function withToken(state: FormState, token: string | undefined): FormState {
  return state.status === "ok" && token ? { ...state, values: { token } } : state;
}

export async function createApiTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  let token: string | undefined;
  const state = await mutate(formData, {
    schema: createOwnSchema,
    permission: "conferences.view",
    run: async ({ tx, audit, user, input }) => {
      assertScopesAllowed(user.role, input.scopes);
      const created = await createApiToken({ tx, audit }, { ownerId: user.id, name: input.name, scopes: ["read", ...input.scopes], expiresInDays: input.lifetime, createdById: null });
      token = created.token;
      return created;
    },
    revalidate: [OWN_PAGE],
    successMessage: "api.tokens.created",
  });
  return withToken(state, token);
}

export async function revokeApiTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: z.object({ id: idSchema }),
    permission: "conferences.view",
    run: ({ tx, audit, user, input }) => revokeApiToken({ tx, audit }, user.id, input.id),
    revalidate: [OWN_PAGE],
    successMessage: "api.tokens.revoked",
  });
}

export async function createApiTokenForUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  let token: string | undefined;
  const state = await mutate(formData, {
    schema: createForUserSchema,
    permission: "users.manage",
    run: async ({ tx, audit, user, input }) => {
      assertScopesAllowed(await ownerRole(tx, input.userId), input.scopes);
      const created = await createApiToken({ tx, audit }, { ownerId: input.userId, name: input.name, scopes: ["read", ...input.scopes], expiresInDays: input.lifetime, createdById: user.id });
      token = created.token;
      return created;
    },
    revalidate: [userPage(Number(formData.get("userId")))],
    successMessage: "api.tokens.created",
  });
  return withToken(state, token);
}

export async function revokeApiTokenForUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: z.object({ id: idSchema, userId: idSchema }),
    permission: "users.manage",
    run: ({ tx, audit, input }) => revokeApiToken({ tx, audit }, input.userId, input.id),
    revalidate: [userPage(Number(formData.get("userId")))],
    successMessage: "api.tokens.revoked",
  });
}
