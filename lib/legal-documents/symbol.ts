import { parseCalendarDate } from "@/lib/dates";

/**
 * Number and symbol ("số, ký hiệu") of Vietnamese legal and administrative documents, as laid
 * down by Decree 30/2020/NĐ-CP:
 * - legal normative documents: number/year/TYPE-ISSUER, e.g. 04/2012/TT-BTTTT (Thông tư số 04
 *   năm 2012 của Bộ Thông tin và Truyền thông), 30/2020/NĐ-CP, 42/2014/QĐ-TTg;
 * - administrative documents: number/TYPE-ISSUER, e.g. 05/TB-STTTT, 1234/KH-UBND; an official
 *   letter (công văn) carries no type code at all: 125/UBND-KGVX.
 * Officials type these by hand, so the parser accepts the usual variations and gives back one
 * normalized spelling that can be compared and searched.
 */

/** Type code → Vietnamese name, as the codes appear in symbols (CTr keeps its lower-case r). */
export const DOCUMENT_TYPES = {
  L: "Luật",
  NĐ: "Nghị định",
  NQ: "Nghị quyết",
  QĐ: "Quyết định",
  TT: "Thông tư",
  TTLT: "Thông tư liên tịch",
  CT: "Chỉ thị",
  KH: "Kế hoạch",
  TB: "Thông báo",
  BC: "Báo cáo",
  CV: "Công văn",
  GM: "Giấy mời",
  BB: "Biên bản",
  CTr: "Chương trình",
  HD: "Hướng dẫn",
  QC: "Quy chế",
} as const satisfies Record<string, string>;

export type DocumentTypeCode = keyof typeof DOCUMENT_TYPES;

/** Codes allowed with a year: only legal normative documents are numbered per year in the symbol. */
export const NORMATIVE_TYPE_CODES: readonly DocumentTypeCode[] = ["L", "NĐ", "NQ", "QĐ", "TT", "TTLT", "CT"];

/**
 * Issuer abbreviations that are not all capitals. "TTg" (Thủ tướng Chính phủ) is written with a
 * lower-case g in every official symbol, so upper-casing it would produce a symbol nobody uses.
 */
const MIXED_CASE_ISSUERS: readonly string[] = ["TTg"];

export interface DocumentSymbol {
  number: number;
  /** Year for legal normative documents; null for administrative ones. */
  year: number | null;
  typeCode: DocumentTypeCode;
  /** Issuing body, possibly with its sub-unit: "BTTTT", "TTg", "UBND-KGVX". */
  issuer: string;
  /** Canonical spelling: "04/2012/TT-BTTTT", "125/UBND-KGVX". */
  normalized: string;
}

export type DocumentSymbolError = "empty" | "format" | "number" | "year" | "type";

export type ParseDocumentSymbolResult = { ok: true; value: DocumentSymbol } | { ok: false; error: DocumentSymbolError };

// Upper-case lookups; "CT" and "CTR" stay distinct, so case-insensitive matching is safe.
const TYPE_BY_UPPER = new Map<string, DocumentTypeCode>(
  (Object.keys(DOCUMENT_TYPES) as DocumentTypeCode[]).map((code) => [code.toUpperCase(), code]),
);
const ISSUER_BY_UPPER = new Map<string, string>(MIXED_CASE_ISSUERS.map((token) => [token.toUpperCase(), token]));

/** A token of letters (Vietnamese included) and digits, e.g. "BTTTT", "QH13", "NĐ". */
const TOKEN = /^[\p{Script=Latin}0-9]+$/u;
const HAS_LETTER = /\p{Script=Latin}/u;

/**
 * Text as pasted from Word files or old TCVN3-converted documents: decomposed accents, dashes
 * instead of hyphens, the Icelandic Ð (U+00D0) that looks exactly like the Vietnamese Đ.
 */
function clean(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u00D0/g, "Đ")
    .replace(/\u00F0/g, "đ")
    .trim();
}

