import type { OfficialDocumentKind } from "@/db/schema";

/*
 * One description of an official document (Decree 30/2020/NĐ-CP, Appendix I), rendered two
 * ways from the same data: a .docx (lib/documents/docx.ts) and a print-ready A4 HTML view
 * (components/documents/official-document-print.tsx). The content builders
 * (lib/documents/content/*.ts) produce this; they know nothing of DOCX or HTML.
 */

export type DocumentBlock =
  /** A body paragraph: justified, first-line indent, 6 pt after (the defaults). */
  | { type: "paragraph"; text: string; bold?: boolean; italic?: boolean; indent?: boolean; align?: "left" | "center" | "right" | "justify" }
  /** A bold run-in heading inside the body ("I. KẾT QUẢ ĐẠT ĐƯỢC"). */
  | { type: "heading"; text: string }
  /** Numbered items ("1. …", "2. …"): the directives, the tasks. `start` continues a list. */
  | { type: "numbered"; items: string[]; start?: number }
  /** A table (the indicator table, the task table); `widths` are percentages. */
  | { type: "table"; header: string[]; rows: string[][]; widths?: number[]; numericColumns?: number[] };

export interface DocumentSignature {
  /** TM., KT., TL., TUQ., Q. — omitted when the head signs in their own name. */
  authorityPrefix?: string;
  /** With the prefix: the collective or the head in whose name one signs ("GIÁM ĐỐC", "UBND TỈNH"). */
  authorityBody?: string;
  /** The signer's own title ("PHÓ GIÁM ĐỐC"). */
  signerTitle: string;
  signerName: string;
}

export interface OfficialDocumentSpec {
  kind: OfficialDocumentKind;
  /** "UBND TỈNH ĐIỆN BIÊN" (capitals, not bold). */
  parentBody: string;
  /** "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" (capitals, bold). */
  issuingBody: string;
  /** "05/TB-STTTT" once issued; null for a draft (printed "Số:      /TB-STTTT"). */
  number: string | null;
  /** Type code and issuing body's symbol, for the draft number line ("TB", "STTTT"). */
  typeCode: string;
  issuerSymbol: string;
  /** "Điện Biên". */
  place: string;
  /** yyyy-MM-dd; printed "ngày 02 tháng 7 năm 2012" (lib/documents/dates.ts). */
  date: string;
  /** "THÔNG BÁO", "GIẤY MỜI", "BIÊN BẢN", "BÁO CÁO" (bold capitals, centred). */
  title: string;
  /** The line under the title ("Kết luận của … tại Hội nghị …"), bold, centred. */
  summary?: string;
  /** For letters addressed to someone: "Kính gửi: …" lines before the body. */
  addressees?: string[];
  body: DocumentBlock[];
  signature: DocumentSignature;
  /**
   * A second signature beside the main one, at the left (the minutes: THƯ KÝ beside CHỦ TỌA,
   * Decree 30/2020, Appendix III). "Nơi nhận:" then goes below both instead of beside the signature.
   */
  secondSignature?: DocumentSignature;
  /** "Nơi nhận:" lines without the leading "- " (added when rendered); the last is "Lưu: VT, …". */
  recipients: string[];
}
