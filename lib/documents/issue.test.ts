import { and, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { auditLog, documentNumberSequences, issuedDocumentRecipients, issuedDocuments, storedFiles } from "@/db/schema";
import { fileStore } from "@/lib/storage/store";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { renderDocx } from "./docx";
import { type IssuedDocumentSnapshot, issueDocument, withdrawDocument } from "./issue";
import { commandContext, createIssuer, issueInput } from "./issue-test-helpers";

type IssueOverrides = Parameters<typeof issueInput>[1];

async function issue(agencyId: number, userId: number, overrides: IssueOverrides = {}) {
  return db().transaction((tx) => issueDocument(commandContext(tx, userId), issueInput(agencyId, overrides)));
}

describe("issueDocument", () => {
  it("numbers 1, 2, 3 in the body's register and stores the file as issued", async () => {
    const { agency, user } = await createIssuer(db());
    const recipient = await createAgency(db());
    const first = await issue(agency.id, user.id, { recipientAgencyIds: [recipient.id, recipient.id] });
    const second = await issue(agency.id, user.id);
    const third = await issue(agency.id, user.id);
    expect([first.number, second.number, third.number]).toEqual([1, 2, 3]);
    expect(first.symbol).toBe(`01/TB-${agency.code}`);
    expect(first.fileName).toBe(`01-TB-${agency.code} Thông báo kết luận Hội nghị sơ kết 6 tháng đầu năm 2012.docx`);

    const [row] = await db().select().from(issuedDocuments).where(eq(issuedDocuments.id, first.id));
    expect(row).toMatchObject({ year: 2012, typeCode: "TB", number: 1, symbol: first.symbol, issuedOn: "2012-07-02", signerName: "Nguyễn Văn A", authorityPrefix: "KT.", issuedById: user.id, withdrawnAt: null });
    const snapshot = row.snapshot as IssuedDocumentSnapshot;
    expect(snapshot.spec.number).toBe(first.symbol);
    expect(snapshot.data).toEqual({ source: "test" });
    expect(await db().select({ agencyId: issuedDocumentRecipients.agencyId }).from(issuedDocumentRecipients).where(eq(issuedDocumentRecipients.documentId, first.id))).toEqual([{ agencyId: recipient.id }]);

    // The stored .docx is exactly what the snapshot renders to, owned by the register row.
    const stored = await fileStore.get(first.fileId, db());
    expect(stored?.meta).toMatchObject({ ownerType: "issued_document", ownerId: first.id, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    expect(stored?.bytes.equals(await renderDocx(snapshot.spec))).toBe(true);

    const audits = await db().select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(and(eq(auditLog.entityType, "issued_document"), eq(auditLog.entityId, String(first.id))));
    expect(audits).toEqual([{ action: "document.issue", actorId: user.id }]);
  });

  it("keeps a separate sequence per type, per year and per issuing body", async () => {
    const { agency, user } = await createIssuer(db());
    const other = await createIssuer(db());
    expect((await issue(agency.id, user.id)).symbol).toBe(`01/TB-${agency.code}`);
    expect((await issue(agency.id, user.id, { kind: "invitation" })).symbol).toBe(`01/GM-${agency.code}`);
    expect((await issue(agency.id, user.id, { kind: "minutes" })).symbol).toBe(`01/BB-${agency.code}`);
    expect((await issue(agency.id, user.id, { kind: "follow_up_report" })).symbol).toBe(`01/BC-${agency.code}`);
    expect((await issue(agency.id, user.id, { date: "2013-02-05" })).symbol).toBe(`01/TB-${agency.code}`);
    expect((await issue(agency.id, user.id)).symbol).toBe(`02/TB-${agency.code}`);
    expect((await issue(other.agency.id, other.user.id)).symbol).toBe(`01/TB-${other.agency.code}`);
    const sequences = await db().select().from(documentNumberSequences).where(eq(documentNumberSequences.issuingAgencyId, agency.id));
    expect(sequences.map((s) => `${s.year} ${s.typeCode} ${s.lastNumber}`).sort()).toEqual(["2012 BB 1", "2012 BC 1", "2012 GM 1", "2012 TB 2", "2013 TB 1"]);
  });

  it("keeps a withdrawn document's number and never gives it again", async () => {
    const { agency, user } = await createIssuer(db());
    const first = await issue(agency.id, user.id);
    await expect(db().transaction((tx) => withdrawDocument(commandContext(tx, user.id), { id: first.id, reason: "  " }))).rejects.toMatchObject({ messageKey: "documents.withdraw.reasonRequired", field: "reason" });
    await db().transaction((tx) => withdrawDocument(commandContext(tx, user.id), { id: first.id, reason: "Sai nội dung mục 2" }));
    await expect(db().transaction((tx) => withdrawDocument(commandContext(tx, user.id), { id: first.id, reason: "Lần nữa" }))).rejects.toMatchObject({ messageKey: "documents.withdraw.already" });
    await expect(db().transaction((tx) => withdrawDocument(commandContext(tx, user.id), { id: 2147480000, reason: "x" }))).rejects.toMatchObject({ messageKey: "errors.notFound" });

    const [row] = await db().select().from(issuedDocuments).where(eq(issuedDocuments.id, first.id));
    expect(row).toMatchObject({ number: 1, symbol: first.symbol, withdrawReason: "Sai nội dung mục 2", withdrawnById: user.id });
    expect(row.withdrawnAt).toBeInstanceOf(Date);
    expect((await issue(agency.id, user.id)).number).toBe(2);
    const actions = await db().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, "issued_document"), eq(auditLog.entityId, String(first.id))));
    expect(actions.map((a) => a.action).sort()).toEqual(["document.issue", "document.withdraw"]);
  });

  it("leaves nothing of an issue whose transaction rolls back, and never a duplicate", async () => {
    const { agency, user } = await createIssuer(db());
    await issue(agency.id, user.id);
    let rolledBackFile = "";
    await expect(
      db().transaction(async (tx) => {
        const result = await issueDocument(commandContext(tx, user.id), issueInput(agency.id));
        expect(result.number).toBe(2);
        rolledBackFile = result.fileId;
        throw new Error("the caller failed after issuing");
      }),
    ).rejects.toThrow("the caller failed after issuing");
    // The counter is a row in the same transaction: its increment rolled back with the issue,
    // so the number that was never issued is taken by the next issue and the register has no gap.
    const next = await issue(agency.id, user.id);
    expect(next.number).toBe(2);
    const numbers = await db().select({ number: issuedDocuments.number }).from(issuedDocuments).where(eq(issuedDocuments.issuingAgencyId, agency.id));
    expect(numbers.map((n) => n.number).sort()).toEqual([1, 2]);
    expect(await db().select({ id: storedFiles.id }).from(storedFiles).where(eq(storedFiles.id, rolledBackFile))).toEqual([]);
  });

  it("refuses an issuing body that does not exist and a blank title", async () => {
    const { agency, user } = await createIssuer(db());
    await expect(issue(2147480000, user.id)).rejects.toMatchObject({ messageKey: "errors.notFound" });
    await expect(issue(agency.id, user.id, { title: "  " })).rejects.toMatchObject({ messageKey: "documents.errors.title" });
    expect(await db().select().from(documentNumberSequences).where(eq(documentNumberSequences.issuingAgencyId, agency.id))).toEqual([]);
  });
});

