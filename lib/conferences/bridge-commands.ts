import { and, asc, eq, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, bridgePoints, conferences } from "@/db/schema";
import type { CommandContext } from "@/lib/commands";
import { updateVersioned } from "@/db/versioned-update";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { type AgencyName, MAX_BRIDGE_LINES, parseBridgeList } from "./bridge-list";
import type { MoveBridgePointInput, UpdateBridgePointInput } from "./validation";

/*
 * Bridge points in bulk, edited and reordered. Every change locks the conference row first,
 * so two clerks adding lists at once get consecutive positions, not the same ones.
 */

async function lockConference(tx: Db, conferenceId: number): Promise<void> {
  const [conference] = await tx.select({ id: conferences.id }).from(conferences).where(eq(conferences.id, conferenceId)).for("update");
  if (!conference) throw new NotFoundError();
}

/** Every agency by the names a clerk may type (one query for the whole list). */
export function listAgencyNames(db: Db): Promise<AgencyName[]> {
  return db.select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName, code: agencies.code }).from(agencies);
}


/**
 * Adds the whole list after the existing points, or nothing: one bad line refuses it all
 * (the preview showed every line's problem before). One insert and one audit row.
 */
export async function addBridgeList({ tx, audit }: CommandContext, input: { conferenceId: number; list: string }): Promise<number> {
  await lockConference(tx, input.conferenceId);
  const lines = parseBridgeList(input.list, await listAgencyNames(tx));
  if (lines.length === 0) throw new UserFacingError("conferences.bridge.errors.empty", "list");
  if (lines.length > MAX_BRIDGE_LINES) throw new UserFacingError("conferences.bridge.errors.tooMany", "list");
  // The preview named each bad line; here the list is refused as a whole.
  if (lines.some((line) => line.error !== null)) throw new UserFacingError("conferences.bridge.errors.listInvalid", "list");
  const [{ last }] = await tx.select({ last: max(bridgePoints.position) }).from(bridgePoints).where(eq(bridgePoints.conferenceId, input.conferenceId));
  const rows = await tx
    .insert(bridgePoints)
    .values(lines.map((line, i) => ({ conferenceId: input.conferenceId, position: (last ?? 0) + i + 1, name: line.name, responsibleAgencyId: line.agency?.id ?? null })))
    .returning({ id: bridgePoints.id });
  await audit({ action: "bridge_point.create_many", entityType: "conference", entityId: input.conferenceId, after: { count: rows.length, names: lines.map((l) => l.name) } });
  return rows.length;
}

export async function updateBridgePoint({ tx, audit }: CommandContext, input: UpdateBridgePointInput): Promise<void> {
  await lockConference(tx, input.conferenceId);
  if (input.responsibleAgencyId !== undefined) {
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.responsibleAgencyId)).limit(1);
    if (!agency) throw new UserFacingError("conferences.errors.bridgeAgencyUnknown", "responsibleAgencyId");
  }
  // The point must belong to this conference (the permission was checked on it); the version check follows.
  const [point] = await tx.select({ id: bridgePoints.id }).from(bridgePoints).where(and(eq(bridgePoints.id, input.id), eq(bridgePoints.conferenceId, input.conferenceId)));
  if (!point) throw new NotFoundError();
  const { before, after } = await updateVersioned(tx, bridgePoints, input.id, input.version, {
    name: input.name,
    place: input.place ?? null,
    responsibleAgencyId: input.responsibleAgencyId ?? null,
    contact: input.contact ?? null,
  });
  await audit({ action: "bridge_point.update", entityType: "bridge_point", entityId: after.id, before, after });
}

/**
 * Moves a point one place up or down (swapping with its neighbour); numbering stays 1..n.
 * Every point whose number changes moves its version on, so a move made on a list someone
 * has reordered (or edited) since it was shown is refused instead of moving the wrong row.
 */
export async function moveBridgePoint({ tx, audit }: CommandContext, input: MoveBridgePointInput): Promise<void> {
  await lockConference(tx, input.conferenceId);
  const points = await tx
    .select({ id: bridgePoints.id, position: bridgePoints.position, version: bridgePoints.version })
    .from(bridgePoints)
    .where(eq(bridgePoints.conferenceId, input.conferenceId))
    .orderBy(asc(bridgePoints.position), asc(bridgePoints.id));
  const at = points.findIndex((point) => point.id === input.id);
  if (at === -1) throw new NotFoundError();
  if (points[at].version !== input.version) throw new ConflictError();
  const to = input.direction === "up" ? at - 1 : at + 1;
  if (to < 0 || to >= points.length) return;
  const order = points.map((point) => point.id);
  [order[at], order[to]] = [order[to], order[at]];
  for (const [i, id] of order.entries()) {
    if (points[i].id !== id || points[i].position !== i + 1) {
      await tx
        .update(bridgePoints)
        .set({ position: i + 1, version: sql`${bridgePoints.version} + 1`, updatedAt: new Date() })
        .where(eq(bridgePoints.id, id));
    }
  }
  await audit({ action: "bridge_point.move", entityType: "bridge_point", entityId: input.id, after: { position: to + 1 } });
}
