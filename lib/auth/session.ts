import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { can, type Permission, type PermissionScope } from "./permissions";
import { decodeSessionCookie, SESSION_COOKIES } from "./session-cookie";
import { type CurrentUser, loadSessionUser, type SessionClaims } from "./session-store";

export type { CurrentUser } from "./session-store";

/** The decoded session cookie of this request, or null when there is none or it does not verify. */
export async function readSessionToken(): Promise<SessionClaims | null> {
  const jar = await cookies();
  return decodeSessionCookie(SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean));
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
