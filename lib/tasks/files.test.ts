import { describe, expect, it } from "vitest";
import { taskEvents } from "@/db/schema";
import { fileOwners } from "@/lib/storage/owners";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { createTaskRow } from "./test-helpers";

describe("evidence files on a task's history entry", () => {
  it("are seen with the task and added by its own units or the secretariat only", async () => {
    const [lead, coordinator, stranger] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const task = await createTaskRow(db(), { leadAgencyId: lead.id, coordinatorIds: [coordinator.id] });
    const [event] = await db().insert(taskEvents).values({ taskId: task.id, kind: "progress", agencyId: lead.id, text: "Tiến độ" }).returning();
    const owner = fileOwners.task_event;
    const as = (role: "unit_officer" | "viewer" | "secretariat" | "leader", agencyId: number | null) => ({ role, agencyId });
    expect(await owner.canView(db(), as("unit_officer", lead.id), event.id)).toBe(true);
    expect(await owner.canView(db(), as("unit_officer", stranger.id), event.id)).toBe(false);
    expect(await owner.canView(db(), as("viewer", null), event.id)).toBe(true);
    expect(await owner.canChange(db(), as("unit_officer", lead.id), event.id)).toBe(true);
    expect(await owner.canChange(db(), as("unit_officer", coordinator.id), event.id)).toBe(true);
    expect(await owner.canChange(db(), as("unit_officer", stranger.id), event.id)).toBe(false);
    expect(await owner.canChange(db(), as("viewer", lead.id), event.id)).toBe(false);
    expect(await owner.canChange(db(), as("leader", null), event.id)).toBe(false);
    expect(await owner.canChange(db(), as("secretariat", null), event.id)).toBe(true);
    expect(await owner.canView(db(), as("secretariat", null), 999_999)).toBe(false);
  });
});
