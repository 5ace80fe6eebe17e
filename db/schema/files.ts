import { customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** PostgreSQL bytea as a Node Buffer (both postgres.js and PGlite return one). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Attached files (reports, slides, scanned letters), kept in the database by default so
 * they work on PGlite and on PostgreSQL behind several app servers and are backed up
 * with the data. Only lib/storage reads and writes this table: it can move to object
 * storage later without touching the features. `ownerType`/`ownerId` say what the file
 * is attached to, and so whose permission a download needs.
 */
export const storedFiles = pgTable(
  "stored_files",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerType: text().notNull(),
    ownerId: integer().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    uploadedById: integer().references(() => users.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stored_files_owner_idx").on(t.ownerType, t.ownerId, t.uploadedAt), index("stored_files_uploaded_by_idx").on(t.uploadedById)],
);

/** A secret calendar-subscription URL per user; only the hash is kept, and a revoked token stops working. */
export const calendarTokens = pgTable(
  "calendar_tokens",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("calendar_tokens_user_idx").on(t.userId)],
);
