import { type AnyColumn, eq, sql, type SQL } from "drizzle-orm";
import { alias, QueryBuilder } from "drizzle-orm/pg-core";
import { agencies, taskCoordinators } from "@/db/schema";

/*
 * A task's coordinating units, as a correlated subquery beside each task row of a list (the
 * task list, a conference's board of directives, the API, the conference's documents): one row
 * per task without grouping the list. Each coordinator's name is looked up by the agencies' primary key. Joined to
 * agencies instead, PostgreSQL hashed the whole agencies table once per task (a Seq Scan of
 * 345 rows per row: about 2,4 ms for a board of 42 tasks at full scale, 0,4 ms this way).
 */

const coordinatorAgency = alias(agencies, "coordinator_agency");
const build = new QueryBuilder();

/** The task's coordinators as rows (id, name), a FROM item named "coordinator". */
function coordinatorsOf(taskId: AnyColumn): SQL {
  const name = build
    .select({ name: coordinatorAgency.name })
    .from(coordinatorAgency)
    .where(eq(coordinatorAgency.id, taskCoordinators.agencyId));
  return sql`(select ${taskCoordinators.agencyId} as id, (${name}) as name
    from ${taskCoordinators} where ${taskCoordinators.taskId} = ${taskId}) as coordinator`;
}

/** The coordinating units' names in alphabetical order, joined by "; " (null when none). */
export function coordinatorNames(taskId: AnyColumn): SQL<string | null> {
  return sql<string | null>`(select string_agg(coordinator.name, '; ' order by coordinator.name)
    from ${coordinatorsOf(taskId)})`;
}

/** The coordinating units as [{ id, name }] in alphabetical order (null when none). */
export function coordinatorList(taskId: AnyColumn): SQL<{ id: number; name: string }[] | null> {
  return sql<{ id: number; name: string }[] | null>`(select json_agg(
      json_build_object('id', coordinator.id, 'name', coordinator.name) order by coordinator.name
    ) from ${coordinatorsOf(taskId)})`;
}
