import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { bridgePoints } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { ConflictError, UserFacingError } from "@/lib/errors";
import { createConference } from "@/lib/storage/test-helpers";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { addBridgeList, moveBridgePoint, updateBridgePoint } from "./bridge-commands";
import { removeBridgePoint } from "./commands";

function run<T>(command: (ctx: { tx: Db; actorId: null; audit: (entry: Parameters<typeof writeAudit>[1]) => Promise<void> }) => Promise<T>): Promise<T> {
  return db().transaction((tx) => command({ tx, actorId: null, audit: (entry) => writeAudit(tx, entry) }));
}

const pointsOf = (conferenceId: number) =>
  db().select().from(bridgePoints).where(eq(bridgePoints.conferenceId, conferenceId)).orderBy(asc(bridgePoints.position));

describe("bridge points in bulk", () => {
  it("adds 60 points from a list in one step, with their agencies, after the existing ones", async () => {
    const agency = await createAgency(db(), { code: "UBND-MN-T" });
    const conference = await createConference(db(), agency.id);
    const list = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? `Điểm cầu ${i + 1} — UBND-MN-T` : `Điểm cầu ${i + 1}`)).join("\n");
    expect(await run((ctx) => addBridgeList(ctx, { conferenceId: conference.id, list }))).toBe(60);
    const points = await pointsOf(conference.id);
    expect(points).toHaveLength(60);
    expect(points.map((p) => p.position)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(points[0]).toMatchObject({ name: "Điểm cầu 1", responsibleAgencyId: agency.id });
    expect(points[1]).toMatchObject({ name: "Điểm cầu 2", responsibleAgencyId: null });
  });

  it("saves nothing when one line is wrong (all or nothing)", async () => {
    const agency = await createAgency(db());
    const conference = await createConference(db(), agency.id);
    const refused = await run((ctx) => addBridgeList(ctx, { conferenceId: conference.id, list: "Điểm cầu A\nĐiểm cầu B — Không có đơn vị này" })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserFacingError);
    expect(refused).toMatchObject({ messageKey: "conferences.bridge.errors.listInvalid", field: "list" });
    expect(await pointsOf(conference.id)).toHaveLength(0);
  });

  it("edits a point and moves it up and down, numbering kept 1..n", async () => {
    const agency = await createAgency(db());
    const conference = await createConference(db(), agency.id);
    await run((ctx) => addBridgeList(ctx, { conferenceId: conference.id, list: "A\nB\nC" }));
    const [a, , c] = await pointsOf(conference.id);
    await run((ctx) => moveBridgePoint(ctx, { conferenceId: conference.id, id: c.id, version: c.version, direction: "up" }));
    await run((ctx) => moveBridgePoint(ctx, { conferenceId: conference.id, id: a.id, version: a.version, direction: "up" }));
    expect((await pointsOf(conference.id)).map((p) => `${p.position}:${p.name}`)).toEqual(["1:A", "2:C", "3:B"]);
    const moved = (await pointsOf(conference.id))[1];
    await run((ctx) => updateBridgePoint(ctx, { conferenceId: conference.id, id: c.id, version: moved.version, name: "C mới", place: "Hội trường", responsibleAgencyId: agency.id }));
    expect((await pointsOf(conference.id))[1]).toMatchObject({ name: "C mới", place: "Hội trường", responsibleAgencyId: agency.id, position: 2 });
  });

  it("refuses an edit, a move or a removal made on a list someone changed since, and loses nothing", async () => {
    const agency = await createAgency(db());
    const conference = await createConference(db(), agency.id);
    await run((ctx) => addBridgeList(ctx, { conferenceId: conference.id, list: "A\nB\nC" }));
    const [a, b, c] = await pointsOf(conference.id);
    // Clerk 1 renames B (version 1 → 2) while clerk 2 still has the list as it was.
    await run((ctx) => updateBridgePoint(ctx, { conferenceId: conference.id, id: b.id, version: b.version, name: "B của người 1" }));
    // Each attempt starts only when the one before has been refused: a rejection
    // nobody awaits yet would surface as an unhandled error and fail the run.
    const staleAttempts = [
      () => run((ctx) => updateBridgePoint(ctx, { conferenceId: conference.id, id: b.id, version: b.version, name: "B của người 2" })),
      () => run((ctx) => moveBridgePoint(ctx, { conferenceId: conference.id, id: b.id, version: b.version, direction: "up" })),
      () => run((ctx) => removeBridgePoint(ctx, { conferenceId: conference.id, id: b.id, version: b.version })),
    ];
    for (const attempt of staleAttempts) await expect(attempt()).rejects.toBeInstanceOf(ConflictError);
    // A move changes the numbers of both points: an edit of either made on the old list is refused too.
    await run((ctx) => moveBridgePoint(ctx, { conferenceId: conference.id, id: c.id, version: c.version, direction: "up" }));
    await expect(run((ctx) => updateBridgePoint(ctx, { conferenceId: conference.id, id: c.id, version: c.version, name: "C cũ" }))).rejects.toBeInstanceOf(ConflictError);
    expect((await pointsOf(conference.id)).map((p) => `${p.position}:${p.name}:${p.version}`)).toEqual(["1:A:1", "2:C:2", "3:B của người 1:3"]);
    // The current version goes through.
    await run((ctx) => removeBridgePoint(ctx, { conferenceId: conference.id, id: a.id, version: a.version }));
    expect((await pointsOf(conference.id)).map((p) => p.name)).toEqual(["C", "B của người 1"]);
  });
});
