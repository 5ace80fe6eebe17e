import { comparePeriods, parsePeriod, periodsOfYear, type PeriodKind } from "./periods";

/*
 * The period words inside a conference's title and agenda ("… 6 tháng đầu năm và triển khai
 * nhiệm vụ 6 tháng cuối năm 2012"), so "Tạo kỳ tiếp theo" can carry them to the new periods
 * instead of copying last period's words. Only the words of the periods being replaced are
 * touched, and a phrase that borrowed its year from a later one ("6 tháng đầu năm và …
 * năm 2012") gets its own year when the two no longer share it.
 */

const ROMAN = ["I", "II", "III", "IV"];

/** The phrase of a period with or without its year, as a clerk writes it in a title. */
export function periodPhrase(code: string, withYear: boolean, yearSeparator = " năm "): string {
  const p = parsePeriod(code);
  if (!p) return code;
  const year = (words: string) => (withYear ? `${words} ${p.year}` : words);
  switch (p.unit) {
    case "H":
      return year(p.index === 1 ? "6 tháng đầu năm" : "6 tháng cuối năm");
    case "9M":
      return year("9 tháng năm");
    case "Y":
      return `năm ${p.year}`;
    case "Q":
      return withYear ? `quý ${ROMAN[p.index - 1]}${yearSeparator}${p.year}` : `quý ${ROMAN[p.index - 1]}`;
    case "M":
      return `tháng ${p.index}${yearSeparator}${p.year}`;
  }
}

/** Where the words of a period sit in a text; the year group is absent when the phrase has none. */
function phrasePattern(code: string): RegExp | null {
  const p = parsePeriod(code);
  if (!p) return null;
  const y = String(p.year);
  const optionalYear = `(?:(\\s+)(${y})(?!\\d)|(?!\\s+\\d{4}))`;
  const sepYear = (required: boolean) => `(?:(\\/|\\s+năm\\s+)(${y})(?!\\d)${required ? "" : "|(?!\\s*(?:\\/|năm)\\s*\\d{4})"})`;
  const start = "(?<![\\p{L}\\d])";
  switch (p.unit) {
    case "H":
      return new RegExp(`${start}6 tháng ${p.index === 1 ? "đầu" : "cuối"} năm${optionalYear}`, "giu");
    case "9M":
      return new RegExp(`${start}9 tháng(?: đầu)? năm${optionalYear}`, "giu");
    case "Y":
      // "năm 2012" alone, not the end of "6 tháng đầu năm 2012" or "tháng 7 năm 2012".
      return new RegExp(`(?<!tháng(?: đầu| cuối)? |tháng \\d{1,2} |quý [IV]{1,3} )${start}năm(\\s+)(${y})(?!\\d)`, "giu");
    case "Q":
      return new RegExp(`${start}quý ${ROMAN[p.index - 1]}(?![IV\\p{L}])${sepYear(false)}`, "giu");
    case "M":
      return new RegExp(`${start}tháng 0?${p.index}(?!\\d)${sepYear(true)}`, "giu");
  }
}

/** Phrases with more words first, so "6 tháng đầu năm 2012" is not read as "năm 2012". */
const SPECIFICITY: Record<PeriodKind, number> = { H: 0, "9M": 0, Q: 1, M: 1, Y: 2 };

interface Found {
  start: number;
  end: number;
  to: string;
  hasYear: boolean;
  separator: string;
  capital: boolean;
}

/** Replaces the words of each `from` period by those of its `to` period. Unknown codes change nothing. */
export function replacePeriodWords(text: string, changes: readonly { from: string | null | undefined; to: string | null | undefined }[]): string {
  const usable = changes
    .filter((c): c is { from: string; to: string } => !!c.from && !!c.to && c.from !== c.to && !!parsePeriod(c.from) && !!parsePeriod(c.to))
    .sort((a, b) => SPECIFICITY[parsePeriod(a.from)!.unit] - SPECIFICITY[parsePeriod(b.from)!.unit]);
  const found: Found[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const change of usable) {
    for (const match of text.matchAll(phrasePattern(change.from)!)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      const year = match[2];
      const separator = match[1] ?? " năm ";
      found.push({ start, end, to: change.to, hasYear: year !== undefined, separator: separator.trim() === "/" ? "/" : " năm ", capital: /^\p{Lu}/u.test(match[0]) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  let result = "";
  let at = 0;
  found.forEach((f, i) => {
    // A phrase without a year reads the year of the next phrase that has one; keep that true.
    const lender = found.slice(i + 1).find((next) => next.hasYear);
    const withYear = f.hasYear || !lender || parsePeriod(lender.to)!.year !== parsePeriod(f.to)!.year;
    const words = periodPhrase(f.to, withYear, f.separator);
    result += text.slice(at, f.start) + (f.capital ? words[0].toUpperCase() + words.slice(1) : words);
    at = f.end;
  });
  return result + text.slice(at);
}

/**
 * The periods a form offers around a reference period (or year): every quarter, half, nine
 * months and year of the year before, the year itself and the year after, and the months of
 * the year itself. The current value is always kept, even outside that range.
 */
export function periodChoices(reference: string | null | undefined, fallbackYear: number, keep: readonly (string | null | undefined)[] = []): string[] {
  const year = (reference && parsePeriod(reference)?.year) || fallbackYear;
  const codes = new Set<string>();
  for (const y of [year - 1, year, year + 1]) {
    for (const kind of ["Y", "H", "9M", "Q"] as const) for (const code of periodsOfYear(y, kind)) codes.add(code);
    if (y === year) for (const code of periodsOfYear(y, "M")) codes.add(code);
  }
  for (const code of keep) if (code && parsePeriod(code)) codes.add(code);
  return [...codes].sort(comparePeriods);
}
