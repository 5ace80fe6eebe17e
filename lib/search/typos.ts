import "server-only";
import { or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { selectRows } from "@/db/raw-rows";
import type { ParsedSearch } from "./query";

/** Typos are corrected only in longer words: a short one is more likely another word than a misspelling. */
const MIN_CORRECTED_LENGTH = 5;
const MAX_CORRECTIONS = 5;

/** Levenshtein distance with transpositions (optimal string alignment), enough for "one typo". */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known words that a typed word may have meant: one edit from it, or from a beginning of theirs as long as it. */
export function correctionsOf(typed: string, known: readonly string[]): string[] {
  if (known.some((word) => word.startsWith(typed))) return [];
  return known
    .filter((word) => editDistance(word, typed) <= 1 || (word.length > typed.length && editDistance(word.slice(0, typed.length), typed) <= 1))
    .sort((a, b) => editDistance(a, typed) - editDistance(b, typed) || a.localeCompare(b))
    .slice(0, MAX_CORRECTIONS);
}

/**
 * Adds, to each single-word term of five letters or more that no word in use begins with, the
 * words in use one typo away ("kiemm" → "kiem"). One query on search_words (trigram index).
 */
export async function withTypoCorrections(db: Db, search: ParsedSearch): Promise<ParsedSearch> {
  const typed = search.terms
    .filter((term) => term.words.length === 1 && term.alternatives.length === 0 && /^[a-z]+$/.test(term.words[0]) && term.words[0].length >= MIN_CORRECTED_LENGTH)
    .map((term) => term.words[0]);
  if (typed.length === 0) return search;
  const conditions = typed.flatMap((word) => [sql`word % ${word}`, sql`word like ${`${word}%`}`]);
  const rows = await selectRows<{ word: string }>(db, sql`select word from search_words where ${or(...conditions)} limit 500`);
  const known = rows.map((row) => row.word);
  return {
    terms: search.terms.map((term) => {
      if (!typed.includes(term.words[0]) || term.words.length !== 1) return term;
      const corrections = correctionsOf(term.words[0], known);
      return corrections.length > 0 ? { ...term, alternatives: corrections.map((word) => [word]) } : term;
    }),
  };
}
