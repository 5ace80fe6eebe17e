import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { agencies } from "./directory";
import { users } from "./users";
import { directives, directiveSectorEnum } from "./directives";

/* Tasks: the work directives cause, who does it, what happens to it, and the per-agency copies unit lists read. */

export const taskPriorities = ["normal", "high", "urgent"] as const;
export const taskPriorityEnum = pgEnum("task_priority", taskPriorities);

/**
 * Work a directive causes, for exactly one lead unit (chủ trì) and any coordinating units
 * (phối hợp). The status words (đúng hạn, quá hạn…) are derived from deadline, accepted
 * completion date and today by lib/tasks/status.ts; nothing here stores them.
 * A null deadline means "thường xuyên" (ongoing).
 */
export const tasks = pgTable(
  "tasks",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    directiveId: integer()
      .notNull()
      .references(() => directives.id),
    title: text().notNull(),
    description: text(),
    leadAgencyId: integer()
      .notNull()
      .references(() => agencies.id),
    deadline: date({ mode: "string" }),
    /** The deadline first set; an approved extension moves `deadline` only. */
    originalDeadline: date({ mode: "string" }),
    priority: taskPriorityEnum().notNull().default("normal"),
    expectedOutput: text(),
    /** Set when the lead unit reports completion, cleared when the secretariat returns it. */
    completionReportedAt: timestamp({ withTimezone: true }),
    /** The day the secretariat accepted completion: the completion date. */
    completedOn: date({ mode: "string" }),
    createdById: integer().references(() => users.id),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("tasks_directive_idx").on(t.directiveId),
    index("tasks_lead_deadline_idx").on(t.leadAgencyId, t.deadline),
    // A lead unit's open tasks not reported as completed (the home page's "returned" count): a few hundred, not every open task.
    // With the id, the unit's home page counts its returned tasks from the index alone.
    index("tasks_lead_unreported_idx").on(t.leadAgencyId, t.id).where(sql`${t.completedOn} is null and ${t.completionReportedAt} is null`),
    index("tasks_deadline_idx").on(t.deadline),
    index("tasks_completed_on_idx").on(t.completedOn),
    index("tasks_created_by_idx").on(t.createdById),
    // The API's sync order; a task's new history entry moves it too (trigger, migration api_sync).
    index("tasks_updated_idx").on(t.updatedAt, t.id),
    check("tasks_original_deadline_set", sql`(${t.deadline} IS NULL) = (${t.originalDeadline} IS NULL)`),
  ],
);

export const taskCoordinators = pgTable(
  "task_coordinators",
  {
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.agencyId] }),
    index("task_coordinators_agency_task_idx").on(t.agencyId, t.taskId),
  ],
);

/**
 * Every agency a task concerns (its lead and its coordinating units), with the task's
 * deadline: what a unit may see (lib/tasks/access.ts), and a unit's list in deadline order
 * straight from one index. Built from tasks and task_coordinators by triggers (migration
 * 0007_task_agencies.sql) on every insert, update and delete of either, COPY included, so
 * no write path can forget it; the app never writes it. Before it, a unit's every list
 * joined the union of its ~6 400 led and coordinated task ids at a million tasks.
 * The task's directive, its conference and the conference's start (triggers on tasks,
 * directives and conferences keep them, migration unit_directive_order) give a unit's
 * directives and conferences newest first from one index range too: through tasks, the
 * newest 100 conferences with a task of the unit read every one of its tasks. The task's
 * completion date (migration unit_open_tasks) does the same for a unit's open tasks, and its
 * updated_at (migration unit_task_sync) for a unit's API sync. The directive's updated_at,
 * the lead unit, the sector and the completion report (migration unit_overview_copies) give a
 * unit's directive sync and its overview counts one index range each too.
 */
