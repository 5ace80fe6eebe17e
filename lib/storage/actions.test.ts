import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, storedFiles, type users } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { createConference, PDF_BYTES } from "./test-helpers";

import { request, signedIn } from "@/test/next-request";

const { deleteFileAction, uploadFileAction } = await import("./actions");


function uploadForm(ownerId: number, file: File | null): FormData {
  const data = new FormData();
  data.set("ownerType", "conference");
  data.set("ownerId", String(ownerId));
  if (file) data.set("file", file);
  return data;
}

const filesOf = (ownerId: number) => db().select({ id: storedFiles.id, fileName: storedFiles.fileName }).from(storedFiles).where(eq(storedFiles.ownerId, ownerId));

beforeEach(() => {
  request.user = null;
});

describe("file actions", () => {
  it("upload a file from the form for a manager, audited, and delete it again", async () => {
    const conference = await createConference(db(), (await createAgency(db())).id);
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    const result = await uploadFileAction(idleFormState, uploadForm(conference.id, new File([PDF_BYTES], "Báo cáo.pdf", { type: "text/html" })));
    expect(result).toEqual({ status: "ok", message: "files.uploaded" });
    const [row] = await filesOf(conference.id);
    expect(row.fileName).toBe("Báo cáo.pdf");
    const [stored] = await db().select({ contentType: storedFiles.contentType }).from(storedFiles).where(eq(storedFiles.id, row.id));
    expect(stored.contentType).toBe("application/pdf");
    expect(await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, row.id))).toEqual([{ action: "file.upload" }]);

    const data = new FormData();
    data.set("id", row.id);
    expect(await deleteFileAction(idleFormState, data)).toEqual({ status: "ok", message: "files.deleted" });
    expect(await filesOf(conference.id)).toEqual([]);
  });

  it("refuse a viewer, a wrong type and a missing file, and store nothing", async () => {
    const conference = await createConference(db(), (await createAgency(db())).id);
    request.user = signedIn(await createUser(db(), { role: "viewer" }));
    expect(await uploadFileAction(idleFormState, uploadForm(conference.id, new File([PDF_BYTES], "a.pdf")))).toMatchObject({ status: "error", message: "errors.forbidden" });
    request.user = signedIn(await createUser(db(), { role: "admin" }));
    expect(await uploadFileAction(idleFormState, uploadForm(conference.id, new File(["<html></html>"], "a.pdf")))).toMatchObject({ status: "error", fieldErrors: { file: "files.typeNotAllowed" } });
    expect(await uploadFileAction(idleFormState, uploadForm(conference.id, null))).toMatchObject({ status: "error", fieldErrors: { file: "files.chooseFile" } });
    expect(await uploadFileAction(idleFormState, uploadForm(conference.id, new File([], "rong.pdf")))).toMatchObject({ status: "error", fieldErrors: { file: "files.emptyFile" } });
    expect(await filesOf(conference.id)).toEqual([]);
    request.user = null;
    expect(await uploadFileAction(idleFormState, uploadForm(conference.id, new File([PDF_BYTES], "a.pdf")))).toMatchObject({ status: "error", message: "errors.signedOut" });
  });
});
