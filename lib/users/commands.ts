import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import type { MutationContext } from "@/lib/actions";
import { hashPassword } from "@/lib/auth/password";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { assertAdminRemains, assertAgencyAssignable, assertNotSelf, assertUsernameFree, lockActiveAdminIds } from "./rules";
import { type createUserSchema, passwordWeaknessKey, type resetPasswordSchema, type updateUserSchema } from "./validation";

/**
 * The changes behind the user administration actions. They take the transaction, the
 * acting user's id and the audit writer explicitly, so tests run them against the real
 * database without Next's request context; actions.ts only wires them into mutate().
 */
type Audit = MutationContext<unknown>["audit"];
type User = typeof users.$inferSelect;

export interface CommandContext {
  tx: Db;
  actorId: number;
  audit: Audit;
}

/** The account, locked for the rest of the transaction, or NotFoundError. */
async function lockUser(tx: Db, id: number): Promise<User> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for("update");
  if (!row) throw new NotFoundError();
  return row;
}

export async function createUserAccount({ tx, audit }: CommandContext, input: z.output<typeof createUserSchema>): Promise<User> {
  await assertUsernameFree(tx, input.username);
  await assertAgencyAssignable(tx, input.agencyId ?? null, null);
  const passwordHash = await hashPassword(input.password);
  const [row] = await tx
    .insert(users)
    .values({ username: input.username, displayName: input.displayName, role: input.role, agencyId: input.agencyId ?? null, passwordHash })
    .returning();
  await audit({ action: "user.create", entityType: "user", entityId: row.id, after: row });
  return row;
}

/** Display name, role and agency, refused if someone saved the account since the form was loaded. */
export async function updateUserAccount({ tx, audit }: CommandContext, input: z.output<typeof updateUserSchema>): Promise<User> {
  // Admins first, then the account (inside updateVersioned): the same lock order everywhere.
  const activeAdminIds = await lockActiveAdminIds(tx);
  const [current] = await tx.select({ agencyId: users.agencyId }).from(users).where(eq(users.id, input.id));
  if (!current) throw new NotFoundError();
  await assertAgencyAssignable(tx, input.agencyId ?? null, current.agencyId);
  const { before, after } = await updateVersioned(tx, users, input.id, input.version, {
    displayName: input.displayName,
    role: input.role,
    agencyId: input.agencyId ?? null,
  });
  // Checked on the locked "before" row; throwing rolls the update back.
  assertAdminRemains(before, after, activeAdminIds, "role");
  await audit({ action: "user.update", entityType: "user", entityId: after.id, before, after });
  return after;
}

/** A new password; every existing session of the account ends (sessionVersion moves on). */
export async function resetUserPassword({ tx, audit }: CommandContext, input: z.output<typeof resetPasswordSchema>): Promise<void> {
  const target = await lockUser(tx, input.id);
  // The form's username is only a hint for the first check; judge against the real one.
  const weakness = passwordWeaknessKey(input.newPassword, target.username);
  if (weakness) throw new UserFacingError(weakness, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const [after] = await tx
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, target.id))
    .returning({ sessionVersion: users.sessionVersion });
  await audit({ action: "user.reset_password", entityType: "user", entityId: target.id, before: { sessionVersion: target.sessionVersion }, after });
}

/**
 * Locks or unlocks an account. Locking also ends its sessions at once. Asking for the
 * state the account is already in changes nothing and writes no audit row.
 */
export async function setUserActive({ tx, actorId, audit }: CommandContext, id: number, active: boolean): Promise<User> {
  if (!active) assertNotSelf(actorId, id);
  const activeAdminIds = active ? [] : await lockActiveAdminIds(tx);
  const target = await lockUser(tx, id);
  if (target.active === active) return target;
  if (!active) assertAdminRemains(target, { role: target.role, active }, activeAdminIds);
  const [after] = await tx
    .update(users)
    .set({ active, ...(active ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }), updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  await audit({
    action: active ? "user.enable" : "user.disable",
    entityType: "user",
    entityId: id,
    before: { active: target.active, sessionVersion: target.sessionVersion },
    after: { active: after.active, sessionVersion: after.sessionVersion },
  });
  return after;
}

/** Ends every session of the account (including the actor's own, if it is theirs). */
export async function signOutUserEverywhere({ tx, audit }: CommandContext, id: number): Promise<void> {
  const target = await lockUser(tx, id);
  const [after] = await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning({ sessionVersion: users.sessionVersion });
  await audit({ action: "user.sign_out_everywhere", entityType: "user", entityId: id, before: { sessionVersion: target.sessionVersion }, after });
}
