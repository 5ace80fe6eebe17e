import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IBorderOptions,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { formatDocumentDate } from "./dates";
import {
  addresseeLines,
  BODY_AFTER_PT,
  BODY_FIRST_LINE_CM,
  caps,
  CLOSING_PERCENT,
  columnPercents,
  documentCaption,
  FONT,
  HEADER_MM,
  MOTTO,
  NATIONAL_TITLE,
  PAGE_MM,
  RECIPIENT_LINES_BESIDE_SIGNATURE,
  RECIPIENTS_HEADING,
  recipientLines,
  RULE_MM,
  signatureHeadLines,
  SIZE_PT,
} from "./docx-format";
import { withFixedZipTimes } from "./docx-zip";
import { documentNumberLine } from "./numbering";
import type { DocumentBlock, DocumentSignature, OfficialDocumentSpec } from "./spec";

/** Millimetres to twips, rounded (20 mm → 1134, 30 mm → 1701, 15 mm → 850). */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const halfPoints = (pt: number) => pt * 2;

const PAGE = { width: twips(PAGE_MM.width), height: twips(PAGE_MM.height) };
const TEXT_WIDTH = PAGE.width - twips(PAGE_MM.left) - twips(PAGE_MM.right);
const BODY_INDENT = Math.round((BODY_FIRST_LINE_CM * 1440) / 2.54);
const BODY_AFTER = BODY_AFTER_PT * 20;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

/** Every run names Times New Roman itself, so a copy-paste into another document keeps the font. */
function run(text: string, style: RunStyle): TextRun {
  return new TextRun({ text: text.normalize("NFC"), font: FONT, size: halfPoints(style.size), bold: style.bold, italics: style.italics });
}

interface LineStyle extends RunStyle {
  align?: Align;
  before?: number;
  after?: number;
  firstLine?: number;
  left?: number;
  keepNext?: boolean;
  keepLines?: boolean;
}

function line(text: string, style: LineStyle): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.CENTER,
    spacing: { before: style.before ?? 0, after: style.after ?? 0 },
    indent: style.firstLine || style.left ? { firstLine: style.firstLine, left: style.left } : undefined,
    keepNext: style.keepNext,
    keepLines: style.keepLines,
    children: [run(text, style)],
  });
}

/** A short centred rule (a top border on an empty, thin paragraph), as wide as `ruleMm` in a column `columnTwips` wide. */
function rule(columnTwips: number, ruleMm: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - twips(ruleMm)) / 2));
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: { left: side, right: side },
    spacing: { before: 20, after: 0, line: 120, lineRule: "exact" },
    run: { font: FONT, size: 4 },
    children: [],
  });
}

function cell(children: Paragraph[], width: number, borders = NO_BORDERS): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders, margins: { left: 0, right: 0, top: 0, bottom: 0 } });
}

/** Parent and issuing body with the number (left); national title and motto with the place and date (right). */
function headerTable(spec: OfficialDocumentSpec): Table {
  const left = twips(HEADER_MM.left);
  const right = twips(HEADER_MM.right);
  const top = new TableRow({
    children: [
      cell([line(caps(spec.parentBody), { size: SIZE_PT.parentBody }), line(caps(spec.issuingBody), { size: SIZE_PT.issuingBody, bold: true }), rule(left, RULE_MM.issuingBody)], left),
      cell([line(NATIONAL_TITLE, { size: SIZE_PT.nationalTitle, bold: true }), line(MOTTO, { size: SIZE_PT.motto, bold: true }), rule(right, RULE_MM.motto)], right),
    ],
  });
  const second = new TableRow({
    children: [
      cell([line(documentNumberLine(spec), { size: SIZE_PT.number, before: 120 })], left),
      cell([line(formatDocumentDate(spec.place, spec.date), { size: SIZE_PT.placeDate, italics: true, before: 120 })], right),
    ],
  });
  return new Table({
    rows: [top, second],
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

function titleBlock(spec: OfficialDocumentSpec): Paragraph[] {
  const paragraphs = [line(caps(spec.title), { size: SIZE_PT.title, bold: true, before: 360, keepNext: true })];
  if (spec.summary) {
    paragraphs.push(line(spec.summary, { size: SIZE_PT.summary, bold: true, keepNext: true }), rule(TEXT_WIDTH, RULE_MM.summary));
  }
  const addressees = addresseeLines(spec.addressees);
  if (addressees.single) paragraphs.push(line(addressees.single, { size: SIZE_PT.body, before: 240, after: 120 }));
  if (addressees.list) {
    paragraphs.push(line("Kính gửi:", { size: SIZE_PT.body, before: 240, align: AlignmentType.LEFT, left: twips(25) }));
    for (const text of addressees.list) paragraphs.push(line(text, { size: SIZE_PT.body, align: AlignmentType.LEFT, left: twips(45) }));
  }
  // Space between the heading part and the body.
  paragraphs.push(new Paragraph({ spacing: { before: 0, after: 120 }, run: { font: FONT, size: halfPoints(SIZE_PT.body) }, children: [] }));
  return paragraphs;
}

const ALIGN: Record<NonNullable<Extract<DocumentBlock, { type: "paragraph" }>["align"]>, Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

function bodyParagraph(text: string, options: { bold?: boolean; italics?: boolean; indent?: boolean; align?: Align; keepNext?: boolean } = {}): Paragraph {
  return line(text, {
    size: SIZE_PT.body,
    bold: options.bold,
    italics: options.italics,
    align: options.align ?? AlignmentType.JUSTIFIED,
    firstLine: options.indent === false ? undefined : BODY_INDENT,
    after: BODY_AFTER,
    keepNext: options.keepNext,
  });
}

function dataTable(block: Extract<DocumentBlock, { type: "table" }>): (Table | Paragraph)[] {
  const widths = columnPercents(block).map((percent) => Math.floor((TEXT_WIDTH * percent) / 100));
  const numeric = new Set(block.numericColumns ?? []);
  const tableCell = (text: string, column: number, header: boolean) =>
    new TableCell({
      width: { size: widths[column], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        line(text, {
          size: SIZE_PT.table,
          bold: header,
          align: header ? AlignmentType.CENTER : numeric.has(column) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        }),
      ],
    });
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((text, column) => tableCell(text, column, true)) }),
    ...block.rows.map((cells) => new TableRow({ cantSplit: true, children: block.header.map((_, column) => tableCell(cells[column] ?? "", column, false)) })),
  ];
  const table = new Table({ rows, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: GRID });
  // A paragraph after every table: Word merges two tables that touch, and the body needs its spacing back.
  return [table, new Paragraph({ spacing: { before: 0, after: BODY_AFTER }, run: { font: FONT, size: halfPoints(SIZE_PT.body) }, children: [] })];
}

