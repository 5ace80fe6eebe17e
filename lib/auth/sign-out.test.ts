import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { db } from "@/test/db";
import { createUser, unique } from "@/test/factories";
import { endSession, type SessionCookieJar } from "./sign-out";

type SetCall = [string, string, Parameters<SessionCookieJar["set"]>[2]];

function jarWith(names: string[]) {
  const calls: SetCall[] = [];
  const jar: SessionCookieJar = {
    getAll: () => names.map((name) => ({ name })),
    set: (name, value, options) => calls.push([name, value, options]),
  };
  return { jar, calls };
}

const meta = () => ({ ip: unique("ip"), userAgent: "vitest" });

describe("endSession", () => {
  it("expires every session cookie (plain, https-only and chunked) and nothing else, and audits the sign-out", async () => {
    const user = await createUser(db());
    const { jar, calls } = jarWith([
      "next-auth.session-token",
      "__Secure-next-auth.session-token",
      "next-auth.session-token.0",
      "next-auth.session-token.1",
      "next-auth.csrf-token",
      "NEXT_LOCALE",
    ]);
    const requestMeta = meta();
    await endSession(db(), jar, { uid: user.id, sid: null }, requestMeta);

    expect(calls.map(([name]) => name)).toEqual(["next-auth.session-token", "__Secure-next-auth.session-token", "next-auth.session-token.0", "next-auth.session-token.1"]);
    for (const [name, value, options] of calls) {
      expect(value).toBe("");
      expect(options).toMatchObject({ path: "/", maxAge: 0, httpOnly: true, secure: name.startsWith("__Secure-") });
    }
    const rows = await db().select().from(auditLog).where(and(eq(auditLog.action, "auth.sign_out"), eq(auditLog.actorId, user.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entityType: "user", entityId: String(user.id), ip: requestMeta.ip });
  });

  it("without a valid session only clears the cookies and writes no audit row", async () => {
    const requestMeta = meta();
    const { jar, calls } = jarWith(["next-auth.session-token"]);
    await endSession(db(), jar, null, requestMeta);
    expect(calls).toHaveLength(1);
    expect(await db().select().from(auditLog).where(eq(auditLog.ip, requestMeta.ip))).toHaveLength(0);
  });

  it("still clears the cookies when the audit cannot be written", async () => {
    const { jar, calls } = jarWith(["next-auth.session-token"]);
    // An actor id that does not exist breaks the audit row's foreign key (or any insert failure).
    const failing = endSession(db(), jar, { uid: -1, sid: null }, meta());
    await expect(failing).rejects.toThrow();
    expect(calls).toHaveLength(1);
  });
});
