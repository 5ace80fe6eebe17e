import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { agencies, people } from "./directory";

export const roles = ["admin", "secretariat", "leader", "unit_officer", "viewer"] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum("user_role", roles);

export const users = pgTable(
  "users",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** Stored lower-case; sign-in compares lower-case. */
    username: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull(),
    /** The unit a unit officer acts for; optional for other roles (their own agency). */
    agencyId: integer().references(() => agencies.id),
    /** The directory person this account is (a leader's directives are "mine" through it). */
    personId: integer().references(() => people.id),
    active: boolean().notNull().default(true),
    /** Bumped by "sign out everywhere", a password reset and disabling: older sessions stop working at once. */
    sessionVersion: integer().notNull().default(1),
    version: integer().notNull().default(1),
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_username_unique").on(t.username),
    index("users_agency_idx").on(t.agencyId),
    index("users_role_idx").on(t.role),
    index("users_person_idx").on(t.personId),
    check("users_unit_officer_has_agency", sql`${t.role} <> 'unit_officer' OR ${t.agencyId} IS NOT NULL`),
    check("users_username_lowercase", sql`${t.username} = lower(${t.username})`),
  ],
);
