import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { documentNumberSequences, type OfficialDocumentKind } from "@/db/schema";
import { downloadFileName } from "@/lib/storage/content-disposition";

/** The type abbreviations in a document's number (DOMAIN.md "Formats"). */
export const documentTypeCodes = {
  invitation: "GM",
  minutes: "BB",
  conclusion_notice: "TB",
  follow_up_report: "BC",
} as const satisfies Record<OfficialDocumentKind, string>;
export type DocumentTypeCode = (typeof documentTypeCodes)[OfficialDocumentKind];
export const documentTypeCodeList: readonly DocumentTypeCode[] = Object.values(documentTypeCodes);

export function typeCodeOf(kind: OfficialDocumentKind): DocumentTypeCode {
  return documentTypeCodes[kind];
}

export function isDocumentTypeCode(value: string | undefined): value is DocumentTypeCode {
  return documentTypeCodeList.some((code) => code === value);
}

/** "05/TB-STTTT": numbers below 10 take a leading zero, larger ones are written as they are ("12/…", "105/…"). */
export function formatDocumentNumber(number: number, typeCode: string, issuerSymbol: string): string {
  if (!Number.isInteger(number) || number < 1) throw new Error(`Not a document number: ${number}`);
  return `${number < 10 ? `0${number}` : number}/${typeCode}-${issuerSymbol}`;
}

/**
 * The "Số:" line: "Số: 05/TB-STTTT" once issued; on a draft the number is left blank for
 * the clerk to write in by hand: "Số:      /TB-STTTT" (six spaces; the HTML view keeps them).
 */
export function documentNumberLine(spec: { number: string | null; typeCode: string; issuerSymbol: string }): string {
  return spec.number ? `Số: ${spec.number}` : `Số:      /${spec.typeCode}-${spec.issuerSymbol}`;
}

/** "05-TB-STTTT Thông báo kết luận ….docx": the symbol without its slash (not allowed in file names), then the title, shortened at a whole word. */
export function issuedFileName(symbol: string, title: string): string {
  return downloadFileName(`${symbol.replace(/\//g, "-")} ${title}`, ".docx");
}

export interface NumberSequenceKey {
  issuingAgencyId: number;
  year: number;
  typeCode: string;
}

/** The number the next issue would take, for the confirmation page; allocateDocumentNumber decides. */
export async function peekNextDocumentNumber(db: Db, key: NumberSequenceKey): Promise<number> {
  const [row] = await db
    .select({ lastNumber: documentNumberSequences.lastNumber })
    .from(documentNumberSequences)
    .where(and(eq(documentNumberSequences.issuingAgencyId, key.issuingAgencyId), eq(documentNumberSequences.year, key.year), eq(documentNumberSequences.typeCode, key.typeCode)))
    .limit(1);
  return (row?.lastNumber ?? 0) + 1;
}

/**
 * Takes the next number of the issuing body's register for the year and type, inside the
 * caller's transaction, in one statement:
 *
 *   INSERT INTO document_number_sequences … VALUES (…, 1)
 *   ON CONFLICT (issuing_agency_id, year, type_code)
 *   DO UPDATE SET last_number = document_number_sequences.last_number + 1
 *   RETURNING last_number
 *
 * The first issue of a year creates the row with 1. Every later one updates that row, which
 * locks it until the transaction ends: a second issuer at the same moment waits on the lock
 * and then reads the committed value, so two documents never share a number (the unique
 * index on issued_documents is the second guard). Two first issues at once are settled the
 * same way by the primary key: one inserts, the other waits and takes the update path.
 * The counter is a row, not a PostgreSQL sequence, so it is transactional: an issue that
 * rolls back also rolls back its increment, and the next issue takes the same number. That
 * number was never issued (nothing of that issue was committed), so the register stays
 * without gaps and no committed number is ever handed out twice.
 * The lock is held until the issue commits, so keep the work after this call short.
 */
export async function allocateDocumentNumber(tx: Db, key: NumberSequenceKey): Promise<number> {
  const [row] = await tx
    .insert(documentNumberSequences)
    .values({ issuingAgencyId: key.issuingAgencyId, year: key.year, typeCode: key.typeCode, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [documentNumberSequences.issuingAgencyId, documentNumberSequences.year, documentNumberSequences.typeCode],
      set: { lastNumber: sql`${documentNumberSequences.lastNumber} + 1` },
    })
    .returning({ lastNumber: documentNumberSequences.lastNumber });
  return row.lastNumber;
}
