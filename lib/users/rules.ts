import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, type Role, users } from "@/db/schema";
import { UserFacingError } from "@/lib/errors";
import { todayInVietnam } from "@/lib/format";

/** The part of an account the administrator rules look at. */
export interface AccountState {
  id: number;
  role: Role;
  active: boolean;
}

/**
 * Would this change leave the system without an active administrator? Then nobody
 * could manage users any more, and only a shell on the server could repair it.
 * `activeAdminIds` are the active administrators before the change.
 */
export function leavesNoActiveAdmin(before: AccountState, after: Pick<AccountState, "role" | "active">, activeAdminIds: readonly number[]): boolean {
  const wasActiveAdmin = before.role === "admin" && before.active;
  const staysActiveAdmin = after.role === "admin" && after.active;
  if (!wasActiveAdmin || staysActiveAdmin) return false;
  return !activeAdminIds.some((id) => id !== before.id);
}

/**
 * The ids of the active administrators, with their rows locked until the transaction
 * ends. Always locked in id order and before the account being changed, so two
 * administrators demoting each other at the same moment queue up instead of both
 * succeeding (or deadlocking): the second one then sees the first one's change.
 */
export async function lockActiveAdminIds(tx: Db): Promise<number[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for("update");
  return rows.map((row) => row.id);
}

/** Refuses a change that removes the last active administrator, under `field` when the form has one. */
export function assertAdminRemains(before: AccountState, after: Pick<AccountState, "role" | "active">, activeAdminIds: readonly number[], field?: string): void {
  if (leavesNoActiveAdmin(before, after, activeAdminIds)) throw new UserFacingError("errors.lastAdmin", field);
}

/** An administrator locking their own account would lock themself out mid-session. */
export function assertNotSelf(actorId: number, targetId: number): void {
  if (actorId === targetId) throw new UserFacingError("errors.cannotDisableSelf");
}

/** Usernames are unique; say so under the field rather than as a generic duplicate error. */
export async function assertUsernameFree(tx: Db, username: string): Promise<void> {
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  if (taken) throw new UserFacingError("errors.usernameTaken", "username");
}

export { todayInVietnam } from "@/lib/format";

/** Whether an agency with these validity dates is still in existence today (Vietnam time). */
export function isAgencyActive(agency: { validTo: string | null }, today = todayInVietnam()): boolean {
  return agency.validTo === null || agency.validTo >= today;
}

/**
 * The agency must exist, and a newly chosen one must still be active. A user who already
 * belongs to a dissolved agency may keep it while other fields are edited, so that
 * saving a display name does not force a decision about the organisation change.
 */
export async function assertAgencyAssignable(tx: Db, agencyId: number | null, currentAgencyId: number | null): Promise<void> {
  if (agencyId === null) return;
  const [agency] = await tx.select({ id: agencies.id, validTo: agencies.validTo }).from(agencies).where(eq(agencies.id, agencyId)).limit(1);
  if (!agency) throw new UserFacingError("validation.agencyUnknown", "agencyId");
  if (agencyId !== currentAgencyId && !isAgencyActive(agency)) throw new UserFacingError("users.agencyInactive", "agencyId");
}
