import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { taskAgencies, taskCoordinators, tasks } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import type { AgencyValue, ViewerScope } from "@/lib/auth/viewer-scope";
import { columnsWithStoredWords } from "@/lib/search/documents";

/**
 * Which tasks a user may see. A unit officer sees only the tasks their agency leads or
 * coordinates; everyone else (secretariat, leaders, viewers, admins) sees all. Every task
 * query (lists, the task page, reports, exports) adds this condition.
 */
export function visibleTasksCondition(db: Db, user: ViewerScope): SQL | undefined {
  const agencyId = ownTasksAgency(user);
  if (agencyId === undefined) return undefined;
  // One index range of task_agencies (lead and coordinator alike): "lead = X OR EXISTS (…)" cannot
  // use an index for the OR, and the planner then reads every task and filters.
  return inArray(tasks.id, db.select({ id: taskAgencies.taskId }).from(taskAgencies).where(eq(taskAgencies.agencyId, agencyId)));
}

/**
 * The same rule as a bounded read: the user's `count` newest visible tasks (highest ids), as a
 * FROM source named `tasks`, so that a query written against the table reads only them. A unit's
 * are its own rows of task_agencies, newest first. The LIMIT also fences the source: PostgreSQL
 * does not push the outer query's conditions into it, so it reads these rows and no others
 * (the search ranks its words among them, lib/search/queries.ts).
 */
export function newestVisibleTasks(db: Db, user: Pick<CurrentUser, "role" | "agencyId">, count: number) {
  const agencyId = ownTasksAgency(user);
  const columns = columnsWithStoredWords(tasks);
  const newest = agencyId === undefined
    ? db.select(columns).from(tasks).orderBy(desc(tasks.id))
    : db
        .select(columns)
        .from(taskAgencies)
        .innerJoin(tasks, eq(tasks.id, taskAgencies.taskId))
        .where(eq(taskAgencies.agencyId, agencyId))
        .orderBy(desc(taskAgencies.taskId));
  return newest.limit(count).as("tasks");
}

/**
 * The agency whose tasks alone the user sees (a unit officer's; -1, no agency's, for one
 * without an agency), or undefined for the roles that see every task. For a scope written
 * with the agency as a placeholder (lib/auth/viewer-scope.ts), that placeholder.
 */
export function ownTasksAgency<Agency extends AgencyValue>(user: ViewerScope<Agency>): Agency | -1 | undefined {
  if (user.role !== "unit_officer") return undefined;
  return user.agencyId ?? -1;
}

export type TaskRow = typeof tasks.$inferSelect;

/** The task if it exists and the user may see it; null otherwise (pages then call notFound()). */
export async function loadVisibleTask(db: Db, id: number, user: Pick<CurrentUser, "role" | "agencyId">): Promise<TaskRow | null> {
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, id), visibleTasksCondition(db, user)))
    .limit(1);
  return row ?? null;
}

/** How the user's agency is involved in a task: as lead, as coordinator, or not at all. */
export async function agencyRoleInTask(db: Db, task: Pick<TaskRow, "id" | "leadAgencyId">, agencyId: number | null): Promise<"lead" | "coordinator" | null> {
  if (agencyId == null) return null;
  if (task.leadAgencyId === agencyId) return "lead";
  const [row] = await db
    .select({ one: taskCoordinators.taskId })
    .from(taskCoordinators)
    .where(and(eq(taskCoordinators.taskId, task.id), eq(taskCoordinators.agencyId, agencyId)))
    .limit(1);
  return row ? "coordinator" : null;
}
