import { getTableColumns, sql } from "drizzle-orm";
import { agencies, conferences, directives, indicators, issuedDocuments, legalDocuments, people, tasks } from "@/db/schema";
import { searchDocument } from "./sql";

/*
 * Each searchable record's words (title, body), written exactly as its GIN index in migration
 * 0010 writes them, or PostgreSQL would not use the index. lib/search/search.test.ts checks that
 * each one does. The ' ' literals are part of the expression: never make them parameters.
 * Tasks and directives, the two tables of hundreds of thousands of rows, store theirs in a
 * generated column (migration 0018: ranking many matches read it instead of computing it again).
 */
export const conferenceDocument = searchDocument(sql`${conferences.title}`, sql`coalesce(${conferences.venue}, '') || ' ' || coalesce(${conferences.notes}, '')`);
export const directiveDocument = sql`${directives}."search_vector"`;
export const taskDocument = sql`${tasks}."search_vector"`;
export const legalDocumentDocument = searchDocument(sql`${legalDocuments.symbol} || ' ' || coalesce(${legalDocuments.title}, '')`, sql`coalesce(${legalDocuments.issuingBody}, '')`);
export const indicatorDocument = searchDocument(sql`${indicators.nameVi} || ' ' || ${indicators.code}`, sql`coalesce(${indicators.nameEn}, '')`);
export const issuedDocumentDocument = searchDocument(sql`${issuedDocuments.symbol} || ' ' || ${issuedDocuments.title}`, sql`coalesce(${issuedDocuments.signerName}, '')`);
export const agencyDocument = searchDocument(sql`${agencies.name} || ' ' || coalesce(${agencies.shortName}, '')`, sql`coalesce(${agencies.code}, '')`);
export const personDocument = searchDocument(sql`${people.fullName}`, sql`coalesce(${people.position}, '') || ' ' || coalesce(${people.email}, '')`);

/**
 * Every column of tasks or directives with their stored words, which the drizzle schema leaves
 * out: what a bounded window over the table (newestVisibleTasks, newestVisibleDirectives) selects,
 * so that the search can match and rank the window's rows as it does the table's.
 */
export function columnsWithStoredWords<T extends typeof tasks | typeof directives>(table: T) {
  return { ...getTableColumns(table), searchVector: sql<string>`${table}."search_vector"`.as("search_vector") };
}
