import { and, asc, eq, isNull, or, gte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { agencies, conferences, directives, taskCoordinators, taskEvents, taskExtensionRequests, tasks, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { type TaskRow, loadVisibleTask } from "./access";

type Viewer = Pick<CurrentUser, "role" | "agencyId">;

export interface TaskDetail {
  task: TaskRow;
  leadAgencyName: string;
  directive: { id: number; number: number; text: string; sector: (typeof directives.$inferSelect)["sector"] };
  conference: { id: number; title: string; startsAt: Date };
  coordinators: { id: number; name: string }[];
}

/** The task page's header: null when the task does not exist or the user may not see it. */
export async function getTaskDetail(db: Db, id: number, user: Viewer): Promise<TaskDetail | null> {
  const task = await loadVisibleTask(db, id, user);
  if (!task) return null;
  const [row] = await db
    .select({
      leadAgencyName: agencies.name,
      directive: { id: directives.id, number: directives.number, text: directives.text, sector: directives.sector },
      conference: { id: conferences.id, title: conferences.title, startsAt: conferences.startsAt },
    })
    .from(tasks)
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .innerJoin(conferences, eq(conferences.id, directives.conferenceId))
    .where(eq(tasks.id, task.id))
    .limit(1);
  if (!row) return null;
  const coordinators = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(taskCoordinators)
    .innerJoin(agencies, eq(agencies.id, taskCoordinators.agencyId))
    .where(eq(taskCoordinators.taskId, task.id))
    .orderBy(asc(agencies.name));
  return { task, ...row, coordinators };
}

const eventAgency = alias(agencies, "event_agency");

export interface TaskEventRow {
  id: number;
  kind: (typeof taskEvents.$inferSelect)["kind"];
  at: Date;
  agencyName: string | null;
  byName: string | null;
  text: string | null;
  percent: number | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  details: unknown;
}

/** The task's history in order, with who and for which unit — one query. Call only for a task already loaded with its visibility check. */
export async function listTaskEvents(db: Db, taskId: number): Promise<TaskEventRow[]> {
  return db
    .select({
      id: taskEvents.id,
      kind: taskEvents.kind,
      at: taskEvents.at,
      agencyName: eventAgency.name,
      byName: users.displayName,
      text: taskEvents.text,
      percent: taskEvents.percent,
      evidenceNumber: taskEvents.evidenceNumber,
      evidenceDate: taskEvents.evidenceDate,
      details: taskEvents.details,
    })
    .from(taskEvents)
    .leftJoin(eventAgency, eq(eventAgency.id, taskEvents.agencyId))
    .leftJoin(users, eq(users.id, taskEvents.byUserId))
    .where(eq(taskEvents.taskId, taskId))
    .orderBy(asc(taskEvents.at), asc(taskEvents.id));
}

export async function pendingExtensionRequest(db: Db, taskId: number) {
  const [row] = await db
    .select()
    .from(taskExtensionRequests)
    .where(and(eq(taskExtensionRequests.taskId, taskId), eq(taskExtensionRequests.decision, "pending")))
    .limit(1);
  return row ?? null;
}

/** Agencies that can be given a task: those not closed today (plus any already on the task, so editing keeps them). */
export async function listAssignableAgencies(db: Db, today: string): Promise<{ id: number; name: string }[]> {
  return db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(or(isNull(agencies.validTo), gte(agencies.validTo, today)))
    .orderBy(asc(agencies.name));
}

/** A directive with its conference, for the "new task" page. */
export async function getDirectiveForTask(db: Db, directiveId: number) {
  if (!Number.isInteger(directiveId) || directiveId <= 0) return null;
  const [row] = await db
    .select({ id: directives.id, number: directives.number, text: directives.text, conferenceId: conferences.id, conferenceTitle: conferences.title, conferenceStartsAt: conferences.startsAt })
    .from(directives)
    .innerJoin(conferences, eq(conferences.id, directives.conferenceId))
    .where(eq(directives.id, directiveId))
    .limit(1);
  return row ?? null;
}

/**
 * The directive filter's options: the directives of the chosen conference, or of the chosen
 * directive's conference. Without either, none: a list of every directive of every
 * conference (hundreds of thousands at provincial scale) is no choice a person can make.
 */
export async function listDirectiveOptions(db: Db, chosen: { conferenceId?: number; directiveId?: number }) {
  if (!chosen.conferenceId && !chosen.directiveId) return [];
  const conferenceOfChosen = chosen.conferenceId
    ? eq(directives.conferenceId, chosen.conferenceId)
    : eq(directives.conferenceId, db.select({ id: directives.conferenceId }).from(directives).where(eq(directives.id, chosen.directiveId!)));
  return db
    .select({ id: directives.id, number: directives.number, conferenceTitle: conferences.title })
    .from(directives)
    .innerJoin(conferences, eq(conferences.id, directives.conferenceId))
    .where(conferenceOfChosen)
    .orderBy(asc(directives.number));
}
