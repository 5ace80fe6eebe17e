import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { can, type Permission, type PermissionScope } from "./permissions";
import { getAuthSecret } from "./secret";
import { type CurrentUser, loadSessionUser, type SessionClaims } from "./session-store";

export type { CurrentUser } from "./session-store";

/** The cookie names next-auth v4 gives the session (the first over https). */
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The decoded session cookie of this request, or null when there is none or it does not verify. */
export async function readSessionToken(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
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

/**
 * The signed-in user, or null. Loaded once per request (React cache). The session
 * cookie only says who; the account is read from the database each time, so a
 * disabled account, a bumped session version ("sign out everywhere") or a signed-out
 * session (lib/auth/session-store.ts) stops at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await readSessionToken();
  return token ? loadSessionUser(getDb(), token) : null;
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the signed-in user holding the permission, or the 403 page. */
export async function requirePermission(permission: Permission, scope?: PermissionScope): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission, scope)) forbidden();
  return user;
}
