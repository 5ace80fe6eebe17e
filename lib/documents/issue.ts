import { and, eq, isNull, sql } from "drizzle-orm";
import { agencies, issuedDocumentRecipients, issuedDocuments, type OfficialDocumentKind } from "@/db/schema";
import type { CommandContext } from "@/lib/commands";
import { parseCalendarDate } from "@/lib/dates";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { notifyDocumentIssued } from "@/lib/notifications/events";
import { fileStore } from "@/lib/storage/store";
import { renderDocx } from "./docx";
import { allocateDocumentNumber, formatDocumentNumber, issuedFileName, typeCodeOf } from "./numbering";
import type { OfficialDocumentSpec } from "./spec";

/** The owner type of an issued document's .docx in stored_files. */
export const ISSUED_DOCUMENT_OWNER = "issued_document";

export interface IssueDocumentInput {
  kind: OfficialDocumentKind;
  conferenceId: number | null;
  issuingAgencyId: number;
  /** The register's "trích yếu". */
  title: string;
  /** The document as previewed; its number is filled in here. */
  spec: Omit<OfficialDocumentSpec, "number"> & { number?: string | null };
  /** The agencies in "Nơi nhận": their unit officers may download the document. */
  recipientAgencyIds: readonly number[];
  /** The data the document was built from, kept with it. */
  snapshot: unknown;
}

/** What issued_documents.snapshot holds: the spec exactly as rendered (so the file can be explained or rebuilt) and the builder's data. */
export interface IssuedDocumentSnapshot {
  spec: OfficialDocumentSpec;
  data: unknown;
}

export interface IssuedDocumentResult {
  id: number;
  number: number;
  symbol: string;
  year: number;
  fileId: string;
  fileName: string;
}

/**
 * Issues a document in the caller's transaction: takes the next number of the issuing
 * body's register for the year and type, writes it into the document, renders the .docx,
 * stores it, and records the register row, the recipients and the audit entry. If any step
 * fails the whole issue rolls back, the increment of the register with it: the next issue
 * takes that number, which was never issued (no gap, never a duplicate).
 */
export async function issueDocument(ctx: CommandContext, input: IssueDocumentInput): Promise<IssuedDocumentResult> {
  const { tx, actorId, audit } = ctx;
  if (actorId === null) throw new Error("An issued document needs the user who issues it");
  if (parseCalendarDate(input.spec.date) !== input.spec.date) throw new UserFacingError("documents.errors.date", "date");
  const title = input.title.trim();
  if (!title) throw new UserFacingError("documents.errors.title", "title");

  // The issuing body's symbol ("STTTT") and, from the same row, the new document's id taken
  // ahead of the insert: its file is stored first (issued_documents.file_id must point at it)
  // and is owned by this id.
  const [agency] = await tx
    .select({ code: agencies.code, documentId: sql<number>`nextval(pg_get_serial_sequence('issued_documents', 'id'))`.mapWith(Number) })
    .from(agencies)
    .where(eq(agencies.id, input.issuingAgencyId))
    .limit(1);
  if (!agency) throw new NotFoundError();
  const issuerSymbol = agency.code ?? input.spec.issuerSymbol;
  if (!issuerSymbol) throw new UserFacingError("documents.errors.noSymbol");

  const year = Number(input.spec.date.slice(0, 4));
  const typeCode = typeCodeOf(input.kind);
  // From here until commit the register row is locked: concurrent issues of the same body,
  // year and type wait, so the rendering below is kept to this one document.
  const number = await allocateDocumentNumber(tx, { issuingAgencyId: input.issuingAgencyId, year, typeCode });
  const symbol = formatDocumentNumber(number, typeCode, issuerSymbol);
  const spec: OfficialDocumentSpec = { ...input.spec, kind: input.kind, typeCode, issuerSymbol, number: symbol };
  const bytes = await renderDocx(spec);
  const file = await fileStore.put({ ownerType: ISSUED_DOCUMENT_OWNER, ownerId: agency.documentId, fileName: issuedFileName(symbol, title), bytes, uploadedById: actorId }, tx);

  const snapshot: IssuedDocumentSnapshot = { spec, data: input.snapshot ?? null };
  const [row] = await tx
    .insert(issuedDocuments)
    .overridingSystemValue()
    .values({
      id: agency.documentId,
      kind: input.kind,
      issuingAgencyId: input.issuingAgencyId,
      year,
      typeCode,
      number,
      symbol,
      conferenceId: input.conferenceId,
      title,
      issuedOn: spec.date,
      signerName: spec.signature.signerName,
      signerTitle: spec.signature.signerTitle,
      authorityPrefix: spec.signature.authorityPrefix ?? null,
      snapshot,
      fileId: file.id,
      issuedById: actorId,
    })
    .returning({ id: issuedDocuments.id });

  const recipients = [...new Set(input.recipientAgencyIds)];
  if (recipients.length > 0) await tx.insert(issuedDocumentRecipients).values(recipients.map((agencyId) => ({ documentId: row.id, agencyId })));

  await audit({
    action: "document.issue",
    entityType: "issued_document",
    entityId: row.id,
    after: { symbol, kind: input.kind, title, conferenceId: input.conferenceId, issuedOn: spec.date, fileId: file.id, sha256: file.sha256, recipientAgencyIds: recipients },
  });
  await notifyDocumentIssued(ctx, { symbol, title }, recipients);
  return { id: row.id, number, symbol, year, fileId: file.id, fileName: file.fileName };
}

/**
 * Withdraws (thu hồi) an issued document: it stays in the register with its number, marked
 * with who withdrew it, when and why; the number is never given to another document.
 */
export async function withdrawDocument(ctx: CommandContext, input: { id: number; reason: string }): Promise<{ id: number; symbol: string; year: number }> {
  const { tx, actorId, audit } = ctx;
  const reason = input.reason.trim();
  if (!reason) throw new UserFacingError("documents.withdraw.reasonRequired", "reason");
  const [before] = await tx
    .select({ id: issuedDocuments.id, symbol: issuedDocuments.symbol, withdrawnAt: issuedDocuments.withdrawnAt })
    .from(issuedDocuments)
    .where(eq(issuedDocuments.id, input.id))
    .limit(1);
  if (!before) throw new NotFoundError();
  // The condition on withdrawn_at makes a second withdrawal at the same moment find nothing to change.
  const [after] = await tx
    .update(issuedDocuments)
    .set({ withdrawnAt: sql`now()`, withdrawnById: actorId, withdrawReason: reason })
    .where(and(eq(issuedDocuments.id, input.id), isNull(issuedDocuments.withdrawnAt)))
    .returning({ id: issuedDocuments.id, symbol: issuedDocuments.symbol, year: issuedDocuments.year, withdrawnAt: issuedDocuments.withdrawnAt, withdrawReason: issuedDocuments.withdrawReason });
  if (!after) throw new UserFacingError("documents.withdraw.already");
  await audit({ action: "document.withdraw", entityType: "issued_document", entityId: after.id, before: { symbol: before.symbol, withdrawnAt: null }, after });
  return { id: after.id, symbol: after.symbol, year: after.year };
}
