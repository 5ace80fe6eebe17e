import type { DocumentSignature } from "@/lib/documents/spec";
import { formatTime, vietnamDate } from "@/lib/format";
import { localParts } from "@/lib/conferences/time";
import { documentShortDate } from "@/lib/documents/dates";

/*
 * The wording of official documents. Documents go out in Vietnamese whatever language the
 * clerk's screen is in, so these phrases are fixed here (as the status words of QĐ 42/2014
 * are in lib/tasks/status.ts) rather than taken from the interface messages. Pure functions:
 * the builders' tests exercise them without a database.
 */

/** Sunday first, lower-case "thứ" as inside a sentence ("thứ Hai, ngày 02/7/2012"). */
const WEEKDAYS_VI = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

export const upperVi = (text: string) => text.toLocaleUpperCase("vi-VN");

/** "Hội nghị sơ kết" → "hội nghị sơ kết" inside a sentence; an acronym ("UBND …") is left alone. */
export function lowerFirst(text: string): string {
  if (text.length < 2 || text[1] !== text[1].toLocaleLowerCase("vi-VN")) return text;
  return text[0].toLocaleLowerCase("vi-VN") + text.slice(1);
}

export function upperFirst(text: string): string {
  return text ? text[0].toLocaleUpperCase("vi-VN") + text.slice(1) : text;
}

/** Ends a sentence once: "… năm 2012" → "… năm 2012."; a text already ending in . ! ? : ; is kept. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:;]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Dates inside documents have one formatter (lib/documents/dates.ts), re-exported for the builders. */
export { documentShortDate };

export { vietnamDate };

/** "08 giờ 00 phút" in Vietnam. */
export function clockPhrase(instant: Date): string {
  return clockPhraseOf(formatTime(instant));
}

/** "08:00" → "08 giờ 00 phút"; anything else is returned as typed. */
export function clockPhraseOf(time: string): string {
  const match = /^(\d{1,2})[:hH](\d{2})$/.exec(time.trim());
  return match ? `${match[1].padStart(2, "0")} giờ ${match[2]} phút` : time.trim();
}

/** "thứ Hai, ngày 02/7/2012". */
export function dayPhrase(instant: Date): string {
  return `${WEEKDAYS_VI[localParts(instant).weekday] ?? ""}, ngày ${documentShortDate(vietnamDate(instant))}`;
}

/** "Vào hồi 08 giờ 00 phút, thứ Hai, ngày 02/7/2012". */
export function startPhrase(instant: Date): string {
  return `Vào hồi ${clockPhrase(instant)}, ${dayPhrase(instant)}`;
}

/** "đồng chí Lò Văn Thắng, Giám đốc Sở". */
export function comrade(name: string, position?: string | null): string {
  return position ? `đồng chí ${name}, ${position}` : `đồng chí ${name}`;
}

/** How an invitee is named in a letter: an agency sends its leader or a representative. */
export function inviteeLine(invitee: { agencyName: string | null; personName: string | null; personPosition: string | null }): string {
  if (invitee.personName) return upperFirst(comrade(invitee.personName, invitee.personPosition));
  return `Lãnh đạo ${invitee.agencyName ?? ""}`.trim();
}

/** The parent body's line: "Ủy ban nhân dân tỉnh Điện Biên" → "UBND TỈNH ĐIỆN BIÊN" (capitals, the usual abbreviation). */
export function parentBodyLine(parentName: string | null): string {
  if (!parentName) return "";
  return upperVi(parentName.replace(/^(Ủy|Uỷ) ban nhân dân/i, "UBND"));
}

const LOCALITY = /\s+((?:tỉnh|thành phố)\s+.+)$/i;

/**
 * The issuing body without the locality its parent already names: "Sở Thông tin và Truyền
 * thông tỉnh Điện Biên" under "UBND tỉnh Điện Biên" is "Sở Thông tin và Truyền thông".
 */
export function bodyNameWithoutLocality(name: string, parentName: string | null): string {
  const own = LOCALITY.exec(name);
  const parent = parentName ? LOCALITY.exec(parentName) : null;
  if (own && parent && own[1].toLocaleLowerCase("vi-VN") === parent[1].toLocaleLowerCase("vi-VN")) return name.slice(0, own.index);
  return name;
}

/** The place on the date line: the province or city the body sits in ("Điện Biên"). */
export function placeOf(name: string, parentName: string | null): string {
  for (const candidate of [parentName, name]) {
    const match = candidate ? /(?:tỉnh|thành phố)\s+(.+)$/i.exec(candidate) : null;
    if (match) return match[1].trim();
  }
  return "";
}

/** The prefixes of Decree 30/2020 (Appendix I): on behalf of a collective, deputy, by order, by authorisation, acting. */
export const AUTHORITY_PREFIXES = ["TM.", "KT.", "TL.", "TUQ.", "Q."] as const;
export type AuthorityPrefix = (typeof AUTHORITY_PREFIXES)[number];

export interface SignerInput {
  signerName: string;
  signerTitle: string;
  authorityPrefix?: AuthorityPrefix | null;
  /** With a prefix: the head or collective in whose name one signs ("GIÁM ĐỐC"). */
  authorityBody?: string | null;
}

/** The signature block in capitals as the decree prints it; the name keeps its own case. */
export function signatureOf(input: SignerInput): DocumentSignature {
  const prefix = input.authorityPrefix ?? undefined;
  return {
    ...(prefix ? { authorityPrefix: prefix, authorityBody: upperVi(input.authorityBody?.trim() || "GIÁM ĐỐC") } : {}),
    signerTitle: upperVi(input.signerTitle.trim()),
    signerName: input.signerName.trim(),
  };
}

/** "Lưu: VT, VP." closes every recipients block. */
export function archiveLine(unitCode: string | null | undefined): string {
  return `Lưu: VT${unitCode ? `, ${unitCode}` : ""}.`;
}

/** Recipients once each, in order (an invitee that also leads a task is listed once), then the archive line. */
export function recipientsBlock(lines: readonly string[], archive: string): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const line of lines) {
    const text = line.trim();
    const key = text.toLocaleLowerCase("vi-VN");
    if (!text || seen.has(key)) continue;
    seen.add(key);
    unique.push(text);
  }
  return [...unique, archive];
}

/** Paragraph texts from a multi-line text area: one per non-empty line. */
export function paragraphsOf(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
