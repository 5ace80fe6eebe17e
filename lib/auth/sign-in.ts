import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { type RequestMeta, writeAudit } from "@/lib/audit";
import { verifyPassword } from "./password";
import { checkSignInAllowed } from "./rate-limit";
import { openSession } from "./session-store";

export type SignInResult =
  | { ok: true; user: { id: number; username: string; displayName: string; sessionVersion: number }; sessionId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export function normaliseUsername(raw: unknown): string {
  return String(raw ?? "").trim().toLowerCase().slice(0, 100);
}

/**
 * Checks a username and password, with the rate limit and an audit row for every
 * outcome. A disabled account answers exactly like a wrong password.
 */
export async function signInWithPassword(db: Db, rawUsername: unknown, rawPassword: unknown, meta: RequestMeta): Promise<SignInResult> {
  const username = normaliseUsername(rawUsername);
  const password = String(rawPassword ?? "").slice(0, 500);

  const gate = await checkSignInAllowed(db, username, meta.ip);
  if (!gate.allowed) {
    await writeAudit(db, { action: "auth.sign_in_blocked", actorUsername: username, meta, after: { retryAfterSeconds: gate.retryAfterSeconds } });
    return { ok: false, reason: "rate_limited", retryAfterSeconds: gate.retryAfterSeconds };
  }

  const [account] = username ? await db.select().from(users).where(eq(users.username, username)).limit(1) : [];
  const passwordMatches = await verifyPassword(account?.passwordHash ?? null, password);
  if (!account || !passwordMatches || !account.active) {
    await writeAudit(db, { action: "auth.sign_in_failed", actorId: account?.id, actorUsername: username, meta });
    return { ok: false, reason: "invalid" };
  }

  const sessionId = await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, account.id));
    await writeAudit(tx, { action: "auth.sign_in", actorId: account.id, actorUsername: username, entityType: "user", entityId: account.id, meta });
    return openSession(tx, account.id);
  });
  return {
    ok: true,
    user: { id: account.id, username: account.username, displayName: account.displayName, sessionVersion: account.sessionVersion },
    sessionId,
  };
}