export const taskAgencies = pgTable(
  "task_agencies",
  {
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    deadline: date({ mode: "string" }),
    // Copies that follow the task (no foreign keys of their own: task_id's cascade removes the row).
    directiveId: integer().notNull(),
    conferenceId: integer().notNull(),
    conferenceStartsAt: timestamp({ withTimezone: true }).notNull(),
    /** The task's accepted completion date: null while the task is open. */
    completedOn: date({ mode: "string" }),
    /** The task's updated_at: a unit's API sync order (/api/v1/tasks). */
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    /** The directive's updated_at: a unit's API sync order of directives (/api/v1/directives). */
    directiveUpdatedAt: timestamp({ withTimezone: true }).notNull(),
    // What the overview counts a unit's tasks by (lib/tasks/overview.ts), read from one index alone.
    leadAgencyId: integer().notNull(),
    sector: directiveSectorEnum().notNull(),
    completionReportedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.taskId] }),
    // The order of every task list: deadline ascending, which puts "thường xuyên" (null) last, then id.
    index("task_agencies_agency_deadline_idx").on(t.agencyId, t.deadline, t.taskId),
    // A unit's directives and conferences, newest conference first (read backwards): /directives and the conference filters.
    index("task_agencies_agency_conference_idx").on(t.agencyId, t.conferenceStartsAt, t.conferenceId, t.directiveId),
    // A unit's open tasks by deadline (the home page's overdue and due-soon counts): a range of the open ones only.
    index("task_agencies_agency_open_idx").on(t.agencyId, t.deadline).where(sql`${t.completedOn} is null`),
    index("task_agencies_agency_updated_idx").on(t.agencyId, t.updatedAt, t.taskId),
    // A unit's directives in their own sync order (several of its tasks on one directive: read DISTINCT).
    index("task_agencies_agency_directive_updated_idx").on(t.agencyId, t.directiveUpdatedAt, t.directiveId),
    // Everything the overview reads of a unit's tasks, in its grouping order: an index-only scan, no task or directive read.
    index("task_agencies_agency_overview_idx").on(t.agencyId, t.leadAgencyId, t.sector, t.deadline, t.completedOn, t.completionReportedAt, t.conferenceId),
    index("task_agencies_task_idx").on(t.taskId),
  ],
);

export const taskEventKinds = [
  "created",
  "updated",
  "progress",
  "contribution",
  "completion_reported",
  "accepted",
  "returned",
  "extension_requested",
  "extension_approved",
  "extension_refused",
  "moved_to_successor",
] as const;
export const taskEventKindEnum = pgEnum("task_event_kind", taskEventKinds);

/** The task's history: every report, decision and change, in order. Files attach to an event (owner type "task_event"). */
export const taskEvents = pgTable(
  "task_events",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    kind: taskEventKindEnum().notNull(),
    /** The unit on whose behalf the step was taken (lead or coordinating unit), when there is one. */
    agencyId: integer().references(() => agencies.id),
    byUserId: integer().references(() => users.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    text: text(),
    percent: integer(),
    evidenceNumber: text(),
    evidenceDate: date({ mode: "string" }),
    /** Deadline requested, approved deadline, agencies before/after a move: whatever the kind needs. */
    details: jsonb(),
  },
  (t) => [
    index("task_events_task_idx").on(t.taskId, t.at),
    // "Was this task returned?" for each of a unit's open tasks (its home page): a probe of a
    // small index instead of reading every event of each task (19 ms at a million tasks).
    index("task_events_returned_idx").on(t.taskId).where(sql`${t.kind} = 'returned'`),
    index("task_events_agency_idx").on(t.agencyId),
    index("task_events_by_idx").on(t.byUserId),
    check("task_events_percent_range", sql`${t.percent} IS NULL OR (${t.percent} >= 0 AND ${t.percent} <= 100)`),
  ],
);

export const extensionDecisions = ["pending", "approved", "refused"] as const;
export const extensionDecisionEnum = pgEnum("extension_decision", extensionDecisions);

/** A lead unit's request to move a deadline, and the leader's or secretariat's decision. */
export const taskExtensionRequests = pgTable(
  "task_extension_requests",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    requestedDeadline: date({ mode: "string" }).notNull(),
    reason: text().notNull(),
    requestedById: integer().references(() => users.id),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decision: extensionDecisionEnum().notNull().default("pending"),
    decidedById: integer().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionComment: text(),
  },
  (t) => [
    index("task_extension_requests_task_idx").on(t.taskId, t.decision),
    index("task_extension_requests_requested_by_idx").on(t.requestedById),
    index("task_extension_requests_decided_by_idx").on(t.decidedById),
    // At most one pending request per task.
    uniqueIndex("task_extension_requests_one_pending").on(t.taskId).where(sql`${t.decision} = 'pending'`),
    // The home page's oldest pending requests first, among the few pending.
    index("task_extension_requests_pending_requested_idx").on(t.requestedAt).where(sql`${t.decision} = 'pending'`),
  ],
);
