import { and, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { newestFirst } from "@/db/order";
import { auditLog } from "@/db/schema";

export const SIGN_IN_WINDOW_MINUTES = 15;
/**
 * Failures allowed per username from one client address in the window: the lockout a
 * guesser meets. Counted per address so that someone elsewhere typing a known username
 * cannot lock its owner out (the address comes from lib/request/client-address.ts and
 * cannot be chosen by the client).
 */
export const MAX_FAILURES_PER_USERNAME_AND_ADDRESS = 10;
/** Failures allowed per username from all addresses together: caps guessing spread over many addresses. */
export const MAX_FAILURES_PER_USERNAME = 50;
/**
 * Failures allowed per client address. Higher than per username because a whole
 * office often signs in through one gateway address; guessing one account is still
 * capped by the per-username limit.
 */
export const MAX_FAILURES_PER_ADDRESS = 100;

export type SignInGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The times of the last `limit` failed sign-ins in the window matching `who` (newest first). */
async function failuresSince(db: Db, who: SQL | undefined, limit: number) {
  return db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.action, "auth.sign_in_failed"), who, gt(auditLog.at, sql`now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES})`)))
    .orderBy(newestFirst(auditLog.at))
    .limit(limit);
}

/**
 * Whether a sign-in attempt may be checked at all. Failed attempts are the audit rows
 * `auth.sign_in_failed`, so the limit is shared by every app server and survives restarts.
 * A database error propagates: the caller refuses the sign-in (the limiter fails closed).
 */
export async function checkSignInAllowed(db: Db, username: string, ip: string, now = new Date()): Promise<SignInGate> {
  const limits: [SQL | undefined, number][] = [
    [and(eq(auditLog.actorUsername, username), eq(auditLog.ip, ip)), MAX_FAILURES_PER_USERNAME_AND_ADDRESS],
    [eq(auditLog.actorUsername, username), MAX_FAILURES_PER_USERNAME],
    [eq(auditLog.ip, ip), MAX_FAILURES_PER_ADDRESS],
  ];
  const counted = await Promise.all(limits.map(([who, limit]) => failuresSince(db, who, limit)));
  const waits: number[] = [];
  counted.forEach((failures, index) => {
    // Blocked until the oldest of the last N failures leaves the window.
    if (failures.length >= limits[index][1]) waits.push(secondsUntilExpiry(failures[failures.length - 1].at, now));
  });
  if (waits.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(...waits) };
}

function secondsUntilExpiry(failedAt: Date, now: Date): number {
  const expiresAt = failedAt.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((expiresAt - now.getTime()) / 1000));
}
