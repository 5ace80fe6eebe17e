import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/request/client-address";

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

export interface AuditEntry {
  action: string;
  actorId?: number | null;
  actorUsername?: string | null;
  entityType?: string;
  entityId?: string | number;
  before?: unknown;
  after?: unknown;
  meta?: RequestMeta;
}

// Never keep secrets in the audit trail, whatever object a caller passes.
const REDACTED_KEYS = new Set(["passwordHash", "password", "token", "secret"]);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !REDACTED_KEYS.has(key))
        .map(([key, v]) => [key, redact(v)]),
    );
  }
  return value;
}

/** Writes one audit row with the db handle or transaction it is given, so it commits or rolls back with the change. */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    action: entry.action,
    actorId: entry.actorId ?? null,
    actorUsername: entry.actorUsername ?? null,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId === undefined ? null : String(entry.entityId),
    before: redact(entry.before),
    after: redact(entry.after),
    ip: entry.meta?.ip ?? null,
    userAgent: entry.meta?.userAgent?.slice(0, 400) ?? null,
  });
}

/**
 * The client's address: the right-most X-Forwarded-For hop not added by a trusted proxy
 * (TRUSTED_PROXIES; the app server appends the socket's address itself, see
 * lib/request/peer-address.ts), so a client cannot choose the address that is rate-limited
 * and audited.
 */
export function requestMetaFrom(headers: Pick<Headers, "get">): RequestMeta {
  return {
    ip: clientAddress(headers.get("x-forwarded-for"), env.trustedProxies),
    userAgent: headers.get("user-agent"),
  };
}
