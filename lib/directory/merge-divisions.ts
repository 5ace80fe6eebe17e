import { and, eq, gte, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies } from "@/db/schema";
import type { Audit } from "@/lib/commands";
import { UserFacingError } from "@/lib/errors";
import { moveOpenTasksToSuccessor } from "@/lib/tasks/commands";
import { lastDayBefore } from "./rules";
import type { DivisionChoice } from "./validation";

/*
 * An agency merged into a successor leaves its divisions (Phòng, Trung tâm) behind: either
 * they move under the successor as they are, or they end with it (retired on the same day,
 * into the same successor, so their open tasks follow too). The clerk chooses; a merge of an
 * agency with active divisions and no choice is refused with the question under its field.
 */


/** The agency's divisions (direct units) still in existence on `date`, by name. */
export async function activeDivisions(db: Db, agencyId: number, date: string): Promise<{ id: number; name: string }[]> {
  return db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(and(eq(agencies.parentId, agencyId), or(isNull(agencies.validTo), gte(agencies.validTo, date))))
    .orderBy(agencies.name, agencies.id);
}

/** Moves or retires the merged agency's active divisions, each with an audit row. */
export async function settleDivisions(tx: Db, audit: Audit, input: { id: number; successorId: number; mergeDate: string; divisions?: DivisionChoice }): Promise<void> {
  const divisions = await activeDivisions(tx, input.id, input.mergeDate);
  if (divisions.length === 0) return;
  if (!input.divisions) throw new UserFacingError("directory.divisionsChoose", "divisions");
  const ids = divisions.map((division) => division.id);
  if (input.divisions === "move") {
    const moved = await tx
      .update(agencies)
      .set({ parentId: input.successorId, version: sql`${agencies.version} + 1`, updatedAt: new Date() })
      .where(inArray(agencies.id, ids))
      .returning({ id: agencies.id });
    for (const row of moved) await audit({ action: "agency.move_division", entityType: "agency", entityId: row.id, before: { parentId: input.id }, after: { parentId: input.successorId } });
    return;
  }
  const validTo = lastDayBefore(input.mergeDate);
  await tx
    .update(agencies)
    .set({ validTo, successorId: input.successorId, version: sql`${agencies.version} + 1`, updatedAt: new Date() })
    .where(inArray(agencies.id, ids));
  for (const id of ids) {
    await audit({ action: "agency.merge", entityType: "agency", entityId: id, after: { validTo, successorId: input.successorId, withParent: input.id } });
    await moveOpenTasksToSuccessor(tx, id, input.successorId, null, audit);
  }
}
