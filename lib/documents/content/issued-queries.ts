import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { issuedDocuments, oncePerConferenceKinds, type OfficialDocumentKind, storedFiles } from "@/db/schema";
import { type DocumentUser, visibleDocumentsCondition } from "@/lib/documents/access";

export interface ConferenceIssuedDocument {
  id: number;
  kind: OfficialDocumentKind;
  symbol: string;
  title: string;
  issuedOn: string;
  signerName: string | null;
  signerTitle: string | null;
  authorityPrefix: string | null;
  withdrawnAt: Date | null;
}

/** The documents issued for a conference that this user may see (a unit officer: those addressed to their agency), newest first. One query. */
export async function listConferenceIssuedDocuments(db: Db, conferenceId: number, user: DocumentUser): Promise<ConferenceIssuedDocument[]> {
  return db
    .select({
      id: issuedDocuments.id,
      kind: issuedDocuments.kind,
      symbol: issuedDocuments.symbol,
      title: issuedDocuments.title,
      issuedOn: issuedDocuments.issuedOn,
      signerName: issuedDocuments.signerName,
      signerTitle: issuedDocuments.signerTitle,
      authorityPrefix: issuedDocuments.authorityPrefix,
      withdrawnAt: issuedDocuments.withdrawnAt,
    })
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.conferenceId, conferenceId), visibleDocumentsCondition(user)))
    .orderBy(desc(issuedDocuments.issuedAt), asc(issuedDocuments.id));
}

/** Minutes and conclusion notices: one per conference (issued_documents_one_per_conference). */
export function isOncePerConference(kind: OfficialDocumentKind): kind is (typeof oncePerConferenceKinds)[number] {
  return oncePerConferenceKinds.some((once) => once === kind);
}

export interface EarlierIssue {
  id: number;
  number: number;
  symbol: string;
  year: number;
  issuedOn: string;
  issuedAt: Date;
  fileId: string;
  fileName: string;
  withdrawnAt: Date | null;
  withdrawReason: string | null;
}

/**
 * What was issued before of a once-per-conference kind: the one in force (if any) and the
 * last withdrawn one, read in one query. The issue command asks this after locking the
 * conference; the confirmation page asks it to say which of the two cases the clerk is in.
 */
export async function findEarlierIssues(db: Db, conferenceId: number, kind: OfficialDocumentKind): Promise<{ live: EarlierIssue | null; withdrawn: EarlierIssue | null }> {
  if (!isOncePerConference(kind)) return { live: null, withdrawn: null };
  const rows = await db
    .select({
      id: issuedDocuments.id,
      number: issuedDocuments.number,
      symbol: issuedDocuments.symbol,
      year: issuedDocuments.year,
      issuedOn: issuedDocuments.issuedOn,
      issuedAt: issuedDocuments.issuedAt,
      fileId: issuedDocuments.fileId,
      fileName: storedFiles.fileName,
      withdrawnAt: issuedDocuments.withdrawnAt,
      withdrawReason: issuedDocuments.withdrawReason,
    })
    .from(issuedDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, issuedDocuments.fileId))
    .where(and(eq(issuedDocuments.conferenceId, conferenceId), eq(issuedDocuments.kind, kind)))
    .orderBy(desc(issuedDocuments.issuedAt), desc(issuedDocuments.id));
  return { live: rows.find((row) => row.withdrawnAt === null) ?? null, withdrawn: rows.find((row) => row.withdrawnAt !== null) ?? null };
}
