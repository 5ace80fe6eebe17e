import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { calendarTokens, type Role, users } from "@/db/schema";
import type { MutationContext } from "@/lib/actions";
import { NotFoundError } from "@/lib/errors";

/*
 * Secret calendar-subscription URLs. The token is 32 random bytes shown to the user once;
 * only its SHA-256 is stored, so a copy of the database does not reveal working URLs.
 * A revoked token, an unknown one or one of a disabled account opens nothing.
 */

type Audit = MutationContext<unknown>["audit"];

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface TokenCommandContext {
  tx: Db;
  audit: Audit;
  userId: number;
}

export async function createCalendarToken({ tx, audit, userId }: TokenCommandContext): Promise<{ token: string; id: number }> {
  const token = randomBytes(32).toString("base64url");
  const [row] = await tx.insert(calendarTokens).values({ userId, tokenHash: hashCalendarToken(token) }).returning({ id: calendarTokens.id, createdAt: calendarTokens.createdAt });
  // The audit row names the token by id only: neither the token nor its hash goes into the log.
  await audit({ action: "calendar_token.create", entityType: "calendar_token", entityId: row.id, after: { id: row.id, userId, createdAt: row.createdAt } });
  return { token, id: row.id };
}

/** Revokes one of the user's own tokens; another user's token id is "not found". */
export async function revokeCalendarToken({ tx, audit, userId }: TokenCommandContext, tokenId: number): Promise<void> {
  const [row] = await tx
    .update(calendarTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarTokens.id, tokenId), eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)))
    .returning({ id: calendarTokens.id, revokedAt: calendarTokens.revokedAt });
  if (!row) throw new NotFoundError();
  await audit({ action: "calendar_token.revoke", entityType: "calendar_token", entityId: row.id, after: { id: row.id, userId, revokedAt: row.revokedAt } });
}

export async function listActiveTokens(db: Db, userId: number): Promise<{ id: number; createdAt: Date }[]> {
  return db
    .select({ id: calendarTokens.id, createdAt: calendarTokens.createdAt })
    .from(calendarTokens)
    .where(and(eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)))
    .orderBy(desc(calendarTokens.createdAt));
}

export interface TokenOwner {
  id: number;
  displayName: string;
  role: Role;
  agencyId: number | null;
}

/** The active owner of a live token, or null (unknown, revoked, malformed, or the account is disabled). */
export async function findTokenOwner(db: Db, token: string): Promise<TokenOwner | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role, agencyId: users.agencyId, active: users.active })
    .from(calendarTokens)
    .innerJoin(users, eq(users.id, calendarTokens.userId))
    .where(and(eq(calendarTokens.tokenHash, hashCalendarToken(token)), isNull(calendarTokens.revokedAt)))
    .limit(1);
  if (!row || !row.active) return null;
  return { id: row.id, displayName: row.displayName, role: row.role, agencyId: row.agencyId };
}
