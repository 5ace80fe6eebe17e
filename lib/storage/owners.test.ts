import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, storedFiles } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { deleteFile, uploadFile } from "./commands";
import { downloadResponse } from "./download";
import { fileOwners } from "./owners";
import { fileStore } from "./store";
import { createAgendaItem, createConference, inviteAgency, PDF_BYTES } from "./test-helpers";

const NAME = "Báo cáo 6 tháng đầu năm 2012.pdf";

async function scenario() {
  const host = await createAgency(db());
  const invited = await createAgency(db());
  const outsider = await createAgency(db());
  const conference = await createConference(db(), host.id);
  await inviteAgency(db(), conference.id, invited.id);
  const item = await createAgendaItem(db(), conference.id);
  const users = {
    secretariat: await createUser(db(), { role: "secretariat" }),
    leader: await createUser(db(), { role: "leader" }),
    invitedOfficer: await createUser(db(), { role: "unit_officer", agencyId: invited.id }),
    outsideOfficer: await createUser(db(), { role: "unit_officer", agencyId: outsider.id }),
  };
  const file = await fileStore.put({ ownerType: "conference", ownerId: conference.id, fileName: NAME, bytes: PDF_BYTES, uploadedById: users.secretariat.id }, db());
  return { conference, item, users, file };
}

const noAudit = async (_entry: Omit<AuditEntry, "actorId" | "actorUsername" | "meta">) => undefined;

describe("file owners", () => {
  it("let a file be seen exactly by those who see its conference or agenda item, and changed only by managers", async () => {
    const { conference, item, users } = await scenario();
    for (const owner of [fileOwners.conference, fileOwners.agenda_item] as const) {
      const id = owner === fileOwners.conference ? conference.id : item.id;
      expect(await owner.canView(db(), users.invitedOfficer, id)).toBe(true);
      expect(await owner.canView(db(), users.outsideOfficer, id)).toBe(false);
      expect(await owner.canView(db(), users.leader, id)).toBe(true);
      expect(await owner.canChange(db(), users.secretariat, id)).toBe(true);
      expect(await owner.canChange(db(), users.leader, id)).toBe(false);
      expect(await owner.canChange(db(), users.invitedOfficer, id)).toBe(false);
      expect(await owner.canView(db(), users.secretariat, 999_999_999)).toBe(false);
    }
  });

  it("serve a download to an invited officer with safe headers, and 404 to an outsider or a bad id", async () => {
    const { users, file } = await scenario();
    const ok = await downloadResponse(db(), users.invitedOfficer, file.id);
    expect(ok.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await ok.arrayBuffer()), PDF_BYTES)).toBe(0);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("content-length")).toBe(String(PDF_BYTES.length));
    expect(ok.headers.get("content-disposition")).toBe(
      "attachment; filename=\"Bao cao 6 thang dau nam 2012.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%206%20th%C3%A1ng%20%C4%91%E1%BA%A7u%20n%C4%83m%202012.pdf",
    );
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect(ok.headers.get("cache-control")).toBe("private, no-store");

    const refused = await downloadResponse(db(), users.outsideOfficer, file.id);
    const unknown = await downloadResponse(db(), users.secretariat, "00000000-0000-4000-8000-000000000000");
    const malformed = await downloadResponse(db(), users.secretariat, "../../etc/passwd");
    for (const response of [refused, unknown, malformed]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-disposition")).toBeNull();
    }
    expect(await refused.text()).toBe(await unknown.text());
  });

  it("upload and delete only for managers of a visible owner, with an audit row naming the file but not its bytes", async () => {
    const { conference, item, users, file } = await scenario();
    const entries: Omit<AuditEntry, "actorId" | "actorUsername" | "meta">[] = [];
    const audit = async (entry: (typeof entries)[number]) => {
      entries.push(entry);
    };
    for (const actor of [users.leader, users.invitedOfficer, users.outsideOfficer]) {
      await expect(uploadFile({ tx: db(), actor, audit }, { ownerType: "conference", ownerId: conference.id, fileName: "x.pdf", bytes: PDF_BYTES })).rejects.toMatchObject({ messageKey: "errors.forbidden" });
      await expect(deleteFile({ tx: db(), actor, audit }, file.id)).rejects.toMatchObject({ messageKey: actor === users.outsideOfficer ? "errors.notFound" : "errors.forbidden" });
    }
    await expect(uploadFile({ tx: db(), actor: users.secretariat, audit }, { ownerType: "task", ownerId: 1, fileName: "x.pdf", bytes: PDF_BYTES })).rejects.toMatchObject({ messageKey: "errors.forbidden" });
    expect(entries).toEqual([]);
    expect(await fileStore.list("conference", conference.id, db())).toHaveLength(1);

    const uploaded = await uploadFile({ tx: db(), actor: users.secretariat, audit }, { ownerType: "agenda_item", ownerId: item.id, fileName: "Tờ trình.pdf", bytes: PDF_BYTES });
    expect(uploaded).toMatchObject({ ownerType: "agenda_item", ownerId: item.id, uploadedById: users.secretariat.id });
    expect(entries[0]).toMatchObject({ action: "file.upload", entityType: "file", entityId: uploaded.id, after: { fileName: "Tờ trình.pdf", byteSize: PDF_BYTES.length, sha256: uploaded.sha256 } });
    expect(JSON.stringify(entries[0])).not.toContain("PDF-1.4");

    await deleteFile({ tx: db(), actor: users.secretariat, audit: noAudit }, file.id);
    expect(await db().select({ id: storedFiles.id }).from(storedFiles).where(eq(storedFiles.id, file.id))).toEqual([]);
    expect(await db().select().from(auditLog).where(eq(auditLog.entityId, file.id))).toEqual([]);
  });
});