describe("issuing at the same moment", () => {
  it("gives 10 concurrent issues 10 distinct consecutive numbers", async () => {
    const { agency, user } = await createIssuer(db());
    const url = process.env.DATABASE_URL;
    let numbers: number[];
    if (url) {
      // PostgreSQL: ten connections, each with its transaction open before any of them asks
      // for a number, so the ten INSERT … ON CONFLICT statements really race on one row.
      const clients = Array.from({ length: 10 }, () => postgres(url, { max: 1, onnotice: () => {} }));
      try {
        let started = 0;
        let release: () => void = () => undefined;
        const allStarted = new Promise<void>((resolve) => (release = resolve));
        numbers = await Promise.all(
          clients.map((client) =>
            (drizzle({ client, schema, casing: "snake_case" }) as unknown as Db).transaction(async (tx) => {
              await tx.select({ id: schema.agencies.id }).from(schema.agencies).where(eq(schema.agencies.id, agency.id));
              if (++started === clients.length) release();
              await allStarted;
              return (await issueDocument(commandContext(tx, user.id), issueInput(agency.id))).number;
            }),
          ),
        );
      } finally {
        await Promise.all(clients.map((client) => client.end({ timeout: 5 })));
      }
    } else {
      // PGlite has one connection and runs one transaction at a time, so these ten only queue:
      // the real race between connections is exercised when the suite runs on PostgreSQL.
      numbers = await Promise.all(Array.from({ length: 10 }, async () => (await issue(agency.id, user.id)).number));
    }
    expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const rows = await db().select({ symbol: issuedDocuments.symbol }).from(issuedDocuments).where(eq(issuedDocuments.issuingAgencyId, agency.id));
    expect(new Set(rows.map((r) => r.symbol)).size).toBe(10);
  });
});
