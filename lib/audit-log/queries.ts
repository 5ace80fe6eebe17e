import { and, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { parseCalendarDate } from "@/lib/dates";
import { type SearchParams, firstParam, parsePage } from "@/lib/search-params";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  action?: string;
  actor?: string;
  entityType?: string;
  /** Calendar dates (yyyy-MM-dd), whole days in Asia/Ho_Chi_Minh. */
  from?: string;
  to?: string;
  page: number;
}

const first = (value: string | string[] | undefined) => firstParam(value)?.trim() || undefined;

/** The browser's GET parameters; malformed values are dropped, never passed to SQL as typed. */
export function parseAuditFilters(params: SearchParams): AuditFilters {
  const token = (value: string | undefined) => (value && /^[a-z_]+(\.[a-z_]+)*$/.test(value) && value.length <= 60 ? value : undefined);
  return {
    action: token(first(params.action)),
    actor: first(params.actor)?.toLowerCase().slice(0, 100),
    entityType: token(first(params.entityType)),
    from: parseCalendarDate(first(params.from)),
    to: parseCalendarDate(first(params.to)),
    page: parsePage(params.page),
  };
}

// Vietnam has kept UTC+7 all year since 1975, so a fixed offset names its midnight exactly.
const VIETNAM_OFFSET = "+07:00";

/** The instant a day starts in Vietnam. */
export function startOfVietnamDay(date: string): Date {
  return new Date(`${date}T00:00:00${VIETNAM_OFFSET}`);
}

/** The instant the day after `date` starts in Vietnam: the exclusive end of a "to" date. */
export function endOfVietnamDay(date: string): Date {
  const start = startOfVietnamDay(date);
  return new Date(start.getTime() + 24 * 60 * 60 * 1000);
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: number | null;
  actorUsername: string | null;
  actorDisplayName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export function auditConditions(filters: Omit<AuditFilters, "page">): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  // Sign-in attempts keep the name as typed, so compare without case.
  if (filters.actor) conditions.push(sql`lower(${auditLog.actorUsername}) = ${filters.actor.toLowerCase()}`);
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.from) conditions.push(gte(auditLog.at, startOfVietnamDay(filters.from)));
  if (filters.to) conditions.push(lt(auditLog.at, endOfVietnamDay(filters.to)));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/**
 * One page of the log, newest first. "desc nulls last" matches how the indexes were
 * built, so PostgreSQL walks audit_log_at_idx (or audit_log_action_idx when an action
 * is chosen) and stops after one page instead of sorting the whole table; `id` only
 * breaks ties inside one instant (an incremental sort over the presorted `at`).
 * One extra row is read to know whether a next page exists, so no count of a
 * table that grows with every sign-in is needed.
 */
export async function listAuditEntries(db: Db, filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE): Promise<{ rows: AuditRow[]; hasNext: boolean }> {
  const rows = await auditQuery(db, filters, pageSize);
  return { rows: rows.slice(0, pageSize), hasNext: rows.length > pageSize };
}

/** The query itself, exposed so a test can ask PostgreSQL which index it uses. */
export function auditQuery(db: Db, filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorUsername: auditLog.actorUsername,
      actorDisplayName: users.displayName,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(auditConditions(filters))
    .orderBy(sql`${auditLog.at} desc nulls last`, desc(auditLog.id))
    .limit(pageSize + 1)
    .offset((filters.page - 1) * pageSize);
}

/** Where an audited record lives in the app, for the types that have a page. */
export function entityHref(entityType: string | null, entityId: string | null): string | null {
  if (!entityType || !entityId || !/^\d+$/.test(entityId)) return null;
  const base = { user: "/admin/users", agency: "/directory/agencies", person: "/directory/people" }[entityType];
  return base ? `${base}/${entityId}` : null;
}

/** The fields an update changed, with their old and new values; everything when one side is missing. */
export function changedFields(before: unknown, after: unknown): { before: Record<string, unknown> | null; after: Record<string, unknown> | null } {
  const asRecord = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null);
  const old = asRecord(before);
  const next = asRecord(after);
  if (!old || !next) return { before: old, after: next };
  // Bookkeeping columns move on every save and would hide the real change.
  const ignored = new Set(["version", "updatedAt"]);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((key) => !ignored.has(key) && JSON.stringify(old[key]) !== JSON.stringify(next[key]));
  return { before: Object.fromEntries(keys.map((key) => [key, old[key] ?? null])), after: Object.fromEntries(keys.map((key) => [key, next[key] ?? null])) };
}
