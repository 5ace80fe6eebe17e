import { and, asc, count, eq, gte, ilike, isNull, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, type Role, roles, users } from "@/db/schema";
import { todayInVietnam } from "./rules";
import { type SearchParams, firstParam, parsePage, searchTextParam } from "@/lib/search-params";
import { likeContains } from "@/lib/search/sql";

export const USERS_PAGE_SIZE = 50;

export interface UserListFilters {
  q?: string;
  role?: Role;
  page: number;
}

/** The list's GET parameters (`q`, `role`, `page`); unknown values are ignored rather than refused. */
export function parseUserListParams(params: SearchParams): UserListFilters {
  const role = firstParam(params.role);
  return { q: searchTextParam(params.q), role: roles.find((r) => r === role), page: parsePage(params.page) };
}


export interface UserListRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  agencyName: string | null;
  active: boolean;
  lastSignInAt: Date | null;
}

/** One page of users with their agency (one joined query) and the total (one count). */
/** The columns a user row shows in the list; the detail page adds a few. Never the password hash. */
const listColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  agencyId: users.agencyId,
  agencyName: agencies.name,
  active: users.active,
  lastSignInAt: users.lastSignInAt,
};

export async function listUsers(db: Db, filters: UserListFilters, pageSize = USERS_PAGE_SIZE): Promise<{ rows: UserListRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (filters.q) {
    const pattern = likeContains(filters.q);
    const match = or(ilike(users.username, pattern), ilike(users.displayName, pattern));
    if (match) conditions.push(match);
  }
  if (filters.role) conditions.push(eq(users.role, filters.role));
  const where = conditions.length > 0 ? and(...conditions) : undefined;

  const [rows, [{ total }]] = await Promise.all([
    db
      .select(listColumns)
      .from(users)
      .leftJoin(agencies, eq(agencies.id, users.agencyId))
      .where(where)
      .orderBy(asc(users.username))
      .limit(pageSize)
      .offset((filters.page - 1) * pageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total };
}

export interface UserDetail extends UserListRow {
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One account for its page, or null. Never selects the password hash or the session version. */
export async function getUserDetail(db: Db, id: number): Promise<UserDetail | null> {
  const [row] = await db
    .select({
      ...listColumns,
      version: users.version,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

export interface AgencyOption {
  id: number;
  name: string;
}

/**
 * Agencies a user can be assigned to: those still active today, by name. `keepId` adds
 * the user's current agency even if it has since been dissolved, so the edit form
 * shows the truth instead of silently changing it.
 */
export async function listAgencyOptions(db: Db, keepId?: number | null): Promise<AgencyOption[]> {
  const active = or(isNull(agencies.validTo), gte(agencies.validTo, todayInVietnam()));
  const where = keepId ? or(active, eq(agencies.id, keepId)) : active;
  return db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(where).orderBy(asc(agencies.name));
}
