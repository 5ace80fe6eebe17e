import { describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit";
import { db } from "@/test/db";
import { unique } from "@/test/factories";
import { checkSignInAllowed, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USERNAME, MAX_FAILURES_PER_USERNAME_AND_ADDRESS, SIGN_IN_WINDOW_MINUTES } from "./rate-limit";

async function fail(username: string, ip: string, times: number) {
  for (let i = 0; i < times; i++) await writeAudit(db(), { action: "auth.sign_in_failed", actorUsername: username, meta: { ip, userAgent: null } });
}

describe("sign-in rate limit (stored in the database)", () => {
  it("allows nine failures and blocks the tenth for that username from that address, telling how long to wait", async () => {
    const username = unique("user");
    const ip = unique("ip");
    await fail(username, ip, MAX_FAILURES_PER_USERNAME_AND_ADDRESS - 1);
    expect(await checkSignInAllowed(db(), username, ip)).toEqual({ allowed: true });
    await fail(username, ip, 1);
    const gate = await checkSignInAllowed(db(), username, ip);
    expect(gate.allowed).toBe(false);
    if (!gate.allowed) {
      expect(gate.retryAfterSeconds).toBeGreaterThan(SIGN_IN_WINDOW_MINUTES * 60 - 60);
      expect(gate.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_WINDOW_MINUTES * 60);
    }
    // Another username from another address is not affected.
    expect(await checkSignInAllowed(db(), unique("user"), unique("ip"))).toEqual({ allowed: true });
    // Nor the same username from elsewhere: a guesser cannot lock the account's owner out.
    expect(await checkSignInAllowed(db(), username, unique("ip"))).toEqual({ allowed: true });
  });

  it("blocks a username guessed from many addresses once the per-username cap is reached", async () => {
    const username = unique("user");
    const perAddress = MAX_FAILURES_PER_USERNAME_AND_ADDRESS - 1;
    for (let done = 0; done < MAX_FAILURES_PER_USERNAME; done += perAddress) {
      await fail(username, unique("ip"), Math.min(perAddress, MAX_FAILURES_PER_USERNAME - done));
    }
    expect(MAX_FAILURES_PER_USERNAME).toBeGreaterThan(MAX_FAILURES_PER_USERNAME_AND_ADDRESS);
    expect((await checkSignInAllowed(db(), username, unique("ip"))).allowed).toBe(false);
  });

  it("blocks an address after too many failures spread over many usernames", async () => {
    const ip = unique("ip");
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await fail(unique("spray"), ip, 1);
    const gate = await checkSignInAllowed(db(), unique("fresh"), ip);
    expect(gate.allowed).toBe(false);
  });

  it("forgets failures once they leave the window", async () => {
    const username = unique("user");
    const ip = unique("ip");
    await fail(username, ip, MAX_FAILURES_PER_USERNAME_AND_ADDRESS);
    const later = new Date(Date.now() + SIGN_IN_WINDOW_MINUTES * 60_000 + 5_000);
    // The window is computed by the database clock, so move the rows back instead of the clock forward.
    const { auditLog } = await import("@/db/schema");
    const { and, eq, sql } = await import("drizzle-orm");
    await db()
      .update(auditLog)
      .set({ at: sql`${auditLog.at} - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES + 1})` })
      .where(and(eq(auditLog.actorUsername, username), eq(auditLog.action, "auth.sign_in_failed")));
    expect(await checkSignInAllowed(db(), username, ip, later)).toEqual({ allowed: true });
  });
});
