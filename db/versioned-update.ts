import { and, eq, sql } from "drizzle-orm";
import type { Db } from "./client";
import { agencies, agendaItems, bridgePoints, conferences, directives, indicatorPlans, indicatorReports, indicators, indicatorValues, invitations, people, tasks, users } from "./schema";
import { ConflictError, NotFoundError } from "@/lib/errors";

type VersionedTable =
  | typeof agencies
  | typeof people
  | typeof users
  | typeof conferences
  | typeof bridgePoints
  | typeof invitations
  | typeof agendaItems
  | typeof tasks
  | typeof directives
  | typeof indicators
  | typeof indicatorPlans
  | typeof indicatorReports
  | typeof indicatorValues;

/**
 * Updates one row only if nobody saved it since the form was loaded: the WHERE clause
 * carries the version the user saw, and the version moves on with the change. A lost
 * race is refused with ConflictError rather than silently overwriting the winner.
 * Returns the row before and after, for the audit log.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Db,
  table: T,
  id: number,
  expectedVersion: number,
  values: Partial<T["$inferInsert"]>,
): Promise<{ before: T["$inferSelect"]; after: T["$inferSelect"] }> {
  // Lock the row so that "before" is what this transaction actually overwrites.
  const [before] = (await tx.select().from(table as VersionedTable).where(eq(table.id, id)).for("update")) as T["$inferSelect"][];
  if (!before) throw new NotFoundError();
  if (before.version !== expectedVersion) throw new ConflictError();
  const [after] = (await tx
    .update(table as typeof agencies)
    .set({ ...(values as object), version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as T["$inferSelect"][];
  if (!after) throw new ConflictError();
  return { before, after };
}
