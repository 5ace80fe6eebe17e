import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { userSessions, users } from "@/db/schema";
import { db } from "@/test/db";
import { createUser, unique } from "@/test/factories";
import { hashPassword } from "./password";
import { loadSessionUser, openSession, SESSION_MAX_AGE_SECONDS } from "./session-store";
import { signInWithPassword } from "./sign-in";
import { endSession, type SessionCookieJar } from "./sign-out";

const meta = () => ({ ip: unique("ip"), userAgent: "vitest" });
const noCookies: SessionCookieJar = { getAll: () => [], set: () => undefined };

async function signedInTwice() {
  const password = "Hội-nghị-2012";
  const user = await createUser(db(), { passwordHash: await hashPassword(password) });
  const first = await signInWithPassword(db(), user.username, password, meta());
  const second = await signInWithPassword(db(), user.username, password, meta());
  if (!first.ok || !second.ok) throw new Error("sign-in failed");
  return { user, first: { uid: user.id, sv: user.sessionVersion, sid: first.sessionId }, second: { uid: user.id, sv: user.sessionVersion, sid: second.sessionId } };
}

describe("server-side sessions", () => {
  it("each sign-in opens its own session; signing out ends that one only (a copied cookie stops working)", async () => {
    const { user, first, second } = await signedInTwice();
    expect(first.sid).not.toBe(second.sid);
    expect(await loadSessionUser(db(), first)).toMatchObject({ id: user.id, username: user.username });

    await endSession(db(), noCookies, first, meta());

    expect(await loadSessionUser(db(), first)).toBeNull();
    expect(await loadSessionUser(db(), second)).toMatchObject({ id: user.id });
  });

  it("refuses a cookie without a session id, with another user's session id, or an expired session", async () => {
    const { user, first } = await signedInTwice();
    const other = await createUser(db());
    expect(await loadSessionUser(db(), { ...first, sid: undefined })).toBeNull();
    expect(await loadSessionUser(db(), { ...first, sid: "not-a-uuid" })).toBeNull();
    expect(await loadSessionUser(db(), { uid: other.id, sv: other.sessionVersion, sid: first.sid })).toBeNull();

    const longAgo = new Date(Date.now() - (SESSION_MAX_AGE_SECONDS + 60) * 1000);
    const expired = await openSession(db(), user.id, longAgo);
    expect(await loadSessionUser(db(), { uid: user.id, sv: user.sessionVersion, sid: expired })).toBeNull();
  });

  it("still ends every session when the session version moves (sign out everywhere) or the account is disabled", async () => {
    const { user, first } = await signedInTwice();
    await db().update(users).set({ sessionVersion: user.sessionVersion + 1 }).where(eq(users.id, user.id));
    expect(await loadSessionUser(db(), first)).toBeNull();
    await db().update(users).set({ sessionVersion: user.sessionVersion, active: false }).where(eq(users.id, user.id));
    expect(await loadSessionUser(db(), first)).toBeNull();
  });

  it("a sign-in drops the account's expired session rows", async () => {
    const { user } = await signedInTwice();
    await openSession(db(), user.id, new Date(Date.now() - (SESSION_MAX_AGE_SECONDS + 60) * 1000));
    await openSession(db(), user.id);
    const rows = await db().select().from(userSessions).where(eq(userSessions.userId, user.id));
    expect(rows.every((row) => row.expiresAt > new Date())).toBe(true);
    expect(rows).toHaveLength(3);
  });
});
