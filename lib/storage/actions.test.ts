import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, storedFiles, type users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { createConference, PDF_BYTES } from "./test-helpers";

// Outside Next the request is replaced; mutate(), the commands and the store run for real.
const request = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => request.user }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => Object.assign((key: string) => key, { has: () => true }) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({ redirect: () => undefined }));

const { deleteFileAction, uploadFileAction } = await import("./actions");

const signedIn = (row: typeof users.$inferSelect): CurrentUser => ({ id: row.id, username: row.username, displayName: row.displayName, role: row.role, agencyId: row.agencyId, agencyName: null });

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