function bodyBlocks(blocks: readonly DocumentBlock[]): (Paragraph | Table)[] {
  return blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.type) {
      case "paragraph":
        return [bodyParagraph(block.text, { bold: block.bold, italics: block.italic, indent: block.indent, align: block.align ? ALIGN[block.align] : undefined })];
      case "heading":
        return [bodyParagraph(block.text, { bold: true, keepNext: true })];
      case "numbered": {
        const start = block.start ?? 1;
        return block.items.map((item, index) => bodyParagraph(`${start + index}. ${item}`));
      }
      case "table":
        return dataTable(block);
    }
  });
}

function recipientHeading(before = 0): Paragraph {
  return line(RECIPIENTS_HEADING, { size: SIZE_PT.recipientsHeading, bold: true, italics: true, align: AlignmentType.LEFT, before, keepNext: true });
}

function recipientLineParagraphs(lines: readonly string[]): Paragraph[] {
  return lines.map((text) => line(text, { size: SIZE_PT.recipients, align: AlignmentType.LEFT }));
}

/**
 * A signature block: the authority and title lines, room for the signature and the seal, the
 * name. Its lines keep together (keep with next, keep lines) so the block is never cut between
 * two pages; the row around it may split, so a long "Nơi nhận" never drags it to a new page.
 */
function signatureParagraphs(signature: DocumentSignature): Paragraph[] {
  const style = { size: SIZE_PT.signature, bold: true, keepNext: true, keepLines: true };
  return [...signatureHeadLines(signature).map((text) => line(text, style)), line(signature.signerName, { ...style, keepNext: false, before: 1700 })];
}

/**
 * Recipients at the left, the signature at the right, side by side as on a signed paper; with
 * a second signature (the minutes' THƯ KÝ) the two signatures share the row and the
 * recipients follow below. No row is kept from splitting (no cantSplit): only the signature
 * lines keep together.
 */
function closingBlock(spec: OfficialDocumentSpec): (Table | Paragraph)[] {
  const second = spec.secondSignature;
  const lines = recipientLines(spec.recipients);
  const left = second ? Math.floor(TEXT_WIDTH / 2) : Math.floor((TEXT_WIDTH * CLOSING_PERCENT.recipients) / 100);
  const right = TEXT_WIDTH - left;
  const besideSignature = lines.slice(0, RECIPIENT_LINES_BESIDE_SIGNATURE);
  const below = lines.slice(RECIPIENT_LINES_BESIDE_SIGNATURE);
  const rows = second
    ? [new TableRow({ children: [cell(signatureParagraphs(second), left), cell(signatureParagraphs(spec.signature), right)] })]
    : [
        new TableRow({ children: [cell([recipientHeading(), ...recipientLineParagraphs(besideSignature)], left), cell(signatureParagraphs(spec.signature), right)] }),
        ...(below.length > 0 ? [new TableRow({ children: [cell(recipientLineParagraphs(below), left), cell([new Paragraph({ children: [] })], right)] })] : []),
      ];
  const table = new Table({ rows, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [left, right], layout: TableLayoutType.FIXED, borders: NO_BORDERS });
  return second ? [table, recipientHeading(360), ...recipientLineParagraphs(lines)] : [table];
}

/** Page numbers from the second page on, centred at the top (Decree 30, Appendix I). */
function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(SIZE_PT.body) })] })],
  });
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The file's properties with the document's own date instead of the moment of rendering. */
function coreProperties(spec: OfficialDocumentSpec): string {
  const stamp = `${spec.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(documentCaption(spec))}</dc:title>` +
    `<dc:creator>${escapeXml(caps(spec.issuingBody))}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(caps(spec.issuingBody))}</cp:lastModifiedBy>` +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/**
 * The document as a .docx in the Decree 30/2020 format. The same spec always gives the
 * same bytes: the file's dates are the document's date (core properties and zip times).
 */
export async function renderDocx(spec: OfficialDocumentSpec): Promise<Buffer> {
  const document = new Document({
    title: documentCaption(spec),
    creator: caps(spec.issuingBody),
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(SIZE_PT.body), language: { value: "vi-VN" } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: twips(PAGE_MM.top), bottom: twips(PAGE_MM.bottom), left: twips(PAGE_MM.left), right: twips(PAGE_MM.right), header: twips(10), footer: twips(10), gutter: 0 },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [headerTable(spec), ...titleBlock(spec), ...bodyBlocks(spec.body), ...closingBlock(spec)],
      },
    ],
  });
  const packed = await Packer.toBuffer(document, false, [{ path: "docProps/core.xml", data: coreProperties(spec) }]);
  return withFixedZipTimes(packed, spec.date);
}
