import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { issuedDocuments, type OfficialDocumentKind } from "@/db/schema";
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
