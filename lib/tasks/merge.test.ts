import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, taskEvents, tasks } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { mergeAgency } from "@/lib/directory/commands";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
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
});
