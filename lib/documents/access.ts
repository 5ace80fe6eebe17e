import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { issuedDocumentRecipients, issuedDocuments } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";

export type DocumentUser = Pick<CurrentUser, "role" | "agencyId">;

/**
 * Which issued documents a user may see and download: everyone holding documents.view sees
 * the whole register, except unit officers, who see only the documents addressed to their
 * own agency ("Nơi nhận", issued_document_recipients). Add it to every query of
 * issued_documents, so a list and a download apply the same rule.
 */
export function visibleDocumentsCondition(user: DocumentUser): SQL | undefined {
  if (!can(user, "documents.view")) return sql`false`;
  if (user.role !== "unit_officer") return undefined;
  if (user.agencyId == null) return sql`false`;
  // Columns qualified by drizzle, so the subquery cannot bind to the outer table by mistake.
  return sql`exists (select 1 from ${issuedDocumentRecipients} where ${issuedDocumentRecipients.documentId} = ${issuedDocuments.id} and ${issuedDocumentRecipients.agencyId} = ${user.agencyId})`;
}

export interface VisibleIssuedDocument {
  id: number;
  symbol: string;
  title: string;
  fileId: string;
}

/** One issued document if this user may see it; null for a missing one and a hidden one alike (the caller answers 404). */
export async function loadVisibleIssuedDocument(db: Db, user: DocumentUser, id: number): Promise<VisibleIssuedDocument | null> {
  if (!Number.isInteger(id) || id <= 0 || id > 2147483647) return null;
  const [row] = await db
    .select({ id: issuedDocuments.id, symbol: issuedDocuments.symbol, title: issuedDocuments.title, fileId: issuedDocuments.fileId })
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.id, id), visibleDocumentsCondition(user)))
    .limit(1);
  return row ?? null;
}
