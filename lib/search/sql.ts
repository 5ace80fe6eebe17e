import { type SQL, sql } from "drizzle-orm";
import { isCorrectable, type ParsedSearch, parseSearch, type SearchTerm, toTsQuery } from "./query";
import { correctionsQuery } from "./typos";

/**
 * The one way text is matched in SQL: every list's text filter and the search page use these.
 * A record's words are `search_document(title, body)` (migration 0009: folded, weighted), which
 * each searchable table indexes with GIN; the expressions are in lib/search/documents.ts.
 */

/** A search ready for SQL: what was typed, parsed, and the tsquery expression that matches it. */
export interface PreparedSearch {
  parsed: ParsedSearch;
  query: SQL;
}

/**
 * The tsquery of a parsed search: its terms as one to_tsquery(), each correctable word's term
 * joined (OR) with its typo corrections. Null when nothing searchable was typed.
 */
export function prepareSearch(text: string | null | undefined): PreparedSearch | null {
  const parsed = parseSearch(text);
  if (!parsed) return null;
  const correctable = (term: SearchTerm) => term.words.length === 1 && term.alternatives.length === 0 && isCorrectable(term.words[0]);
  const plain = parsed.terms.filter((term) => !correctable(term));
  const parts: SQL[] = plain.length > 0 ? [sql`to_tsquery('simple', ${toTsQuery({ terms: plain })})`] : [];
  for (const term of parsed.terms.filter(correctable)) {
    parts.push(sql`(to_tsquery('simple', ${toTsQuery({ terms: [term] })}) || ${correctionsQuery(term.words[0])})`);
  }
  return { parsed, query: sql`(${sql.join(parts, sql` && `)})` };
}

/** A record's words as its GIN index holds them. Title and body must be written exactly as in the index. */
export function searchDocument(title: SQL, body: SQL): SQL {
  return sql`public.search_document(${title}, ${body})`;
}

/** The record matches every searched term. */
export function matchesDocument(document: SQL, search: PreparedSearch): SQL {
  return sql`${document} @@ ${search.query}`;
}

/** How well a record matches: words in the title count more than words in the body. */
export function documentRank(document: SQL, search: PreparedSearch): SQL<number> {
  return sql<number>`ts_rank(${document}, ${search.query})`.mapWith(Number);
}

/** A list's text filter: the records matching what was typed (undefined, no filter, when nothing searchable was). */
export function textFilter(document: SQL, text: string | null | undefined): SQL | undefined {
  const search = prepareSearch(text);
  return search ? matchesDocument(document, search) : undefined;
}

/** A LIKE pattern for text anywhere in a value, its wildcards escaped: "a_b" and "50%" match themselves. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
