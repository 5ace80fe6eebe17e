import { type AnyColumn, type SQL, type SQLWrapper, sql } from "drizzle-orm";

/**
 * column = ANY(ARRAY(subquery)): the rows whose id a short subquery (a page, a capped list)
 * picked, found by primary key. As `column IN (subquery)` the planner may hash-join the
 * subquery with a scan of the whole table when that table is small enough that a scan looks
 * cheaper than fifty index probes (10 000 tasks at the benchmark's small scale), and the plan
 * then reads two hundred rows for each it returns. An array is looked up row by row.
 */
export function idIn(column: AnyColumn, subquery: SQLWrapper): SQL {
  return sql`${column} = any(array(${subquery}))`;
}
