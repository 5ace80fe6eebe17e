import { index, integer, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * One row per sign-in. The session cookie names its row (claim `sid`), and every request
 * checks that the row is still open: signing out closes it, so a copied cookie stops
 * working on every app server at once ("sign out everywhere" still moves users.sessionVersion).
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The cookie's own expiry: a row past it is dead even if never signed out. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId, t.expiresAt)],
);
