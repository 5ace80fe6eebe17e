/*
 * What a person typed in a search box, parsed once for every place that matches text: the
 * database (a tsquery for lib/search/sql.ts), lists filtered in the browser (matchesSearch) and
 * the highlighting of results. No server-only imports: client components use it too.
 */
import { DOCUMENT_TYPES } from "@/lib/legal-documents/symbol";
import { stripVietnameseMarks } from "@/lib/text";

/** Longer searches are cut: a search box is not a place for paragraphs. */
export const MAX_SEARCH_LENGTH = 200;
const MAX_TERMS = 8;

/**
 * "Thông tư 04/2012/TT-BTTTT" → "thong tu 04 2012 tt btttt": NFC, diacritics off (đ → d), lower
 * case, any run of other characters one space. The same as SQL search_fold() (migration 0009).
 */
export function foldSearchText(text: string): string {
  return stripVietnameseMarks(text.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * One typed chunk ("kiểm", "04/2012/TT-BTTTT"): its words must appear in this order, next to
 * each other. `alternatives` are phrases found instead (a document type's code for its name and
 * back, a known word for a misspelt one), matched exactly.
 */
export interface SearchTerm {
  words: string[];
  alternatives: string[][];
  /**
   * Whether the term's last word may be the beginning of a word: only in the last term, the one
   * still being typed ("thong tu 04" finds 04/2012). A prefix of a short Vietnamese syllable
   * ("tra", "chi") begins hundreds of words; searching every term by prefix made the index read
   * them all, 180 ms of the 470 of "kiem tra bao chi" over a million tasks.
   */
  prefix: boolean;
}

export interface ParsedSearch {
  terms: SearchTerm[];
}

/** Document type names folded ("thong tu") with their folded codes ("tt"), longest name first. */
const DOCUMENT_TYPE_WORDS: { code: string; name: string[] }[] = Object.entries(DOCUMENT_TYPES)
  .map(([code, name]) => ({ code: foldSearchText(code), name: foldSearchText(name).split(" ") }))
  .sort((a, b) => b.name.length - a.name.length);

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

/**
 * Word order free: every term must match, in any order. "thông tư 04" and "tt 04/2012" both find
 * 04/2012/TT-BTTTT: a type's name stands also for its code ("Thông tư" ↔ TT), and a symbol is
 * matched part by part. Null when nothing searchable was typed.
 */
export function parseSearch(text: string | null | undefined): ParsedSearch | null {
  if (!text) return null;
  const chunks = text
    .slice(0, MAX_SEARCH_LENGTH)
    .split(/\s+/)
    .map((chunk) => foldSearchText(chunk).split(" ").filter(Boolean))
    .filter((words) => words.length > 0);
  const terms: SearchTerm[] = [];
  for (let index = 0; index < chunks.length; ) {
    const single = chunks[index].length === 1 ? chunks[index][0] : null;
    // "thong tu" typed as separate words: one term, also found as the code TT.
    const named = DOCUMENT_TYPE_WORDS.find(
      ({ name }) => name.length > 1 && index + name.length <= chunks.length && sameWords(chunks.slice(index, index + name.length).flat(), name),
    );
    if (named) {
      terms.push({ words: named.name, alternatives: [[named.code]], prefix: false });
      index += named.name.length;
      continue;
    }
    const coded = single && single.length > 1 ? DOCUMENT_TYPE_WORDS.find(({ code }) => code === single) : undefined;
    terms.push({ words: chunks[index], alternatives: coded ? [coded.name] : [], prefix: false });
    index += 1;
  }
  const kept = terms.slice(0, MAX_TERMS);
  const last = kept.at(-1);
  // The chunk typed last may be unfinished; a document type's name ("thong tu") was recognised whole.
  if (last && !DOCUMENT_TYPE_WORDS.some(({ name }) => sameWords(name, last.words))) last.prefix = true;
  return last ? { terms: kept } : null;
}

/** The tsquery (config 'simple') of a parsed search. Words are [a-z0-9] only, so nothing needs quoting. */
export function toTsQuery(search: ParsedSearch): string {
  const phrase = (words: readonly string[], prefix: boolean) =>
    words.map((word, index) => (prefix && index === words.length - 1 ? `${word}:*` : word)).join(" <-> ");
  return search.terms
    .map((term) => {
      const options = [phrase(term.words, term.prefix), ...term.alternatives.map((words) => phrase(words, false))];
      return options.length === 1 ? options[0] : `(${options.join(" | ")})`;
    })
    .join(" & ");
}

function containsPhrase(haystack: readonly string[], words: readonly string[], prefix: boolean): boolean {
  for (let start = 0; start + words.length <= haystack.length; start++) {
    const found = words.every((word, offset) => {
      const candidate = haystack[start + offset];
      return prefix && offset === words.length - 1 ? candidate.startsWith(word) : candidate === word;
    });
    if (found) return true;
  }
  return false;
}

/** Whether a text matches the search, as the database would match it (for lists already in the browser). */
export function matchesSearch(search: ParsedSearch | null, text: string): boolean {
  if (!search) return true;
  const words = foldSearchText(text).split(" ");
  return search.terms.every(
    (term) => containsPhrase(words, term.words, term.prefix) || term.alternatives.some((alternative) => containsPhrase(words, alternative, false)),
  );
}

/** Typos are corrected only in words of five letters or more: a short one is more likely another word than a misspelling. */
export function isCorrectable(word: string): boolean {
  return word.length >= 5 && /^[a-z]+$/.test(word);
}

/** Levenshtein distance with transpositions (optimal string alignment): "one typo" is 1. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Whether a word of the text is the typed one with a typo (the rule of lib/search/typos.ts: one edit, typed words of five letters or more). */
function isTypoOf(word: string, typed: string): boolean {
  if (word.length < 4) return false;
  return editDistance(word, typed) <= 1 || (word.length > typed.length && editDistance(word.slice(0, typed.length), typed) <= 1);
}

export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * The text cut into parts, those that match a searched word marked (a word typed as a prefix
 * marks the whole word it begins; a misspelt one, the word it was corrected to). Rendered as <mark> by React, so the text stays escaped.
 */
export function highlightParts(text: string, search: ParsedSearch | null): HighlightPart[] {
  if (!search) return [{ text, match: false }];
  const prefixes = search.terms.filter((term) => term.prefix).flatMap((term) => term.words);
  const exact = new Set(search.terms.flatMap((term) => [...term.alternatives.flat(), ...(term.prefix ? [] : term.words)]));
  // As in SQL, a misspelling is looked for only where the typed word itself is not found.
  const words = foldSearchText(text).split(" ");
  const misspelt = search.terms
    .filter((term) => term.words.length === 1 && term.alternatives.length === 0 && isCorrectable(term.words[0]))
    .map((term) => term.words[0])
    .filter((typed) => !words.some((word) => word.startsWith(typed)));
  const parts: HighlightPart[] = [];
  let last = 0;
  for (const found of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const folded = foldSearchText(found[0]);
    const marked = exact.has(folded) || prefixes.some((prefix) => folded.startsWith(prefix)) || misspelt.some((typed) => isTypoOf(folded, typed));
    if (!marked) continue;
    const start = found.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
