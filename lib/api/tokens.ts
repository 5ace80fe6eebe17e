import { randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, apiTokens, type ApiTokenScope, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { hashCalendarToken } from "@/lib/calendar/tokens";
import type { Audit } from "@/lib/commands";
import { NotFoundError } from "@/lib/errors";

/*
 * Access tokens for /api/v1, made the way calendar tokens are (lib/calendar/tokens.ts):
 * 32 random bytes shown once, only the SHA-256 stored, neither in the audit log. A token
 * acts as its owner; a revoked or expired token, or one whose owner is disabled, opens nothing.
 */

/** Recognisable in logs and secret scanners; the rest is 32 random bytes, base64url. */
export const API_TOKEN_PREFIX = "nsk_";
const TOKEN_PATTERN = /^nsk_[A-Za-z0-9_-]{43}$/;
export const hashApiToken = hashCalendarToken;

/**
 * Calls allowed per token per minute, shared by every app server (the window is on the token's
 * row). NGHISU_API_RATE_LIMIT overrides it (the benchmark lifts it to measure the server, not the limit).
 */
export const API_RATE_LIMIT_PER_MINUTE = Number(process.env.NGHISU_API_RATE_LIMIT) > 0 ? Number(process.env.NGHISU_API_RATE_LIMIT) : 600;
export const API_RATE_WINDOW_SECONDS = 60;
export const API_TOKEN_LIFETIMES_DAYS = [30, 90, 180, 365] as const;

export interface ApiTokenCommandContext {
  tx: Db;
  audit: Audit;
}

export interface NewApiToken {
  ownerId: number;
  name: string;
  scopes: ApiTokenScope[];
  expiresInDays: number;
  /** Set when an administrator issues the token for another (service) account. */
  createdById: number | null;
}

export async function createApiToken({ tx, audit }: ApiTokenCommandContext, input: NewApiToken, now = new Date()): Promise<{ token: string; id: number }> {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const scopes = [...new Set<ApiTokenScope>(["read", ...input.scopes])];
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
  const [row] = await tx
    .insert(apiTokens)
    .values({ userId: input.ownerId, name: input.name, tokenHash: hashApiToken(token), scopes, expiresAt, createdById: input.createdById })
    .returning({ id: apiTokens.id });
  await audit({ action: "api_token.create", entityType: "api_token", entityId: row.id, after: { id: row.id, userId: input.ownerId, name: input.name, scopes, expiresAt } });
  return { token, id: row.id };
}

/** Revokes a live token of `ownerId` (the caller's own, or any account's for an administrator); otherwise "not found". */
export async function revokeApiToken({ tx, audit }: ApiTokenCommandContext, ownerId: number, tokenId: number): Promise<void> {
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, ownerId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, revokedAt: apiTokens.revokedAt });
  if (!row) throw new NotFoundError();
  await audit({ action: "api_token.revoke", entityType: "api_token", entityId: row.id, after: { id: row.id, userId: ownerId, revokedAt: row.revokedAt } });
}

export interface ApiTokenListRow {
  id: number;
  name: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  createdByName: string | null;
}

/** The account's tokens that still work or expired (revoked ones are gone from the list), newest first. */
export async function listApiTokens(db: Db, ownerId: number): Promise<ApiTokenListRow[]> {
  const creator = sql<string | null>`(select ${users.displayName} from ${users} where ${users.id} = ${apiTokens.createdById})`;
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      scopes: apiTokens.scopes,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      createdByName: creator,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, ownerId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export type ApiAuthentication =
  | { status: "ok"; tokenId: number; scopes: ApiTokenScope[]; user: CurrentUser; remaining: number }
  | { status: "invalid" }
  | { status: "limited"; retryAfterSeconds: number };

/**
 * Who a bearer token acts for, in one statement that also counts the call in the token's
 * rate window and stamps its last use. The owner is read with the token, so disabling an
 * account stops its tokens at once, as it does its sessions.
 */
export async function authenticateApiToken(db: Db, token: string, limit = API_RATE_LIMIT_PER_MINUTE): Promise<ApiAuthentication> {
  if (!TOKEN_PATTERN.test(token)) return { status: "invalid" };
  const windowOpen = sql`${apiTokens.rateWindowStartedAt} > now() - make_interval(secs => ${API_RATE_WINDOW_SECONDS})`;
  const [row] = await db
    .update(apiTokens)
    .set({
      rateWindowStartedAt: sql`case when ${windowOpen} then ${apiTokens.rateWindowStartedAt} else now() end`,
      rateWindowCount: sql`case when ${windowOpen} then ${apiTokens.rateWindowCount} + 1 else 1 end`,
      lastUsedAt: sql`now()`,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashApiToken(token)),
        isNull(apiTokens.revokedAt),
        gt(apiTokens.expiresAt, sql`now()`),
        eq(users.id, apiTokens.userId),
        eq(users.active, true),
      ),
    )
    .returning({
      tokenId: apiTokens.id,
      scopes: apiTokens.scopes,
      count: apiTokens.rateWindowCount,
      retryAfterSeconds: sql<number>`greatest(1, ceil(extract(epoch from (${apiTokens.rateWindowStartedAt} + make_interval(secs => ${API_RATE_WINDOW_SECONDS}) - now()))))::int`,
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      agencyId: users.agencyId,
      agencyName: agencies.name,
    });
  if (!row) return { status: "invalid" };
  if (row.count > limit) return { status: "limited", retryAfterSeconds: Number(row.retryAfterSeconds) };
  const user: CurrentUser = { id: row.id, username: row.username, displayName: row.displayName, role: row.role, agencyId: row.agencyId, agencyName: row.agencyName };
  return { status: "ok", tokenId: row.tokenId, scopes: row.scopes as ApiTokenScope[], user, remaining: Math.max(0, limit - row.count) };
}
