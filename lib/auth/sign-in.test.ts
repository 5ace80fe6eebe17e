import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { db } from "@/test/db";
import { createUser, unique } from "@/test/factories";
import { hashPassword, passwordWeakness, verifyPassword } from "./password";
import { MAX_FAILURES_PER_USERNAME_AND_ADDRESS } from "./rate-limit";
import { signInWithPassword } from "./sign-in";

const meta = () => ({ ip: unique("ip"), userAgent: "vitest" });

describe("passwords", () => {
  it("are hashed with argon2id and verified", async () => {
    const hash = await hashPassword("Điện-Biên-2012");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "Điện-Biên-2012")).toBe(true);
    expect(await verifyPassword(hash, "sai")).toBe(false);
    expect(await verifyPassword(null, "anything")).toBe(false);
  });

  it("refuses weak ones", () => {
    expect(passwordWeakness("short1A!")).toBe("tooShort");
    expect(passwordWeakness("password123")).toBe("common");
    expect(passwordWeakness("lowercase123")).toBe("tooSimple");
    expect(passwordWeakness("Hoang.Anh2024", "hoang")).toBe("containsUsername");
    expect(passwordWeakness("Giao-ban-Tuan-27")).toBeNull();
    expect(passwordWeakness("một cụm từ rất dài và dễ nhớ")).toBeNull();
  });
});

describe("signInWithPassword", () => {
  it("signs in an active user, records the time and audits it", async () => {
    const password = "Hội-nghị-2012";
    const user = await createUser(db(), { passwordHash: await hashPassword(password) });
    const result = await signInWithPassword(db(), ` ${user.username.toUpperCase()} `, password, meta());
    expect(result).toMatchObject({ ok: true, user: { id: user.id, sessionVersion: 1 } });
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row.lastSignInAt).not.toBeNull();
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.action, "auth.sign_in"), eq(auditLog.actorId, user.id)));
    expect(audits).toHaveLength(1);
  });

  it("answers a wrong password, an unknown user and a disabled account the same way, and audits each failure", async () => {
    const password = "Hội-nghị-2012";
    const active = await createUser(db(), { passwordHash: await hashPassword(password) });
    const disabled = await createUser(db(), { passwordHash: await hashPassword(password), active: false });
    expect(await signInWithPassword(db(), active.username, "wrong", meta())).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(db(), unique("nobody"), password, meta())).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(db(), disabled.username, password, meta())).toEqual({ ok: false, reason: "invalid" });
    const failures = await db().select().from(auditLog).where(and(eq(auditLog.action, "auth.sign_in_failed"), eq(auditLog.actorUsername, active.username)));
    expect(failures).toHaveLength(1);
  });

  it("blocks the attempt after ten failures from one address even with the right password, not from another address", async () => {
    const password = "Hội-nghị-2012";
    const user = await createUser(db(), { passwordHash: await hashPassword(password) });
    const guesser = meta();
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME_AND_ADDRESS; i++) await signInWithPassword(db(), user.username, `wrong-${i}`, guesser);
    const result = await signInWithPassword(db(), user.username, password, guesser);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason: "rate_limited" });
    expect(await signInWithPassword(db(), user.username, password, meta())).toMatchObject({ ok: true });
    const blocked = await db().select().from(auditLog).where(and(eq(auditLog.action, "auth.sign_in_blocked"), eq(auditLog.actorUsername, user.username)));
    expect(blocked).toHaveLength(1);
  });
});
