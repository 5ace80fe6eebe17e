import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

/** What a token may do: read everything its owner may read, and write in the areas named. */
export const apiTokenScopes = ["read", "tasks:write", "reports:write", "conferences:write"] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

/**
 * Personal and integration access tokens for /api/v1. As with calendar tokens only the
 * SHA-256 of the secret is kept. A call acts as `userId` with that account's permissions,
 * narrowed by `scopes`. The rate-limit window lives on the row, so every app server shares it
 * and the one UPDATE that authenticates a call also counts it and stamps `lastUsedAt`.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    scopes: text().array().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** The admin who issued it for a service account; null when the owner made it. */
    createdById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    rateWindowStartedAt: timestamp({ withTimezone: true }),
    rateWindowCount: integer().notNull().default(0),
  },
  (t) => [
    index("api_tokens_user_idx").on(t.userId, t.createdAt),
    index("api_tokens_created_by_idx").on(t.createdById),
    check("api_tokens_scopes_known", sql`${t.scopes} <@ ARRAY['read','tasks:write','reports:write','conferences:write']::text[] AND 'read' = ANY(${t.scopes})`),
  ],
);
