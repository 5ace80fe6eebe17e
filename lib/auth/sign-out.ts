import type { Db } from "@/db/client";
import { type RequestMeta, writeAudit } from "@/lib/audit";
import { closeSession, type SessionClaims } from "./session-store";

/** next-auth v4's session cookie, with or without the https prefix, and its chunks (`.0`, `.1`) when the token grows past 4 KB. */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export interface SessionCookieJar {
  getAll(): { name: string }[];
  set(name: string, value: string, options: { path: string; maxAge: number; httpOnly: boolean; sameSite: "lax"; secure: boolean }): unknown;
}

/**
 * Signing out without next-auth's browser library (it cost every signed-in page about
 * 11 KiB of JavaScript): the session's row is closed, so its cookie (and any copy of it)
 * stops working on every app server, and the cookie is expired. The audit row is the one
 * next-auth's signOut event writes (auth.sign_out), now with the address. The cookies are
 * expired even if the database write fails, so the browser is never left signed in.
 */
export async function endSession(db: Db, jar: SessionCookieJar, session: Pick<SessionClaims, "uid" | "sid"> | null, meta: RequestMeta): Promise<void> {
  try {
    if (session !== null) {
      const actorId = session.uid;
      await db.transaction(async (tx) => {
        await closeSession(tx, session);
        await writeAudit(tx, { action: "auth.sign_out", actorId, entityType: "user", entityId: actorId, meta });
      });
    }
  } finally {
    for (const { name } of jar.getAll()) {
      // A __Secure- cookie is only replaced by a Set-Cookie that is itself Secure.
      if (SESSION_COOKIE.test(name)) jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
    }
  }
}
