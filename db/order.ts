import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * ORDER BY column DESC NULLS LAST — the order of the schema's `.desc()` indexes (drizzle
 * writes them NULLS LAST). A plain DESC means NULLS FIRST in PostgreSQL, which such an index
 * cannot serve, so the planner sorts the whole table instead (105 ms → 0,2 ms for the newest
 * conferences at 100 000 rows). Use it for every "newest first" on an indexed column.
 */
export function newestFirst(column: AnyColumn): SQL {
  return sql`${column} desc nulls last`;
}
