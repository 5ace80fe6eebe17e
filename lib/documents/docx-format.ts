import type { DocumentSignature, OfficialDocumentSpec } from "./spec";

/*
 * The Decree 30/2020/NĐ-CP format (Appendix I) as numbers, shared by the .docx renderer
 * (docx.ts) and the print view (components/documents/official-document-print.tsx) so both
 * lay a document out the same way, and the few text rules both apply.
 */

export const FONT = "Times New Roman";

/** A4 and the margins, in millimetres (top/bottom 20, left 30, right 15). */
export const PAGE_MM = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
/** The width between the margins (165 mm): tables and the header span it. */
export const TEXT_WIDTH_MM = PAGE_MM.width - PAGE_MM.left - PAGE_MM.right;

/** Sizes in points. */
export const SIZE_PT = {
  parentBody: 12,
  issuingBody: 12,
  nationalTitle: 12,
  motto: 13,
  number: 13,
  placeDate: 13,
  title: 14,
  summary: 14,
  body: 14,
  table: 13,
  signature: 14,
  recipientsHeading: 12,
  recipients: 11,
} as const;

/** First-line indent of body paragraphs (1.27 cm) and the space after them (6 pt). */
export const BODY_FIRST_LINE_CM = 1.27;
export const BODY_AFTER_PT = 6;

/**
 * The header is a two-column table as wide as the text: parent and issuing body (left),
 * national title and motto (right). It stays inside the margins (a browser clips what
 * reaches into them): at 12 pt bold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is about 88 mm
 * and "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" about 74 mm, so both keep to one line; a longer body
 * name wraps, as on paper.
 */
export const HEADER_MM = { left: 75, right: 90 } as const;
/** The rule under the issuing body is about 1/3 of its line; the one under the motto as long as the motto. */
export const RULE_MM = { issuingBody: 30, motto: 58, summary: 40 } as const;
/** Recipients (left) and signature (right) share the last block. */
export const CLOSING_PERCENT = { recipients: 45, signature: 55 } as const;

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const RECIPIENTS_HEADING = "Nơi nhận:";

/**
 * How many "Nơi nhận" lines share the first row with the signature (about its height). The
 * rest go to a second row below, which may run on to the next page: LibreOffice never splits
 * the first row of a table that would fit whole on the next page, so a single tall row
 * would still jump to a new page there, leaving the previous one half empty; Chromium moves
 * a grid row whose signature may not break the same way, so the print view splits likewise.
 */
export const RECIPIENT_LINES_BESIDE_SIGNATURE = 8;

/** Vietnamese capitals (the document's names and titles are written in capitals). */
export function caps(text: string): string {
  return text.normalize("NFC").toLocaleUpperCase("vi-VN");
}

/**
 * The "Nơi nhận:" lines as printed: "- Như trên;" … "- Lưu: VT, TH." — each with its dash,
 * a semicolon after every line but the last and a full stop after the last, whatever
 * punctuation the builder left at the end.
 */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((line, index) => {
    const bare = line.trim().replace(/^-\s*/, "").replace(/[;,.]+$/, "");
    return `- ${bare}${index === recipients.length - 1 ? "." : ";"}`;
  });
}

/**
 * The signature block's lines above the space for the signature: "KT. GIÁM ĐỐC" then
 * "PHÓ GIÁM ĐỐC"; the head signing in their own name has only their title.
 */
export function signatureHeadLines(signature: DocumentSignature): string[] {
  const lines: string[] = [];
  if (signature.authorityPrefix) lines.push(caps([signature.authorityPrefix.trim(), signature.authorityBody?.trim()].filter(Boolean).join(" ")));
  lines.push(caps(signature.signerTitle.trim()));
  return lines;
}

/**
 * "Kính gửi: Sở Tài chính." for one addressee; "Kính gửi:" followed by "- …;" lines for
 * several. Builders give the names only.
 */
export function addresseeLines(addressees: readonly string[] | undefined): { single?: string; list?: string[] } {
  const names = (addressees ?? []).map((name) => name.trim().replace(/^Kính gửi:\s*/i, "").replace(/[;,.]+$/, "")).filter(Boolean);
  if (names.length === 0) return {};
  if (names.length === 1) return { single: `Kính gửi: ${names[0]}.` };
  return { list: names.map((name, index) => `- ${name}${index === names.length - 1 ? "." : ";"}`) };
}

/** A table's column widths in percent: the builder's when they are usable, equal shares otherwise. */
export function columnPercents(block: { header: string[]; widths?: number[] }): number[] {
  const count = block.header.length;
  const widths = block.widths;
  if (widths && widths.length === count && widths.every((w) => w > 0)) {
    const total = widths.reduce((sum, w) => sum + w, 0);
    return widths.map((w) => (w / total) * 100);
  }
  return block.header.map(() => 100 / count);
}

/** Title words for the file's properties: "05/TB-STTTT THÔNG BÁO". */
export function documentCaption(spec: Pick<OfficialDocumentSpec, "number" | "title">): string {
  return [spec.number, caps(spec.title)].filter(Boolean).join(" ");
}
