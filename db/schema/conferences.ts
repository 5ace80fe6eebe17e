import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { agencies, people } from "./directory";
import { users } from "./users";

export const conferenceKinds = ["mid_year_review", "annual_review", "regular_briefing", "thematic", "other"] as const;
export const conferenceKindEnum = pgEnum("conference_kind", conferenceKinds);

/** draft → scheduled → held → concluded → closed, plus postponed and cancelled. */
export const conferenceStatuses = ["draft", "scheduled", "held", "concluded", "closed", "postponed", "cancelled"] as const;
export type ConferenceStatus = (typeof conferenceStatuses)[number];
export const conferenceStatusEnum = pgEnum("conference_status", conferenceStatuses);

export const conferenceFormats = ["in_person", "online", "hybrid"] as const;
export const conferenceFormatEnum = pgEnum("conference_format", conferenceFormats);

/**
 * A reporting period as a code shared with the indicator reports: 2012-H1 (6 tháng đầu năm),
 * 2012-H2, 2012-Q3, 2012-M07, 2012-9M (9 tháng), 2012-Y (cả năm).
 */
const PERIOD_PATTERN = "^[0-9]{4}-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])|9M|Y)$";

export const conferences = pgTable(
  "conferences",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    kind: conferenceKindEnum().notNull(),
    status: conferenceStatusEnum().notNull().default("draft"),
    reviewedPeriod: text(),
    plannedPeriod: text(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    hostAgencyId: integer()
      .notNull()
      .references(() => agencies.id),
    chairPersonId: integer().references(() => people.id),
    secretaryPersonId: integer().references(() => people.id),
    format: conferenceFormatEnum().notNull().default("in_person"),
    venue: text(),
    notes: text(),
    /** The conference this one follows up (same kind, previous period): its open directives are reviewed here. */
    previousConferenceId: integer().references((): AnyPgColumn => conferences.id),
    /** Visible to every signed-in user, not only to invited agencies. */
    publishedToAll: boolean().notNull().default(false),
    /** Shown on the public weekly schedule without sign-in. */
    publicOnSchedule: boolean().notNull().default(false),
    replyDeadline: timestamp({ withTimezone: true }),
    /** Raised on every change that calendar programs must pick up (iCalendar SEQUENCE). */
    sequence: integer().notNull().default(0),
    version: integer().notNull().default(1),
    createdById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * "Xóa hội nghị" only marks the row: every read leaves it out (liveConference() in
     * lib/conferences/access.ts) and the admin may restore it with its invitations and agenda.
     */
    deletedAt: timestamp({ withTimezone: true }),
    deletedById: integer().references(() => users.id),
    /**
     * Check-in is open on the conference's days only; the secretariat may open it on other
     * days (recording a paper attendance sheet afterwards) with a reason, kept here and audited.
     */
    checkInOverrideReason: text(),
    checkInOverrideById: integer().references(() => users.id),
    checkInOverrideAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("conferences_starts_at_idx").on(t.startsAt.desc()),
    index("conferences_status_starts_idx").on(t.status, t.startsAt.desc()),
    index("conferences_kind_starts_idx").on(t.kind, t.startsAt.desc()),
    // The list's capped total by status and/or kind (lib/list-total.ts) as an index-only range of the
    // live conferences: a sequential scan read 18 500 rows to count the first 10 001 concluded ones.
    index("conferences_live_status_kind_idx").on(t.status, t.kind).where(sql`${t.deletedAt} is null`),
    index("conferences_live_kind_idx").on(t.kind).where(sql`${t.deletedAt} is null`),
    // A unit's capped total by status tests "published to all, or invited" per conference:
    // with both columns here it reads the index alone (200 -> 16 ms at full scale).
    index("conferences_live_status_published_idx").on(t.status, t.publishedToAll, t.id).where(sql`${t.deletedAt} is null`),
    index("conferences_host_starts_idx").on(t.hostAgencyId, t.startsAt.desc()),
    index("conferences_reviewed_period_idx").on(t.reviewedPeriod),
    index("conferences_chair_idx").on(t.chairPersonId),
    index("conferences_secretary_idx").on(t.secretaryPersonId),
    index("conferences_previous_idx").on(t.previousConferenceId),
    index("conferences_created_by_idx").on(t.createdById),
    index("conferences_updated_idx").on(t.updatedAt, t.id),
    // The admin's list of deleted conferences; live lists use the indexes above (deleted rows are few).
    index("conferences_deleted_idx").on(t.deletedAt.desc()).where(sql`${t.deletedAt} IS NOT NULL`),
    index("conferences_deleted_by_idx").on(t.deletedById),
    index("conferences_check_in_override_by_idx").on(t.checkInOverrideById),
    check("conferences_deleted_by", sql`${t.deletedAt} IS NULL OR ${t.deletedById} IS NOT NULL`),
    check("conferences_check_in_override_reason", sql`${t.checkInOverrideAt} IS NULL OR ${t.checkInOverrideReason} IS NOT NULL`),
    check("conferences_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("conferences_reviewed_period_format", sql`${t.reviewedPeriod} IS NULL OR ${t.reviewedPeriod} ~ ${sql.raw(`'${PERIOD_PATTERN}'`)}`),
    check("conferences_planned_period_format", sql`${t.plannedPeriod} IS NULL OR ${t.plannedPeriod} ~ ${sql.raw(`'${PERIOD_PATTERN}'`)}`),
    check("conferences_not_own_previous", sql`${t.previousConferenceId} IS NULL OR ${t.previousConferenceId} <> ${t.id}`),
  ],
);

/** Every status change, with its reason and (for a postponement) the new date: the conference's history. */
export const conferenceStatusChanges = pgTable(
  "conference_status_changes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    conferenceId: integer()
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    fromStatus: conferenceStatusEnum(),
    toStatus: conferenceStatusEnum().notNull(),
    reason: text(),
    previousStartsAt: timestamp({ withTimezone: true }),
    newStartsAt: timestamp({ withTimezone: true }),
    changedById: integer().references(() => users.id),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conference_status_changes_conference_idx").on(t.conferenceId, t.changedAt), index("conference_status_changes_by_idx").on(t.changedById)],
);

/** A site of an online or hybrid conference (điểm cầu). */
export const bridgePoints = pgTable(
  "bridge_points",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    conferenceId: integer()
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    name: text().notNull(),
    place: text(),
    responsibleAgencyId: integer().references(() => agencies.id),
    contact: text(),
    /** Two clerks edit and reorder the list together: a change made on a stale view is refused. */
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("bridge_points_conference_idx").on(t.conferenceId, t.position), index("bridge_points_agency_idx").on(t.responsibleAgencyId)],
);

