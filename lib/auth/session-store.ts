import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { builtOnce } from "@/db/built-once";
import type { Db } from "@/db/client";
import { agencies, type Role, userSessions, users } from "@/db/schema";

/** Session lifetime: one working day and a bit; signing out or "sign out everywhere" ends sessions sooner. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  agencyName: string | null;
}

/** What the session cookie says: who (uid), which generation of their sessions (sv), which sign-in (sid). */
export interface SessionClaims {
  uid: number;
  sv: unknown;
  sid: unknown;
}

/** Opens the session row of a successful sign-in (in its transaction) and drops the account's expired rows. */
export async function openSession(db: Db, userId: number, now = new Date()): Promise<string> {
  await db.delete(userSessions).where(and(eq(userSessions.userId, userId), lt(userSessions.expiresAt, now)));
  const [row] = await db
    .insert(userSessions)
    .values({ userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) })
    .returning({ id: userSessions.id });
  return row.id;
}

/** Ends one session: its cookie, wherever it was copied to, stops working on every app server. */
export async function closeSession(db: Db, claims: Pick<SessionClaims, "uid" | "sid">): Promise<void> {
  if (!isSessionId(claims.sid)) return;
  await db
    .update(userSessions)
    .set({ endedAt: new Date() })
    .where(and(eq(userSessions.id, claims.sid), eq(userSessions.userId, claims.uid), isNull(userSessions.endedAt)));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isSessionId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The statement behind every signed-in request, as a prepared query (db/built-once.ts). */
function prepareSessionUser(db: Db) {
  return db
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
    .innerJoin(
      userSessions,
      and(
        eq(userSessions.userId, users.id),
        eq(userSessions.id, sql.placeholder("sid")),
        isNull(userSessions.endedAt),
        gt(userSessions.expiresAt, sql.placeholder("now")),
      ),
    )
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, sql.placeholder("uid")))
    .limit(1)
    .prepare("session_user");
}

/**
 * The account behind a session cookie, or null when the account is disabled, its sessions
 * were all ended (sessionVersion moved) or this session was signed out or has expired.
 * One query: the account, its agency and the session row.
 */
export async function loadSessionUser(db: Db, claims: SessionClaims): Promise<CurrentUser | null> {
  // A cookie from before sessions had rows (or a forged sid) names no row: signed out.
  if (!isSessionId(claims.sid)) return null;
  const statement = builtOnce(db, "session_user", prepareSessionUser);
  // Placeholders are sent as they are (no column mapping): the instant as ISO text.
  const [row] = await statement.execute({ sid: claims.sid, uid: claims.uid, now: new Date().toISOString() });
  if (!row || !row.active || row.sessionVersion !== claims.sv) return null;
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role, agencyId: row.agencyId, agencyName: row.agencyName };
}
