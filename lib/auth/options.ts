import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { requestMetaFrom, writeAudit } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { getAuthSecret } from "./secret";
import { signInWithPassword } from "./sign-in";

import { closeSession, SESSION_MAX_AGE_SECONDS } from "./session-store";

export { SESSION_MAX_AGE_SECONDS } from "./session-store";

// Without NEXTAUTH_URL, derive the site's address from the request (any PORT, behind a
// proxy that sets x-forwarded-host/proto). Redirects still stay on that same origin.
process.env.AUTH_TRUST_HOST ??= "1";

/** Thrown from authorize() and carried to the sign-in form as `error=RATE_LIMITED:<seconds>`. */
export const RATE_LIMITED_PREFIX = "RATE_LIMITED:";
/** The sign-in could not be checked (the database is unreachable): `error=UNAVAILABLE`. */
export const UNAVAILABLE_ERROR = "UNAVAILABLE";

/** Built per request so that the build (which imports route modules) never reads or writes the secret. */
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const headers = new Headers(req.headers as Record<string, string>);
          let result: Awaited<ReturnType<typeof signInWithPassword>>;
          try {
            result = await signInWithPassword(getDb(), credentials?.username, credentials?.password, requestMetaFrom(headers));
          } catch (error) {
            // next-auth would put the error's own text (SQL, driver messages) in the redirect URL.
            logger.error({ err: error }, "sign-in failed: the database could not be reached");
            throw new Error(UNAVAILABLE_ERROR);
          }
          if (result.ok) return { id: String(result.user.id), name: result.user.displayName, sessionVersion: result.user.sessionVersion, sessionId: result.sessionId };
          if (result.reason === "rate_limited") throw new Error(`${RATE_LIMITED_PREFIX}${result.retryAfterSeconds}`);
          return null;
        },
      }),
    ],
    events: {
      // Sign-ins are audited in signInWithPassword (with the address); sign-outs here.
      async signOut({ token }) {
        const actorId = Number(token?.uid);
        if (!Number.isInteger(actorId)) return;
        await getDb().transaction(async (tx) => {
          await closeSession(tx, { uid: actorId, sid: token.sid });
          await writeAudit(tx, { action: "auth.sign_out", actorId, entityType: "user", entityId: actorId });
        });
      },
    },
    callbacks: {
      // The token carries only who, which session generation and which sign-in (its user_sessions row);
      // role and agency are read fresh on every request.
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as { sessionVersion?: number; sessionId?: string };
          token.uid = Number(user.id);
          token.sv = signedIn.sessionVersion ?? 0;
          token.sid = signedIn.sessionId;
        }
        return token;
      },
      session({ session }) {
        return session;
      },
    },
  };
}
