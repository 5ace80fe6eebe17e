import { and, count, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { conferences, issuedDocuments, type OfficialDocumentKind, users } from "@/db/schema";
import { vietnamDate } from "@/lib/format";
import { type DocumentUser, visibleDocumentsCondition } from "./access";
import { type DocumentTypeCode, isDocumentTypeCode } from "./numbering";
import { type SearchParams, firstParam } from "@/lib/search-params";

export const REGISTER_PAGE_SIZE = 50;

export interface RegisterFilters {
  year: number;
  type?: DocumentTypeCode;
  page: number;
}

/** The current year in Vietnam (a register year starts at midnight in Hà Nội, not UTC). */
export function currentYearInVietnam(now = new Date()): number {
  return Number(vietnamDate(now).slice(0, 4));
}

/** /documents?year=&type=&page=; the year defaults to this year, unknown values are ignored. */
export function parseRegisterParams(params: SearchParams, now = new Date()): RegisterFilters {
  const year = Number(firstParam(params.year));
  const type = firstParam(params.type);
  const page = Number(firstParam(params.page));
  return {
    year: Number.isInteger(year) && year >= 1990 && year <= 2200 ? year : currentYearInVietnam(now),
    type: isDocumentTypeCode(type) ? type : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

export interface RegisterRow {
  id: number;
  kind: OfficialDocumentKind;
  typeCode: string;
  number: number;
  year: number;
  symbol: string;
  title: string;
  issuedOn: string;
  conferenceId: number | null;
  conferenceTitle: string | null;
  signerName: string | null;
  signerTitle: string | null;
  authorityPrefix: string | null;
  issuedByName: string;
  issuedAt: Date;
  withdrawnAt: Date | null;
  withdrawReason: string | null;
  withdrawnByName: string | null;
}

const withdrawer = alias(users, "withdrawer");

const registerColumns = {
  id: issuedDocuments.id,
  kind: issuedDocuments.kind,
  typeCode: issuedDocuments.typeCode,
  number: issuedDocuments.number,
  year: issuedDocuments.year,
  symbol: issuedDocuments.symbol,
  title: issuedDocuments.title,
  issuedOn: issuedDocuments.issuedOn,
  conferenceId: issuedDocuments.conferenceId,
  conferenceTitle: conferences.title,
  signerName: issuedDocuments.signerName,
  signerTitle: issuedDocuments.signerTitle,
  authorityPrefix: issuedDocuments.authorityPrefix,
  issuedByName: users.displayName,
  issuedAt: issuedDocuments.issuedAt,
  withdrawnAt: issuedDocuments.withdrawnAt,
  withdrawReason: issuedDocuments.withdrawReason,
  withdrawnByName: withdrawer.displayName,
};

/** The register's columns and joins; `total` is the count of all rows matching (a window count). */
function registerSelect(db: Db) {
  return db
    .select({ ...registerColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(issuedDocuments)
    .innerJoin(users, eq(users.id, issuedDocuments.issuedById))
    .leftJoin(withdrawer, eq(withdrawer.id, issuedDocuments.withdrawnById))
    .leftJoin(conferences, eq(conferences.id, issuedDocuments.conferenceId));
}

/**
 * One page of the register of issued documents for a year (and type), newest first, with
 * the conference, who issued and who withdrew, and the total, in one query (a window count).
 * Unit officers see only the documents addressed to their agency.
 */
export async function listIssuedDocuments(db: Db, user: DocumentUser, filters: RegisterFilters, pageSize = REGISTER_PAGE_SIZE): Promise<{ rows: RegisterRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [eq(issuedDocuments.year, filters.year), visibleDocumentsCondition(user)];
  if (filters.type) conditions.push(eq(issuedDocuments.typeCode, filters.type));
  const rows = await registerSelect(db)
    .where(and(...conditions))
    .orderBy(desc(issuedDocuments.issuedOn), desc(issuedDocuments.issuedAt), desc(issuedDocuments.id))
    .limit(pageSize)
    .offset((filters.page - 1) * pageSize);
  let total = rows[0]?.total ?? 0;
  // Only when a page past the end is asked for: the window count has no row to ride on.
  if (rows.length === 0 && filters.page > 1) total = (await db.select({ n: count() }).from(issuedDocuments).where(and(...conditions)))[0]?.n ?? 0;
  return { rows: rows.map(({ total: _total, ...row }) => row), total };
}

/** One register entry if this user may see it, or null (the page answers 404 either way). */
export async function getRegisterEntry(db: Db, user: DocumentUser, id: number): Promise<RegisterRow | null> {
  if (!Number.isInteger(id) || id <= 0 || id > 2147483647) return null;
  const [row] = await registerSelect(db).where(and(eq(issuedDocuments.id, id), visibleDocumentsCondition(user))).limit(1);
  if (!row) return null;
  const { total: _total, ...entry } = row;
  return entry;
}

/** The years with documents this user may see, newest first, with this year always offered. */
export async function listRegisterYears(db: Db, user: DocumentUser, now = new Date()): Promise<number[]> {
  const rows = await db.selectDistinct({ year: issuedDocuments.year }).from(issuedDocuments).where(visibleDocumentsCondition(user)).orderBy(desc(issuedDocuments.year));
  return [...new Set([currentYearInVietnam(now), ...rows.map((row) => row.year)])].sort((a, b) => b - a);
}
