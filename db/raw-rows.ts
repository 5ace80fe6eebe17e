import type { SQL } from "drizzle-orm";
import type { Db } from "./client";

/**
 * Rows of a raw SQL statement, for the few queries the query builder cannot express (a
 * recursive CTE). The two drivers return different shapes from execute(): postgres.js an
 * array of rows, PGlite an object with `rows`.
 */
export async function selectRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(result) ? result : result.rows;
}
