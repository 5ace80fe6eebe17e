import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Every sign-in attempt and every change, written in the same transaction as the change.
 * Failed sign-ins here are also what the sign-in rate limiter counts (partial indexes below),
 * so the limit holds across app servers and restarts without a second table.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: integer().references(() => users.id),
    /** The username as typed for sign-in attempts (the actor may not exist); the actor's otherwise. */
    actorUsername: text(),
    action: text().notNull(),
    entityType: text(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at.desc()),
    index("audit_log_actor_idx").on(t.actorId, t.at.desc()),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_action_idx").on(t.action, t.at.desc()),
    index("audit_log_failed_sign_in_user_idx")
      .on(t.actorUsername, t.at)
      .where(sql`${t.action} = 'auth.sign_in_failed'`),
    index("audit_log_failed_sign_in_ip_idx").on(t.ip, t.at).where(sql`${t.action} = 'auth.sign_in_failed'`),
    // The lockout per username and address (lib/auth/rate-limit.ts).
    index("audit_log_failed_sign_in_user_ip_idx")
      .on(t.actorUsername, t.ip, t.at)
      .where(sql`${t.action} = 'auth.sign_in_failed'`),
  ],
);
