import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, taskCoordinators, taskEvents, tasks } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { form, request, signedIn } from "@/test/next-request";
import { createTaskRow } from "./test-helpers";

const actions = await import("./actions");

beforeEach(() => {
  request.user = null;
});

async function snapshot(taskId: number) {
  const [task] = await db().select().from(tasks).where(eq(tasks.id, taskId));
  const events = await db().select().from(taskEvents).where(eq(taskEvents.taskId, taskId));
  const coordinators = await db().select().from(taskCoordinators).where(eq(taskCoordinators.taskId, taskId));
  const audits = await db().select().from(auditLog).where(eq(auditLog.entityId, String(taskId)));
  return { task, events: events.length, coordinators: coordinators.length, audits: audits.length };
}

describe("task actions", () => {
  it("refuse another agency's unit officer and a viewer, leaving the database unchanged", async () => {
    const [lead, coordinator, stranger] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const task = await createTaskRow(db(), { leadAgencyId: lead.id, coordinatorIds: [coordinator.id], completionReportedAt: new Date() });
    const before = await snapshot(task.id);
    const attempts = (agencyId: number) => [
      actions.reportProgressAction(idleFormState, form({ taskId: task.id, text: "Tiến độ" })),
      actions.addContributionAction(idleFormState, form({ taskId: task.id, agencyId, text: "Phối hợp" })),
      actions.addContributionAction(idleFormState, form({ taskId: task.id, agencyId: coordinator.id, text: "Mạo danh" })),
      actions.reportCompletionAction(idleFormState, form({ taskId: task.id, version: 1, completionText: "Xong" })),
      actions.requestExtensionAction(idleFormState, form({ taskId: task.id, version: 1, requestedDeadline: "31/01/2013", reason: "Lý do" })),
      actions.acceptCompletionAction(idleFormState, form({ taskId: task.id, version: 1 })),
      actions.returnCompletionAction(idleFormState, form({ taskId: task.id, version: 1, returnComment: "Trả lại" })),
      actions.updateTaskAction(idleFormState, form({ id: task.id, version: 1, title: "Đổi", leadAgencyId: agencyId, deadline: "31/01/2013" })),
    ];
    for (const user of [await createUser(db(), { role: "unit_officer", agencyId: stranger.id }), await createUser(db(), { role: "viewer" })]) {
      request.user = signedIn(user);
      for (const result of await Promise.all(attempts(stranger.id))) expect(result).toMatchObject({ status: "error", message: "errors.forbidden" });
    }
    expect(await snapshot(task.id)).toEqual(before);
  });

  it("ignore status, deadline and assignment fields a unit officer adds to a report, and refuse assigning", async () => {
    const [lead, other] = [await createAgency(db()), await createAgency(db())];
    const task = await createTaskRow(db(), { leadAgencyId: lead.id, deadline: "2012-09-30" });
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: lead.id }));
    const sneaky = { deadline: "31/12/2013", originalDeadline: "31/12/2013", leadAgencyId: other.id, completedOn: "01/08/2012", coordinatorIds: other.id, version: 1 };
    expect(await actions.reportProgressAction(idleFormState, form({ taskId: task.id, text: "Đang làm", percent: 50, ...sneaky }))).toMatchObject({ status: "ok" });
    expect(await actions.reportCompletionAction(idleFormState, form({ taskId: task.id, completionText: "Xong", ...sneaky }))).toMatchObject({ status: "ok" });
    const refused = await actions.updateTaskAction(idleFormState, form({ id: task.id, title: "Tự giao", ...sneaky, version: 2 }));
    expect(refused).toMatchObject({ status: "error", message: "errors.forbidden" });
    const accept = await actions.acceptCompletionAction(idleFormState, form({ taskId: task.id, version: 2 }));
    expect(accept).toMatchObject({ status: "error", message: "errors.forbidden" });
    const [stored] = await db().select().from(tasks).where(eq(tasks.id, task.id));
    expect(stored).toMatchObject({ leadAgencyId: lead.id, deadline: "2012-09-30", originalDeadline: "2012-09-30", completedOn: null, version: 2 });
    expect(stored.completionReportedAt).not.toBeNull();
    expect(await db().select().from(taskCoordinators).where(eq(taskCoordinators.taskId, task.id))).toHaveLength(0);
  });

  it("show an empty completion report under its field and write nothing", async () => {
    const lead = await createAgency(db());
    const task = await createTaskRow(db(), { leadAgencyId: lead.id });
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: lead.id }));
    const result = await actions.reportCompletionAction(idleFormState, form({ taskId: task.id, version: 1, completionText: "" }));
    expect(result).toMatchObject({ status: "error", fieldErrors: { completionText: "tasks.errors.completionTextRequired" } });
    expect((await snapshot(task.id)).events).toBe(0);
  });
});
