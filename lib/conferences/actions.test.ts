import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, bridgePoints, conferences, conferenceStatusChanges, users } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createUser, unique } from "@/test/factories";

import { form, Redirected, request, signedIn } from "@/test/next-request";

const { addBridgePointAction, changeConferenceStatusAction, createConferenceAction, deleteConferenceAction, removeBridgePointAction, updateConferenceAction } = await import("./actions");



const fields = (hostAgencyId: number, title: string) => ({
  title,
  kind: "mid_year_review",
  reviewedPeriod: "2012-H1",
  date: "02/07/2012",
  startTime: "08:00",
  endTime: "11:30",
  hostAgencyId,
  format: "in_person",
});

beforeEach(() => {
  request.user = null;
});

describe("conference actions", () => {
  it("refuse leader, unit officer and viewer and leave the database unchanged", async () => {
    const host = await createAgency(db());
    const [target] = await db()
      .insert(conferences)
      .values({ title: "Giữ nguyên", kind: "thematic", hostAgencyId: host.id, startsAt: new Date("2012-07-02T01:00:00Z"), endsAt: new Date("2012-07-02T04:00:00Z") })
      .returning();
    const [bridge] = await db().insert(bridgePoints).values({ conferenceId: target.id, position: 1, name: "Điểm cầu tỉnh" }).returning();
    for (const role of ["leader", "unit_officer", "viewer"] as const) {
      request.user = signedIn(await createUser(db(), { role, agencyId: host.id }));
      const title = unique("Không được tạo");
      const results = [
        await createConferenceAction(idleFormState, form(fields(host.id, title))),
        await updateConferenceAction(idleFormState, form({ id: target.id, version: 1, ...fields(host.id, "Đổi tên") })),
        await changeConferenceStatusAction(idleFormState, form({ id: target.id, version: 1, transition: "schedule" })),
        await changeConferenceStatusAction(idleFormState, form({ id: target.id, version: 1, transition: "cancel", reason: "x" })),
        await deleteConferenceAction(idleFormState, form({ id: target.id, version: 1 })),
        await addBridgePointAction(idleFormState, form({ conferenceId: target.id, name: "Điểm cầu mới" })),
        await removeBridgePointAction(idleFormState, form({ conferenceId: target.id, id: bridge.id, version: bridge.version })),
      ];
      for (const result of results) expect(result).toMatchObject({ status: "error", message: "errors.forbidden" });
      expect(await db().select().from(conferences).where(eq(conferences.title, title))).toHaveLength(0);
    }
    const [after] = await db().select().from(conferences).where(eq(conferences.id, target.id));
    expect(after).toMatchObject({ title: "Giữ nguyên", status: "draft", version: 1, sequence: 0 });
    expect(await db().select().from(bridgePoints).where(eq(bridgePoints.conferenceId, target.id))).toHaveLength(1);
    expect(await db().select().from(conferenceStatusChanges).where(eq(conferenceStatusChanges.conferenceId, target.id))).toHaveLength(0);
    expect(await db().select().from(auditLog).where(eq(auditLog.entityId, String(target.id)))).toHaveLength(0);
  });

  it("let the secretariat create, then refuse a second save from the same version", async () => {
    const host = await createAgency(db());
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    const title = unique("Sơ kết");
    await expect(createConferenceAction(idleFormState, form(fields(host.id, title)))).rejects.toThrow(Redirected);
    const [created] = await db().select().from(conferences).where(eq(conferences.title, title));
    expect(created).toMatchObject({ status: "draft", createdById: request.user.id });

    await expect(updateConferenceAction(idleFormState, form({ id: created.id, version: 1, ...fields(host.id, `${title} (sửa)`) }))).rejects.toThrow(Redirected);
    const second = await updateConferenceAction(idleFormState, form({ id: created.id, version: 1, ...fields(host.id, `${title} (bản cũ)`) }));
    expect(second).toMatchObject({ status: "error", message: "errors.conflict" });
    const [stored] = await db().select().from(conferences).where(eq(conferences.id, created.id));
    expect(stored.title).toBe(`${title} (sửa)`);
  });

  it("show an end before the start and an unknown host under their fields, writing nothing", async () => {
    const host = await createAgency(db());
    request.user = signedIn(await createUser(db(), { role: "admin" }));
    const title = unique("Sai giờ");
    const early = await createConferenceAction(idleFormState, form({ ...fields(host.id, title), endTime: "07:00" }));
    expect(early).toMatchObject({ status: "error", fieldErrors: { endTime: "conferences.errors.endBeforeStart" } });
    const badTime = await createConferenceAction(idleFormState, form({ ...fields(host.id, title), startTime: "8 giờ" }));
    expect(badTime).toMatchObject({ status: "error", fieldErrors: { startTime: "conferences.errors.time" } });
    const unknownHost = await createConferenceAction(idleFormState, form(fields(999_999, title)));
    expect(unknownHost).toMatchObject({ status: "error", fieldErrors: { hostAgencyId: "conferences.errors.hostUnknown" } });
    expect(await db().select().from(conferences).where(eq(conferences.title, title))).toHaveLength(0);
  });
});
