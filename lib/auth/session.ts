import { eq } from "drizzle-orm";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { agencies, type Role, users } from "@/db/schema";
import { can, type Permission, type PermissionScope } from "./permissions";
import { getAuthSecret } from "./secret";

export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  agencyName: string | null;
}

/** The cookie names next-auth v4 gives the session (the first over https). */
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The decoded session cookie of this request, or null when there is none or it does not verify. */
export async function readSessionToken(): Promise<{ uid: number; sv: unknown } | null> {
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
  return { uid, sv: token.sv };
}

/**
 * The signed-in user, or null. Loaded once per request (React cache). The session
 * cookie only says who; the account is read from the database each time, so a
 * disabled account or a bumped session version ("sign out everywhere") stops at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const [row] = await getDb()
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      agencyId: users.agencyId,
      agencyName: agencies.name,
      active: users.active,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, token.uid))
    .limit(1);
  if (!row || !row.active || row.sessionVersion !== token.sv) return null;
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role, agencyId: row.agencyId, agencyName: row.agencyName };
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
