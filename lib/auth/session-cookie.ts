import { decode } from "next-auth/jwt";
import { getAuthSecret } from "./secret";
import type { SessionClaims } from "./session-store";

/** The cookie names next-auth v4 gives the session (the first over https). */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The claims of a session cookie's value, or null when it does not verify. Says nothing about whether the session is still open. */
export async function decodeSessionCookie(raw: string | undefined): Promise<SessionClaims | null> {
  if (!raw) return null;
  let token: Awaited<ReturnType<typeof decode>>;
  try {
    token = await decode({ token: raw, secret: getAuthSecret() });
  } catch {
    return null;
  }
  const uid = Number(token?.uid);
  if (!token || !Number.isInteger(uid)) return null;
  return { uid, sv: token.sv, sid: token.sid };
}

/** The session cookie's value in a Cookie header (for code that has the raw header, such as the error log). */
export function sessionCookieFromHeader(cookieHeader: string | undefined): string | undefined {
  const pairs = (cookieHeader ?? "").split(";").map((pair) => pair.trim().split("="));
  for (const name of SESSION_COOKIES) {
    const found = pairs.find(([key]) => key === name);
    if (found) return found.slice(1).join("=");
  }
  return undefined;
}
