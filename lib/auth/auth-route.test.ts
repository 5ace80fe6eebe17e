import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { db } from "@/test/db";
import { createUser } from "@/test/factories";
import { openSession } from "./session-store";

/*
 * The auth route handler as the browser calls it: the session endpoint answers from the
 * database, a POST to it is a client error, and a sign-in whose rate limit cannot be checked
 * (the database is down) is refused as "unavailable", not as "too many attempts".
 */

const cookie: { value?: string } = {};
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "next-auth.session-token" && cookie.value ? { name, value: cookie.value } : undefined) }),
  headers: async () => new Headers(),
}));
const limiter = vi.hoisted(() => ({ broken: false }));
vi.mock("./rate-limit", async (importOriginal) => {
  const original = await importOriginal<typeof import("./rate-limit")>();
  return {
    ...original,
    checkSignInAllowed: (...args: Parameters<typeof original.checkSignInAllowed>) =>
      limiter.broken ? Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")) : original.checkSignInAllowed(...args),
  };
});

const route = await import("@/app/api/auth/[...nextauth]/route");
const context = (...parts: string[]) => ({ params: Promise.resolve({ nextauth: parts }) });

async function signedInCookie(userId: number, sessionVersion: number) {
  const sid = await openSession(db(), userId);
  return encode({ token: { uid: userId, sv: sessionVersion, sid }, secret: process.env.AUTH_SECRET ?? "" });
}

describe("/api/auth/session", () => {
  it("gives the signed-in user's name, and nothing once the account is disabled", async () => {
    const user = await createUser(db());
    cookie.value = await signedInCookie(user.id, user.sessionVersion);
    const active = await route.GET(new Request("http://localhost/api/auth/session"), context("session"));
    expect(active.status).toBe(200);
    expect(await active.json()).toMatchObject({ user: { name: user.displayName } });

    await db().update(users).set({ active: false }).where(eq(users.id, user.id));
    const disabled = await route.GET(new Request("http://localhost/api/auth/session"), context("session"));
    expect(disabled.status).toBe(200);
    const body = await disabled.text();
    expect(JSON.parse(body)).toEqual({});
    expect(body).not.toContain(user.displayName);
    cookie.value = undefined;
  });

  it("answers a POST (even of empty JSON) with a client error, not a 500", async () => {
    const response = await route.POST(new Request("http://localhost/api/auth/session", { method: "POST", headers: { "Content-Type": "application/json" }, body: "" }), context("session"));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe("signing in while the database is down", () => {
  it("says the service is unavailable (503), not that there were too many attempts", async () => {
    limiter.broken = true;
    try {
      const body = new URLSearchParams({ username: "admin", password: "nghisu-demo", csrfToken: "x", json: "true" });
      const response = await route.POST(
        new Request("http://localhost/api/auth/callback/credentials", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body }),
        context("callback", "credentials"),
      );
      expect(response.status).toBe(503);
      const json = (await response.json()) as { url: string; error: string };
      expect(json.error).toBe("unavailable");
      expect(new URL(json.url).searchParams.get("error")).toBe("UNAVAILABLE");
      expect(JSON.stringify(json)).not.toContain("ECONNREFUSED");
    } finally {
      limiter.broken = false;
    }
  });
});
