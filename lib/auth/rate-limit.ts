import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { newestFirst } from "@/db/order";
import { auditLog } from "@/db/schema";

export const SIGN_IN_WINDOW_MINUTES = 15;
/** Failures allowed per username in the window. */
export const MAX_FAILURES_PER_USERNAME = 10;
/**
 * Failures allowed per client address. Higher than per username because a whole
 * office often signs in through one gateway address; guessing one account is still
 * capped by the per-username limit.
 */
export const MAX_FAILURES_PER_ADDRESS = 100;

export type SignInGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

async function failuresSince(db: Db, column: typeof auditLog.actorUsername | typeof auditLog.ip, value: string, limit: number) {
  return db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "auth.sign_in_failed"),
        eq(column, value),
        gt(auditLog.at, sql`now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES})`),
      ),
    )
    .orderBy(newestFirst(auditLog.at))
    .limit(limit);
}

/**
 * Whether a sign-in attempt may be checked at all. Failed attempts are the audit rows
 * `auth.sign_in_failed`, so the limit is shared by every app server and survives restarts.
 * A database error propagates: the caller refuses the sign-in (the limiter fails closed).
 */
export async function checkSignInAllowed(db: Db, username: string, ip: string, now = new Date()): Promise<SignInGate> {
  const [byUser, byAddress] = await Promise.all([
    failuresSince(db, auditLog.actorUsername, username, MAX_FAILURES_PER_USERNAME),
    failuresSince(db, auditLog.ip, ip, MAX_FAILURES_PER_ADDRESS),
  ]);
  const waits: number[] = [];
  // Blocked until the oldest of the last N failures leaves the window.
  if (byUser.length >= MAX_FAILURES_PER_USERNAME) waits.push(secondsUntilExpiry(byUser[byUser.length - 1].at, now));
  if (byAddress.length >= MAX_FAILURES_PER_ADDRESS) waits.push(secondsUntilExpiry(byAddress[byAddress.length - 1].at, now));
  if (waits.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(...waits) };
}

function secondsUntilExpiry(failedAt: Date, now: Date): number {
  const expiresAt = failedAt.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((expiresAt - now.getTime()) / 1000));
}
