import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies, conferences, directives, taskCoordinators, taskEvents, taskExtensionRequests, tasks } from "@/db/schema";
import { deriveTaskStatus, TASK_STATUSES, todayInVietnam } from "@/lib/tasks/status";
import { db } from "@/test/db";
import { SEED_CONFERENCE_TITLE } from "./conferences";
import { seedDemo } from "./index";

describe("demo tasks", () => {
  it("seeds tasks of the seed conference's directives in every status, once", async () => {
    await seedDemo(db());
    const [review] = await db().select({ id: conferences.id }).from(conferences).where(eq(conferences.title, SEED_CONFERENCE_TITLE));
    const directiveIds = (await db().select({ id: directives.id }).from(directives).where(eq(directives.conferenceId, review.id))).map((d) => d.id);
    const seeded = await db().select().from(tasks).where(inArray(tasks.directiveId, directiveIds));
    await seedDemo(db());
    expect(await db().select({ id: tasks.id }).from(tasks).where(inArray(tasks.directiveId, directiveIds))).toHaveLength(seeded.length);

    const today = todayInVietnam();
    const statuses = new Set(seeded.map((task) => deriveTaskStatus(task, today).status));
    expect([...statuses].sort()).toEqual([...TASK_STATUSES].sort());
    // On time against the extended deadline, late against the original one.
    const extended = seeded.map((task) => deriveTaskStatus(task, today)).filter((d) => d.status === "completed_on_time" && d.lateAgainstOriginal);
    expect(extended).toHaveLength(1);
    expect(seeded.filter((task) => task.completionReportedAt && !task.completedOn)).toHaveLength(1);
    const pending = await db().select().from(taskExtensionRequests).where(and(inArray(taskExtensionRequests.taskId, seeded.map((t) => t.id)), eq(taskExtensionRequests.decision, "pending")));
    expect(pending).toHaveLength(1);

    const byCode = async (code: string) => (await db().select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code)))[0].id;
    const leads = new Set(seeded.map((t) => t.leadAgencyId));
    for (const code of ["BCXB", "BCVT", "CNTT", "VHTT-DBP"]) expect(leads.has(await byCode(code))).toBe(true);
    const coordinating = new Set((await db().select().from(taskCoordinators).where(inArray(taskCoordinators.taskId, seeded.map((t) => t.id)))).map((c) => c.agencyId));
    for (const code of ["VNPT", "VIETTEL", "MOBIFONE"]) expect(coordinating.has(await byCode(code))).toBe(true);
    const progress = await db().select().from(taskEvents).where(and(inArray(taskEvents.taskId, seeded.map((t) => t.id)), eq(taskEvents.kind, "progress"), isNotNull(taskEvents.text)));
    expect(progress.length).toBeGreaterThanOrEqual(3);
  });
});
