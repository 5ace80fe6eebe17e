import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies, auditLog, taskEvents, tasks } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { mergeAgency } from "@/lib/directory/commands";
import type { DivisionChoice } from "@/lib/directory/validation";
import { UserFacingError } from "@/lib/errors";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { loadVisibleTask } from "./access";
import { createTaskRow } from "./test-helpers";

describe("merging an agency in the directory", () => {
  it("moves its open tasks to the successor in the same transaction, closed tasks stay", async () => {
    const [old, successor] = [await createAgency(db(), { validFrom: "2008-01-01" }), await createAgency(db(), { validFrom: "2008-01-01" })];
    const open = await createTaskRow(db(), { leadAgencyId: old.id });
    const closed = await createTaskRow(db(), { leadAgencyId: old.id, completedOn: "2012-08-01" });
    await db().transaction((tx) =>
      mergeAgency({ tx, audit: (entry) => writeAudit(tx, entry) }, { id: old.id, version: 1, successorId: successor.id, mergeDate: "2025-03-01" }),
    );
    const leadOf = async (id: number) => (await db().select({ lead: tasks.leadAgencyId }).from(tasks).where(eq(tasks.id, id)))[0].lead;
    expect(await leadOf(open.id)).toBe(successor.id);
    expect(await leadOf(closed.id)).toBe(old.id);
    expect((await db().select().from(taskEvents).where(eq(taskEvents.taskId, open.id))).map((e) => e.kind)).toEqual(["moved_to_successor"]);
    const audits = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(old.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(["agency.merge", "task.move_to_successor"]);
  });

  it("lets the successor's officers reach the tasks that moved to them", async () => {
    const [old, successor] = [await createAgency(db()), await createAgency(db())];
    const open = await createTaskRow(db(), { leadAgencyId: old.id });
    const successorOfficer = { role: "unit_officer" as const, agencyId: successor.id };
    expect(await loadVisibleTask(db(), open.id, successorOfficer)).toBeNull();
    await merge(old.id, successor.id);
    expect((await loadVisibleTask(db(), open.id, successorOfficer))?.id).toBe(open.id);
  });

  it("asks what becomes of the merged agency's active divisions, and moves or retires them", async () => {
    const setUp = async () => {
      const [old, successor] = [await createAgency(db()), await createAgency(db())];
      const division = await createAgency(db(), { parentId: old.id });
      const retired = await createAgency(db(), { parentId: old.id, validTo: "2020-12-31" });
      const task = await createTaskRow(db(), { leadAgencyId: division.id });
      return { old, successor, division, retired, task };
    };
    const agency = async (id: number) => (await db().select().from(agencies).where(eq(agencies.id, id)))[0];

    const unanswered = await setUp();
    const refusal = await merge(unanswered.old.id, unanswered.successor.id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UserFacingError);
    expect(refusal).toMatchObject({ messageKey: "directory.divisionsChoose", field: "divisions" });
    expect(await agency(unanswered.old.id)).toMatchObject({ validTo: null, successorId: null });

    const moved = await setUp();
    await merge(moved.old.id, moved.successor.id, "move");
    expect(await agency(moved.division.id)).toMatchObject({ parentId: moved.successor.id, validTo: null, version: 2 });
    expect(await agency(moved.retired.id)).toMatchObject({ parentId: moved.old.id });

    const ended = await setUp();
    await merge(ended.old.id, ended.successor.id, "retire");
    expect(await agency(ended.division.id)).toMatchObject({ parentId: ended.old.id, validTo: "2025-02-28", successorId: ended.successor.id });
    const [task] = await db().select({ lead: tasks.leadAgencyId }).from(tasks).where(eq(tasks.id, ended.task.id));
    expect(task.lead).toBe(ended.successor.id);
  });
});

function merge(id: number, successorId: number, divisions?: DivisionChoice) {
  return db().transaction((tx) => mergeAgency({ tx, audit: (entry) => writeAudit(tx, entry) }, { id, version: 1, successorId, mergeDate: "2025-03-01", divisions }));
}