function normalizeIssuerToken(token: string): string {
  const upper = token.toUpperCase();
  return ISSUER_BY_UPPER.get(upper) ?? upper;
}

/** Numbers below 10 are written with a leading zero (Decree 30/2020/NĐ-CP, Appendix I). */
function padNumber(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function parseDocumentSymbol(text: string): ParseDocumentSymbolResult {
  // "Số: 05/TB-STTTT" is how the symbol is printed on the document itself ("So:" when typed
  // without accents); a symbol always starts with a digit, so the prefix cannot be misread.
  const body = clean(text)
    .replace(/^s[ốo]\s*:?\s*/iu, "")
    .replace(/\s*([/-])\s*/g, "$1");
  if (body === "") return { ok: false, error: "empty" };
  if (/\s/.test(body)) return { ok: false, error: "format" };

  const parts = body.split("/");
  if (parts.length !== 2 && parts.length !== 3) return { ok: false, error: "format" };
  const numberText = parts[0];
  const yearText = parts.length === 3 ? parts[1] : null;
  const rest = parts[parts.length - 1];

  if (!/^\d{1,6}$/.test(numberText)) return { ok: false, error: "number" };
  const number = Number(numberText);
  // One sequence per issuer per year; none reaches five digits, so 0 and 10000+ are typos.
  if (number < 1 || number > 9999) return { ok: false, error: "number" };

  let year: number | null = null;
  if (yearText !== null) {
    if (!/^\d{4}$/.test(yearText)) return { ok: false, error: "year" };
    year = Number(yearText);
    // 1945: the first documents of the Democratic Republic of Vietnam.
    if (year < 1945 || year > 2100) return { ok: false, error: "year" };
  }

  const tokens = rest.split("-");
  if (tokens.some((token) => !TOKEN.test(token))) return { ok: false, error: "format" };

  const candidate = TYPE_BY_UPPER.get(tokens[0].toUpperCase());
  // A known code followed by nothing ("05/TB") is a symbol missing its issuer, not an issuer "TB".
  const explicitType = candidate !== undefined && tokens.length > 1 ? candidate : undefined;
  if (candidate !== undefined && tokens.length === 1) return { ok: false, error: "format" };
  const issuerTokens = explicitType === undefined ? tokens : tokens.slice(1);
  if (!issuerTokens.some((token) => HAS_LETTER.test(token))) return { ok: false, error: "format" };

  // Công văn carry no type code: the whole remainder is the issuer (125/UBND-KGVX).
  const typeCode: DocumentTypeCode = explicitType ?? "CV";
  if (year !== null && (explicitType === undefined || !NORMATIVE_TYPE_CODES.includes(explicitType))) {
    return { ok: false, error: "type" };
  }

  const issuer = issuerTokens.map(normalizeIssuerToken).join("-");
  const symbolTail = explicitType === undefined ? issuer : `${explicitType}-${issuer}`;
  const normalized = [padNumber(number), ...(year === null ? [] : [String(year)]), symbolTail].join("/");
  return { ok: true, value: { number, year, typeCode, issuer, normalized } };
}

/**
 * Citation of a document as written in Vietnamese legal texts: "Thông tư số 04/2012/TT-BTTTT
 * ngày 13/4/2012". Citations drop the leading zeros of day and month, unlike the date line of
 * the document itself ("ngày 02 tháng 7 năm 2012"). `issuedOn` is a calendar date, yyyy-MM-dd
 * (dd/MM/yyyy is read too).
 */
export function documentTitle(value: DocumentSymbol, issuedOn?: string): string {
  const title = `${DOCUMENT_TYPES[value.typeCode]} số ${value.normalized}`;
  if (issuedOn === undefined) return title;
  const iso = parseCalendarDate(issuedOn);
  // A wrong date in a legal citation is worse than an error, so an impossible one throws.
  if (iso === undefined) throw new RangeError(`issuedOn must be a calendar date, got "${issuedOn}"`);
  const [year, month, day] = iso.split("-").map(Number);
  return `${title} ngày ${day}/${month}/${year}`;
}
