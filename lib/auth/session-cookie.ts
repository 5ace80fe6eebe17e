import { decode } from "next-auth/jwt";
import { setBounded } from "@/lib/cache/bounded-memo";
import { getAuthSecret } from "./secret";
import type { SessionClaims } from "./session-store";

/** The cookie names next-auth v4 gives the session (the first over https). */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * Cookies that verified, by value: a browser sends the same cookie with every request, and
 * decrypting it (next-auth derives its key with HKDF each time) cost about 70 µs of CPU per
 * request, against about 1 µs to look it up. A remembered cookie is used only until its own
 * expiry (the secret is fixed for the life of the process, lib/auth/secret.ts). Only cookies
 * that verified are kept, so forged ones cannot fill the map. The claims say who, not whether
 * the session is still open: session-store.ts reads that from the database on every request.
 */
const verified = new Map<string, { claims: SessionClaims; expiresAtMs: number }>();
const MAX_VERIFIED = 2_000;

/** The claims of a session cookie's value, or null when it does not verify. Says nothing about whether the session is still open. */
export async function decodeSessionCookie(raw: string | undefined): Promise<SessionClaims | null> {
  if (!raw) return null;
  const known = verified.get(raw);
  if (known && known.expiresAtMs > Date.now()) return known.claims;
  if (known) verified.delete(raw);
  let token: Awaited<ReturnType<typeof decode>>;
  try {
    token = await decode({ token: raw, secret: getAuthSecret() });
  } catch {
    return null;
  }
  const uid = Number(token?.uid);
  if (!token || !Number.isInteger(uid)) return null;
  const claims: SessionClaims = Object.freeze({ uid, sv: token.sv, sid: token.sid });
  if (typeof token.exp === "number") setBounded(verified, raw, { claims, expiresAtMs: token.exp * 1000 }, MAX_VERIFIED);
  return claims;
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
