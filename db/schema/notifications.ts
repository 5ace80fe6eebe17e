import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { agencies } from "./directory";
import { users } from "./users";

/**
 * What a notice is about. Events come from commands (lib/notifications/events.ts), reminders
 * from the scheduled worker (lib/notifications/reminders.ts); both land here.
 */
export const notificationKinds = [
  "task_assigned",
  "task_deadline_changed",
  "task_extension_decided",
  "task_completion_accepted",
  "task_completion_returned",
  "invitation_received",
  "conference_rescheduled",
  "conference_cancelled",
  "directive_awaiting_approval",
  "report_period_opened",
  "report_returned",
  "report_approved",
  "document_issued",
  "task_deadline_soon",
  "task_overdue",
  "report_due_soon",
  "invitation_reply_due",
  "conference_tomorrow",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationKindEnum = pgEnum("notification_kind", notificationKinds);

/**
 * One in-app notice for one user. The words are not stored: `params` fills the kind's message
 * in the reader's language. `agencyId` is the unit a unit officer got it for; their inbox shows
 * only their current unit's notices, so moving an account to another unit never shows it the
 * old unit's affairs.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    agencyId: integer().references(() => agencies.id),
    kind: notificationKindEnum().notNull(),
    params: jsonb().$type<Record<string, string | number>>().notNull().default({}),
    /** Path in the app (/tasks/12): the place the work is done. */
    href: text().notNull(),
    readAt: timestamp({ withTimezone: true }),
    /** Waiting for the user's daily digest e-mail (set only for users who chose the digest). */
    digestPending: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt.desc(), t.id.desc()),
    // The bell's count reads only unread rows.
    index("notifications_user_unread_idx").on(t.userId).where(sql`${t.readAt} IS NULL`),
    index("notifications_digest_idx").on(t.userId).where(sql`${t.digestPending}`),
    index("notifications_agency_idx").on(t.agencyId),
  ],
);

/** A user's e-mail choices. No row: in-app only. */
export const notificationSettings = pgTable("notification_settings", {
  userId: integer()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  email: text(),
  /** One e-mail a day with everything instead of one per event. */
  dailyDigest: boolean().notNull().default(false),
  /** Kinds the user does not want by e-mail (every kind is mailed by default once an address is set). */
  mutedKinds: notificationKindEnum().array().notNull().default(sql`'{}'`),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const emailStatuses = ["pending", "sent", "failed"] as const;
export const emailStatusEnum = pgEnum("email_status", emailStatuses);

/**
 * The e-mail outbox: written in the transaction of the change that caused it, delivered by the
 * worker (lib/notifications/mailer.ts) with retries, so a slow or broken mail server never
 * holds up or rolls back the change.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text().notNull(),
    status: emailStatusEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** A worker holds the row until then while it talks to the mail server. */
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("email_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`), index("email_outbox_user_idx").on(t.userId)],
);

/**
 * Scheduled things done once: a reminder per object and threshold ("task:12:2026-01-10:d7"),
 * a user's digest per day. Inserted with ON CONFLICT DO NOTHING in the transaction that writes
 * the notices, so two workers, or a worker restarted mid-run, never send one twice.
 */
export const scheduledSends = pgTable("scheduled_sends", {
  key: text().primaryKey(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
