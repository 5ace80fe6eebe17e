import { and, eq, exists, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { directives, tasks } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { visibleTasksCondition } from "@/lib/tasks/access";

/**
 * Which directives a user may see outside a conference's own page: a unit officer only those
 * with at least one task their agency leads or coordinates (the same rule as the tasks);
 * everyone else all of them. Lists of directives across conferences and the register's
 * "referenced by" list add this condition.
 */
export function visibleDirectivesCondition(db: Db, user: Pick<CurrentUser, "role" | "agencyId">): SQL | undefined {
  if (user.role !== "unit_officer") return undefined;
  return exists(
    db
      .select({ one: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.directiveId, directives.id), visibleTasksCondition(db, user))),
  );
}
