import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { bridgePoints } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { UserFacingError } from "@/lib/errors";
import { createConference } from "@/lib/storage/test-helpers";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { addBridgeList, moveBridgePoint, updateBridgePoint } from "./bridge-commands";

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
    await run((ctx) => moveBridgePoint(ctx, { conferenceId: conference.id, id: c.id, direction: "up" }));
    await run((ctx) => moveBridgePoint(ctx, { conferenceId: conference.id, id: a.id, direction: "up" }));
    expect((await pointsOf(conference.id)).map((p) => `${p.position}:${p.name}`)).toEqual(["1:A", "2:C", "3:B"]);
    await run((ctx) => updateBridgePoint(ctx, { conferenceId: conference.id, id: c.id, name: "C mới", place: "Hội trường", responsibleAgencyId: agency.id }));
    expect((await pointsOf(conference.id))[1]).toMatchObject({ name: "C mới", place: "Hội trường", responsibleAgencyId: agency.id, position: 2 });
  });
});
