import { and, asc, eq, sql } from "drizzle-orm";
import { builtOnce } from "@/db/built-once";
import type { Db } from "@/db/client";
import { agencies, conferences, directives, tasks } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { preparedForViewer, type ViewerScope } from "@/lib/auth/viewer-scope";
import { visibleTasksCondition } from "@/lib/tasks/access";
import { seesOnlyOwnWork } from "./access";
import { coordinatorNames } from "@/lib/tasks/coordinators";
import { deriveTaskStatus, type DerivedTaskStatus, type TaskDates, todayInVietnam } from "@/lib/tasks/status";
import type { DirectiveSector } from "./queries";
import { liveConference } from "@/lib/conferences/access";

/*
 * A conference's directives with their tasks and each task's status on a given day: the
 * conference page shows its own directives as of today; the next conference reviews the
 * previous one's "as of" its own day (carry-over). Tasks are read live, never copied, so a
 * task still open at the review links to the same record the units keep reporting on.
 */

type Viewer = Pick<CurrentUser, "role" | "agencyId">;

export interface BoardTask {
  id: number;
  title: string;
  leadAgencyName: string;
  coordinatorNames: string | null;
  deadline: string | null;
  originalDeadline: string | null;
  /** The acceptance day if it falls on or before the board's day, else null: not yet completed then. */
  completedOn: string | null;
  derived: DerivedTaskStatus;
}

export interface BoardDirective {
  id: number;
  number: number;
  text: string;
  sector: DirectiveSector;
  issuerName: string;
  tasks: BoardTask[];
}

/**
 * The status a task had on `asOf`: a completion accepted later did not exist yet. Deadlines
 * are the current ones (an extension granted after that day is not undone), so the review
 * errs on the side of the unit rather than calling a task overdue it was allowed to finish.
 */
export function statusAsOf(task: TaskDates, asOf: string): { completedOn: string | null; derived: DerivedTaskStatus } {
  const completedOn = task.completedOn !== null && task.completedOn <= asOf ? task.completedOn : null;
  return { completedOn, derived: deriveTaskStatus({ deadline: task.deadline, originalDeadline: task.originalDeadline, completedOn }, asOf) };
}

/**
 * The board's statement: the directives of the conference left-joined to the tasks the viewer
 * may see. Prepared once per kind of viewer (lib/auth/viewer-scope.ts): the conference page
 * runs it twice per view, for its board and for the carry-over.
 */
function prepareBoard(db: Db, scope: ViewerScope, name: string) {
  const visible = visibleTasksCondition(db, scope);
  const taskJoin = visible ? and(eq(tasks.directiveId, directives.id), visible) : eq(tasks.directiveId, directives.id);
  return db
    .select({
      directiveId: directives.id,
      number: directives.number,
      text: directives.text,
      sector: directives.sector,
      issuerName: directives.issuerName,
      taskId: tasks.id,
      title: tasks.title,
      deadline: tasks.deadline,
      originalDeadline: tasks.originalDeadline,
      completedOn: tasks.completedOn,
      leadAgencyName: agencies.name,
      coordinatorNames: coordinatorNames(tasks.id),
    })
    .from(directives)
    .leftJoin(tasks, taskJoin)
    .leftJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .where(eq(directives.conferenceId, sql.placeholder("conferenceId")))
    .orderBy(asc(directives.number), sql`${tasks.deadline} asc nulls last`, asc(tasks.id))
    .prepare(name);
}

/**
 * One query: the directives of the conference with the tasks the viewer may see. A unit
 * officer sees only the directives that gave their agency work; everyone else sees every
 * directive, with or without tasks.
 */
export async function loadDirectiveBoard(db: Db, viewer: Viewer, conferenceId: number, asOf: string): Promise<BoardDirective[]> {
  const { statement, values } = preparedForViewer(db, "directive_board", viewer, prepareBoard);
  const rows = await statement.execute({ ...values, conferenceId });

  const board = new Map<number, BoardDirective>();
  for (const row of rows) {
    let directive = board.get(row.directiveId);
    if (!directive) {
      directive = { id: row.directiveId, number: row.number, text: row.text, sector: row.sector, issuerName: row.issuerName, tasks: [] };
      board.set(row.directiveId, directive);
    }
    if (row.taskId !== null && row.title !== null) {
      const { completedOn, derived } = statusAsOf(row, asOf);
      directive.tasks.push({
        id: row.taskId,
        title: row.title,
        leadAgencyName: row.leadAgencyName ?? "",
        coordinatorNames: row.coordinatorNames,
        deadline: row.deadline,
        originalDeadline: row.originalDeadline,
        completedOn,
        derived,
      });
    }
  }
  const all = [...board.values()];
  return seesOnlyOwnWork(viewer) ? all.filter((d) => d.tasks.length > 0) : all;
}

function preparePreviousConference(db: Db) {
  return db
    .select({ id: conferences.id, title: conferences.title, startsAt: conferences.startsAt })
    .from(conferences)
    .where(and(eq(conferences.id, sql.placeholder("id")), liveConference()))
    .limit(1)
    .prepare("carry_over_previous");
}

export interface CarryOver {
  previous: { id: number; title: string; startsAt: Date };
  /** The day the statuses are taken on: the new conference's day, or today while it lies ahead. */
  asOf: string;
  directives: BoardDirective[];
}

/** What the carry-over needs of the conference that reviews it: the page has already read it. */
export type ReviewingConference = Pick<typeof conferences.$inferSelect, "startsAt" | "previousConferenceId">;

/**
 * What a conference created from a previous one reviews: the previous conference's directives
 * and tasks with their status on the new conference's day (or today, if that day is still
 * to come: a status cannot be known in advance). Null when there is no previous conference,
 * or it was deleted. Takes the conference as its page loaded it, so it is not read again.
 */
export async function loadCarryOver(db: Db, viewer: Viewer, conference: ReviewingConference, today = todayInVietnam()): Promise<CarryOver | null> {
  if (conference.previousConferenceId === null) return null;
  const [previous] = await builtOnce(db, "carry_over_previous", preparePreviousConference).execute({ id: conference.previousConferenceId });
  if (!previous) return null;
  const conferenceDay = todayInVietnam(conference.startsAt);
  const asOf = conferenceDay < today ? conferenceDay : today;
  return { previous, asOf, directives: await loadDirectiveBoard(db, viewer, previous.id, asOf) };
}
