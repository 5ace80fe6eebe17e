import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { conferences, directives, taskAgencies } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { columnsWithStoredWords } from "@/lib/search/documents";
import { ownTasksAgency } from "@/lib/tasks/access";

/**
 * Which directives a user may see outside a conference's own page: a unit officer only those
 * with at least one task their agency leads or coordinates (the same rule as the tasks, read
 * from the same rows of task_agencies, which carry each task's directive); everyone else all
 * of them. Lists of directives across conferences and the register's "referenced by" list add
 * this condition. An EXISTS over tasks filtered by the unit's task ids made the planner walk
 * directives and probe their tasks one by one: 300 ms per /directives at a million tasks.
 */
export function visibleDirectivesCondition(db: Db, user: Pick<CurrentUser, "role" | "agencyId">): SQL | undefined {
  const agencyId = ownTasksAgency(user);
  if (agencyId === undefined) return undefined;
  return inArray(directives.id, db.select({ id: taskAgencies.directiveId }).from(taskAgencies).where(eq(taskAgencies.agencyId, agencyId)));
}

/** Whether the user sees only the directives that gave their unit work (a unit officer): boards hold no others and say so when empty. */
export function seesOnlyOwnWork(user: Pick<CurrentUser, "role" | "agencyId">): boolean {
  return ownTasksAgency(user) !== undefined;
}

/**
 * The same rule as a bounded read: the user's newest visible directives, as a FROM source named
 * `directives` (see newestVisibleTasks). Everyone else's are the `count` newest directives; a
 * unit's are those of its `count` newest tasks, so at most `count` too. That LIMIT cuts nothing:
 * it fences the source, so that the outer query's conditions are not pushed into it.
 */
export function newestVisibleDirectives(db: Db, user: Pick<CurrentUser, "role" | "agencyId">, count: number) {
  const agencyId = ownTasksAgency(user);
  const newest = db.select(columnsWithStoredWords(directives)).from(directives);
  if (agencyId === undefined) return newest.orderBy(desc(directives.id)).limit(count).as("directives");
  const ofNewestTasks = db
    .select({ id: taskAgencies.directiveId })
    .from(taskAgencies)
    .where(eq(taskAgencies.agencyId, agencyId))
    .orderBy(desc(taskAgencies.taskId))
    .limit(count);
  return newest.where(inArray(directives.id, ofNewestTasks)).limit(count).as("directives");
}

/**
 * The same rule, as the rows a unit's lists walk: its rows of task_agencies, of one conference
 * when given. The conference's start goes into the condition too, so that even one
 * conference's rows are a range of task_agencies_agency_conference_idx, not a filter over the
 * unit's every row.
 */
export function ownTaskAgencyRows(agencyId: number, conferenceId?: number): SQL {
  if (conferenceId === undefined) return eq(taskAgencies.agencyId, agencyId);
  const startsAt = sql`(select ${conferences.startsAt} from ${conferences} where ${conferences.id} = ${conferenceId})`;
  return and(eq(taskAgencies.agencyId, agencyId), eq(taskAgencies.conferenceStartsAt, startsAt), eq(taskAgencies.conferenceId, conferenceId)) as SQL;
}
