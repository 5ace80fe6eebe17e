import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { issuedDocuments, storedFiles } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { fileStore } from "@/lib/storage/store";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { form, request, signedIn } from "@/test/next-request";
import { issuedDocumentResponse } from "./download-route";
import { issueDocument } from "./issue";
import { commandContext, createIssuer, issueInput } from "./issue-test-helpers";
import { currentYearInVietnam, listIssuedDocuments, parseRegisterParams } from "./register-queries";

const { withdrawDocumentAction } = await import("./register-actions");

beforeEach(() => {
  request.user = null;
});

/** An issuer, two agencies and a document addressed to the first of them only. */
async function addressedDocument() {
  const { agency, user } = await createIssuer(db());
  const recipient = await createAgency(db());
  const stranger = await createAgency(db());
  const issued = await db().transaction((tx) => issueDocument(commandContext(tx, user.id), issueInput(agency.id, { recipientAgencyIds: [recipient.id] })));
  const officerOf = async (agencyId: number) => createUser(db(), { role: "unit_officer", agencyId });
  return { agency, user, issued, recipientOfficer: await officerOf(recipient.id), strangerOfficer: await officerOf(stranger.id) };
}

describe("downloading an issued document", () => {
  it("gives the recipient's unit officer the file as issued, byte for byte, and 404 to another unit", async () => {
    const { issued, recipientOfficer, strangerOfficer } = await addressedDocument();
    const stored = await fileStore.get(issued.fileId, db());
    const response = await issuedDocumentResponse(db(), recipientOfficer, String(issued.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("Content-Disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(issued.symbol.replace("/", "-"))}%20Th%C3%B4ng%20b%C3%A1o`);
    const first = Buffer.from(await response.arrayBuffer());
    expect(first.equals(stored?.bytes ?? Buffer.alloc(0))).toBe(true);
    const again = Buffer.from(await (await issuedDocumentResponse(db(), recipientOfficer, String(issued.id))).arrayBuffer());
    expect(again.equals(first)).toBe(true);

    expect((await issuedDocumentResponse(db(), strangerOfficer, String(issued.id))).status).toBe(404);
    expect((await issuedDocumentResponse(db(), { role: "unit_officer", agencyId: null }, String(issued.id))).status).toBe(404);
  });

  it("lets every other role download, and answers 404 for unknown and malformed ids", async () => {
    const { issued } = await addressedDocument();
    for (const role of ["viewer", "leader", "secretariat", "admin"] as const) {
      expect((await issuedDocumentResponse(db(), { role, agencyId: null }, String(issued.id))).status).toBe(200);
    }
    const viewer = { role: "viewer" as const, agencyId: null };
    for (const id of ["2147480000", "abc", "1.5", "-1", "99999999999"]) expect((await issuedDocumentResponse(db(), viewer, id)).status).toBe(404);
  });
});

describe("the register", () => {
  it("lists a year's documents by type, and only those addressed to a unit officer's agency", async () => {
    const { agency, user, issued, recipientOfficer, strangerOfficer } = await addressedDocument();
    await db().transaction((tx) => issueDocument(commandContext(tx, user.id), issueInput(agency.id, { kind: "invitation" })));
    const admin = { role: "admin" as const, agencyId: null };
    const all = await listIssuedDocuments(db(), admin, { year: 2012, page: 1 });
    const mine = all.rows.filter((row) => row.symbol.endsWith(`-${agency.code}`));
    expect(mine.map((row) => row.symbol).sort()).toEqual([`01/GM-${agency.code}`, `01/TB-${agency.code}`]);
    expect(mine.find((row) => row.id === issued.id)).toMatchObject({ issuedByName: user.displayName, signerName: "Nguyễn Văn A", withdrawnAt: null, conferenceTitle: null });
    const notices = await listIssuedDocuments(db(), admin, { year: 2012, type: "TB", page: 1 });
    expect(notices.rows.every((row) => row.typeCode === "TB")).toBe(true);
    expect((await listIssuedDocuments(db(), admin, { year: 2013, page: 1 })).rows.filter((row) => row.symbol.endsWith(`-${agency.code}`))).toEqual([]);

    expect((await listIssuedDocuments(db(), recipientOfficer, { year: 2012, page: 1 })).rows.map((row) => row.id)).toEqual([issued.id]);
    expect((await listIssuedDocuments(db(), strangerOfficer, { year: 2012, page: 1 })).total).toBe(0);
  });

  it("reads its filters from the address, this year by default", () => {
    const now = new Date("2024-12-31T17:30:00Z");
    expect(currentYearInVietnam(now)).toBe(2025);
    expect(parseRegisterParams({}, now)).toEqual({ year: 2025, type: undefined, page: 1 });
    expect(parseRegisterParams({ year: "2012", type: "TB", page: "2" }, now)).toEqual({ year: 2012, type: "TB", page: 2 });
    expect(parseRegisterParams({ year: "x", type: "QD", page: "-3" }, now)).toEqual({ year: 2025, type: undefined, page: 1 });
  });
});

describe("withdrawDocumentAction", () => {
  it("withdraws for the secretariat with a reason, refuses others, and keeps the file", async () => {
    const { issued, recipientOfficer } = await addressedDocument();
    request.user = signedIn(recipientOfficer);
    expect(await withdrawDocumentAction(idleFormState, form({ id: issued.id, reason: "Sai" }))).toMatchObject({ status: "error", message: "errors.forbidden" });
    request.user = signedIn(await createUser(db(), { role: "leader" }));
    expect(await withdrawDocumentAction(idleFormState, form({ id: issued.id, reason: "Sai" }))).toMatchObject({ status: "error", message: "errors.forbidden" });

    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    expect(await withdrawDocumentAction(idleFormState, form({ id: issued.id, reason: "  " }))).toMatchObject({ status: "error", fieldErrors: { reason: "documents.withdraw.reasonRequired" } });
    expect((await db().select({ withdrawnAt: issuedDocuments.withdrawnAt }).from(issuedDocuments).where(eq(issuedDocuments.id, issued.id)))[0].withdrawnAt).toBeNull();

    await expect(withdrawDocumentAction(idleFormState, form({ id: issued.id, reason: "Ban hành nhầm" }))).rejects.toMatchObject({ url: "/documents?year=2012&notice=documents.withdraw.done" });
    const [row] = await db().select({ withdrawReason: issuedDocuments.withdrawReason, fileId: issuedDocuments.fileId }).from(issuedDocuments).where(eq(issuedDocuments.id, issued.id));
    expect(row).toEqual({ withdrawReason: "Ban hành nhầm", fileId: issued.fileId });
    expect(await db().select({ id: storedFiles.id }).from(storedFiles).where(eq(storedFiles.id, issued.fileId))).toHaveLength(1);
    expect(await withdrawDocumentAction(idleFormState, form({ id: issued.id, reason: "Lần nữa" }))).toMatchObject({ status: "error", message: "documents.withdraw.already" });
  });
});