export const invitationStatuses = ["invited", "confirmed", "declined", "delegated"] as const;
export const invitationStatusEnum = pgEnum("invitation_status", invitationStatuses);

/**
 * An invitation to an agency (which sends a representative) or to a named person.
 * Exactly one of agencyId / personId is set.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    conferenceId: integer()
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    agencyId: integer().references(() => agencies.id),
    personId: integer().references(() => people.id),
    status: invitationStatusEnum().notNull().default("invited"),
    delegateName: text(),
    delegatePosition: text(),
    declineReason: text(),
    repliedAt: timestamp({ withTimezone: true }),
    repliedById: integer().references(() => users.id),
    /** Set when the conference is postponed or cancelled after this invitation went out, so the invitee sees it. */
    changeNotice: conferenceStatusEnum(),
    /** Secret for the per-invitation QR code used at check-in. */
    checkInToken: text().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_conference_agency_unique").on(t.conferenceId, t.agencyId),
    uniqueIndex("invitations_conference_person_unique").on(t.conferenceId, t.personId),
    uniqueIndex("invitations_check_in_token_unique").on(t.checkInToken),
    // With the conference id, "is my unit invited?" over thousands of conferences (a unit's
    // capped conference total) is an index-only lookup, not a heap read per invitation.
    index("invitations_agency_conference_idx").on(t.agencyId, t.conferenceId),
    index("invitations_person_idx").on(t.personId),
    index("invitations_conference_status_idx").on(t.conferenceId, t.status),
    index("invitations_replied_by_idx").on(t.repliedById),
    check("invitations_one_invitee", sql`(${t.agencyId} IS NULL) <> (${t.personId} IS NULL)`),
  ],
);

/** Who was present: an invitee checked in, or a walk-in. Late arrival and early leaving are derived from the times. */
export const attendance = pgTable(
  "attendance",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    conferenceId: integer()
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    invitationId: integer().references(() => invitations.id, { onDelete: "cascade" }),
    attendeeName: text().notNull(),
    attendeePosition: text(),
    walkInAgencyId: integer().references(() => agencies.id),
    checkedInAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp({ withTimezone: true }),
    checkedInById: integer().references(() => users.id),
  },
  (t) => [
    uniqueIndex("attendance_invitation_unique").on(t.invitationId),
    index("attendance_conference_idx").on(t.conferenceId, t.checkedInAt),
    index("attendance_walk_in_agency_idx").on(t.walkInAgencyId),
    index("attendance_checked_in_by_idx").on(t.checkedInById),
    check("attendance_left_after_arrival", sql`${t.leftAt} IS NULL OR ${t.leftAt} >= ${t.checkedInAt}`),
  ],
);

/** follow_up_review: the review of the previous conference's directives (carry-over), shown with their status. */
export const agendaItemKinds = ["report", "discussion", "directing_speech", "conclusion", "other", "follow_up_review"] as const;
export const agendaItemKindEnum = pgEnum("agenda_item_kind", agendaItemKinds);

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    conferenceId: integer()
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    title: text().notNull(),
    kind: agendaItemKindEnum().notNull().default("other"),
    presenterPersonId: integer().references(() => people.id),
    presenterAgencyId: integer().references(() => agencies.id),
    startsAt: timestamp({ withTimezone: true }),
    durationMinutes: integer(),
    notes: text(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index("agenda_items_conference_idx").on(t.conferenceId, t.position),
    index("agenda_items_presenter_person_idx").on(t.presenterPersonId),
    index("agenda_items_presenter_agency_idx").on(t.presenterAgencyId),
    check("agenda_items_duration_positive", sql`${t.durationMinutes} IS NULL OR ${t.durationMinutes} > 0`),
  ],
);
