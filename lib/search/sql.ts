import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type ParsedSearch, parseSearch, toTsQuery } from "./query";
import { withTypoCorrections } from "./typos";

/**
 * The one way text is matched in SQL: every list's text filter and the search page use these.
 * A record's words are `search_document(title, body)` (migration 0009: folded, weighted), which
 * each searchable table indexes with GIN; the expressions are in lib/search/documents.ts.
 */

/** A search ready for SQL: parsed, with typos corrected against the words in use. */
export interface PreparedSearch {
  parsed: ParsedSearch;
  tsQuery: string;
}

/** Parses what was typed and looks its misspelt words up (one query, only for words of five letters or more). Null when nothing searchable was typed. */
export async function prepareSearch(db: Db, text: string | null | undefined): Promise<PreparedSearch | null> {
  const parsed = parseSearch(text);
  if (!parsed) return null;
  const corrected = await withTypoCorrections(db, parsed);
  return { parsed: corrected, tsQuery: toTsQuery(corrected) };
}

/** A record's words as its GIN index holds them. Title and body must be written exactly as in the index. */
export function searchDocument(title: SQL, body: SQL): SQL {
  return sql`public.search_document(${title}, ${body})`;
}

function tsQuery(search: PreparedSearch): SQL {
  return sql`to_tsquery('simple', ${search.tsQuery})`;
}

/** The record matches every searched term. */
export function matchesDocument(document: SQL, search: PreparedSearch): SQL {
  return sql`${document} @@ ${tsQuery(search)}`;
}

/** How well a record matches: words in the title count more than words in the body. */
export function documentRank(document: SQL, search: PreparedSearch): SQL<number> {
  return sql<number>`ts_rank(${document}, ${tsQuery(search)})`.mapWith(Number);
}
