import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { newestFirst } from "@/db/order";
import { conferences, directiveLegalDocuments, directives, legalDocuments } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { visibleDirectivesCondition } from "@/lib/directives/access";
import { legalDocumentDocument } from "@/lib/search/documents";
import { textFilter } from "@/lib/search/sql";
import { DOCUMENT_TYPES, type DocumentSymbol, type DocumentTypeCode, documentTitle } from "./symbol";
import { type SearchParams, firstParam, searchTextParam, parsePage } from "@/lib/search-params";

export const LEGAL_DOCUMENT_PAGE_SIZE = 50;
export type LegalDocumentRow = typeof legalDocuments.$inferSelect;

export interface LegalDocumentFilters {
  q?: string;
  type?: DocumentTypeCode;
  page: number;
}

/** /legal-documents?q=&type=&page=; unknown values are ignored rather than refused. */
export function parseLegalDocumentParams(params: SearchParams): LegalDocumentFilters {
  const type = firstParam(params.type);
  return {
    q: searchTextParam(params.q),
    type: (Object.keys(DOCUMENT_TYPES) as DocumentTypeCode[]).find((code) => code === type),
    page: parsePage(params.page),
  };
}

/** The stored row as the parser's value, for documentTitle(). */
export function symbolOf(row: Pick<LegalDocumentRow, "symbol" | "number" | "year" | "typeCode" | "issuer">): DocumentSymbol {
  return { number: row.number, year: row.year, typeCode: row.typeCode as DocumentTypeCode, issuer: row.issuer, normalized: row.symbol };
}

/** "Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012" (without the date when none is recorded). */
export function citation(row: Pick<LegalDocumentRow, "symbol" | "number" | "year" | "typeCode" | "issuer" | "issuedOn">): string {
  return documentTitle(symbolOf(row), row.issuedOn ?? undefined);
}

/** One page of the register, newest year first, with the total from the same query (a window count). */
/** The register's WHERE for its filters (the page and /api/v1/legal-documents). */
export function legalDocumentConditions(filters: Omit<LegalDocumentFilters, "page">): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (filters.type) conditions.push(eq(legalDocuments.typeCode, filters.type));
  if (filters.q) conditions.push(textFilter(legalDocumentDocument, filters.q));
  return conditions;
}

export async function listLegalDocuments(db: Db, filters: LegalDocumentFilters, pageSize = LEGAL_DOCUMENT_PAGE_SIZE): Promise<{ rows: LegalDocumentRow[]; total: number }> {
  const conditions = legalDocumentConditions(filters);
  const rows = await db
    .select({ document: legalDocuments, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(legalDocuments)
    .where(and(...conditions))
    .orderBy(sql`${legalDocuments.year} desc nulls last`, desc(legalDocuments.issuedOn), asc(legalDocuments.symbol))
    .limit(pageSize)
    .offset((filters.page - 1) * pageSize);
  let total = rows[0]?.total ?? 0;
  // Only when a page past the end is asked for: the window count has no row to ride on.
  if (rows.length === 0 && filters.page > 1) total = (await db.select({ n: count() }).from(legalDocuments).where(and(...conditions)))[0]?.n ?? 0;
  return { rows: rows.map((row) => row.document), total };
}

export async function getLegalDocument(db: Db, id: number): Promise<LegalDocumentRow | null> {
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db.select().from(legalDocuments).where(eq(legalDocuments.id, id)).limit(1);
  return row ?? null;
}

export interface ReferencingDirective {
  id: number;
  number: number;
  text: string;
  issuerName: string;
  conferenceId: number;
  conferenceTitle: string;
  conferenceStartsAt: Date;
}

/** The directives that cite a document, newest conference first, in one query; a unit officer sees only those of their tasks. */
export async function listReferencingDirectives(db: Db, documentId: number, user: Pick<CurrentUser, "role" | "agencyId">): Promise<ReferencingDirective[]> {
  return db
    .select({
      id: directives.id,
      number: directives.number,
      text: directives.text,
      issuerName: directives.issuerName,
      conferenceId: conferences.id,
      conferenceTitle: conferences.title,
      conferenceStartsAt: conferences.startsAt,
    })
    .from(directiveLegalDocuments)
    .innerJoin(directives, eq(directives.id, directiveLegalDocuments.directiveId))
    .innerJoin(conferences, eq(conferences.id, directives.conferenceId))
    .where(and(eq(directiveLegalDocuments.legalDocumentId, documentId), visibleDirectivesCondition(db, user)))
    .orderBy(newestFirst(conferences.startsAt), asc(directives.number));
}

export interface LegalDocumentOption {
  id: number;
  label: string;
}

/** Every register entry as a citation, for the directive form's checkbox list. */
export async function listLegalDocumentOptions(db: Db): Promise<LegalDocumentOption[]> {
  const rows = await db.select().from(legalDocuments).orderBy(sql`${legalDocuments.year} desc nulls last`, asc(legalDocuments.symbol));
  return rows.map((row) => ({ id: row.id, label: row.title ? `${citation(row)} — ${row.title}` : citation(row) }));
}
