import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { storedFiles, taskEvents, tasks } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { PDF_BYTES } from "@/lib/storage/test-helpers";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { form, request, signedIn } from "@/test/next-request";
import { createTaskRow } from "./test-helpers";

const actions = await import("./actions");

beforeEach(() => {
  request.user = null;
});

function withFile(values: Record<string, string | number>, field: string, file: File): FormData {
  const data = form(values);
  data.set(field, file);
  return data;
}

async function filesOf(taskId: number) {
  return db()
    .select({ fileName: storedFiles.fileName, kind: taskEvents.kind })
    .from(storedFiles)
    .innerJoin(taskEvents, eq(taskEvents.id, storedFiles.ownerId))
    .where(eq(taskEvents.taskId, taskId));
}

describe("the evidence file chosen in a report form", () => {
  it("is stored on the report's history entry, with progress, contribution and completion", async () => {
    const [lead, coordinator] = [await createAgency(db()), await createAgency(db())];
    const task = await createTaskRow(db(), { leadAgencyId: lead.id, coordinatorIds: [coordinator.id] });
    const pdf = (name: string) => new File([PDF_BYTES], name, { type: "application/pdf" });
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: lead.id }));
    expect(await actions.reportProgressAction(idleFormState, withFile({ taskId: task.id, text: "Đã tập huấn" }, "evidenceFile", pdf("tien-do.pdf")))).toMatchObject({ status: "ok" });
    expect(await actions.reportCompletionAction(idleFormState, withFile({ taskId: task.id, version: 1, completionText: "Xong" }, "completionEvidenceFile", pdf("hoan-thanh.pdf")))).toMatchObject({
      status: "ok",
    });
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: coordinator.id }));
    const contribution = form({ taskId: task.id, agencyId: coordinator.id, text: "Phối hợp" });
    contribution.set("evidenceFile", new File([], ""));
    expect(await actions.addContributionAction(idleFormState, contribution)).toMatchObject({ status: "ok" });
    // The same empty input as the browser's post reaches the action: a 0-byte part named "undefined".
    contribution.set("evidenceFile", new File([], "undefined"));
    expect(await actions.addContributionAction(idleFormState, contribution)).toMatchObject({ status: "ok" });
    const stored = await filesOf(task.id);
    expect(stored.map((row) => `${row.kind}:${row.fileName}`).sort()).toEqual(["completion_reported:hoan-thanh.pdf", "progress:tien-do.pdf"]);
  });

  it("refused (type not allowed) leaves no report behind, and the error sits under the file field", async () => {
    const lead = await createAgency(db());
    const task = await createTaskRow(db(), { leadAgencyId: lead.id });
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: lead.id }));
    const exe = new File([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1")], "virus.exe");
    const result = await actions.reportCompletionAction(idleFormState, withFile({ taskId: task.id, version: 1, completionText: "Xong" }, "completionEvidenceFile", exe));
    expect(result).toMatchObject({ status: "error", fieldErrors: { completionEvidenceFile: "files.typeNotAllowed" } });
    expect(await db().select().from(taskEvents).where(eq(taskEvents.taskId, task.id))).toHaveLength(0);
    const [after] = await db().select().from(tasks).where(eq(tasks.id, task.id));
    expect(after).toMatchObject({ version: 1, completionReportedAt: null });
    expect(await filesOf(task.id)).toHaveLength(0);
  });
});
