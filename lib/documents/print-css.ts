import { BODY_AFTER_PT, BODY_FIRST_LINE_CM, CLOSING_PERCENT, FONT, HEADER_MM, PAGE_MM, SIZE_PT } from "./docx-format";

/*
 * The style sheet of the print view (components/documents/official-document-print.tsx).
 *
 * Every length on the sheet is a multiple of --mm, one millimetre of the A4 page. On screen
 * --mm is a 210th of the frame's width (a container query unit), so the whole sheet, type
 * included, scales down as one piece on a phone; printed, --mm is a real millimetre and
 * @page gives the Decree's margins, the same as the .docx (PAGE_MM). Nothing on the sheet
 * reaches into the margins: Chromium clips what lies outside the page area, which is how the
 * issuing body once printed as "Ở THÔNG TIN…".
 *
 * Page numbers: from the second page on, centred in the top margin (Decree 30/2020,
 * Appendix I), with CSS page-margin boxes and the page counter (Chromium 131 and later;
 * an older browser prints no number). The browser's own header and footer (title, URL,
 * date) are switched off in its print dialog ("Đầu trang và chân trang").
 */

export const pt = (size: number) => `calc(var(--mm) * ${(size * 0.352778).toFixed(4)})`;
export const mm = (size: number) => `calc(var(--mm) * ${size})`;

export const officialDocumentCss = `
@page {
  size: A4;
  margin: ${PAGE_MM.top}mm ${PAGE_MM.right}mm ${PAGE_MM.bottom}mm ${PAGE_MM.left}mm;
  @top-center { content: counter(page); font-family: "${FONT}", "Liberation Serif", serif; font-size: ${SIZE_PT.body}pt; vertical-align: bottom; padding-bottom: 4mm; }
}
@page :first { @top-center { content: none; } }
.odp-frame { container-type: inline-size; max-width: ${PAGE_MM.width}mm; margin: 0 auto 1.5rem; }
.odp-sheet {
  --mm: calc(100cqw / ${PAGE_MM.width});
  box-sizing: border-box; width: 100%; min-height: ${mm(PAGE_MM.height)};
  padding: ${mm(PAGE_MM.top)} ${mm(PAGE_MM.right)} ${mm(PAGE_MM.bottom)} ${mm(PAGE_MM.left)};
  background: #fff; color: #000; box-shadow: 0 1px 3px rgba(15, 23, 42, .25), 0 8px 24px rgba(15, 23, 42, .12);
  font-family: "${FONT}", Times, "Liberation Serif", serif; font-size: ${pt(SIZE_PT.body)}; line-height: 1.2;
  font-kerning: normal; overflow-wrap: break-word;
}
.odp-sheet :where(p) { margin: 0; }
.odp-head { display: grid; grid-template-columns: ${HEADER_MM.left}fr ${HEADER_MM.right}fr; text-align: center; }
.odp-rule { border: 0; border-top: ${mm(0.18)} solid #000; margin: ${mm(1.2)} auto ${mm(0.8)}; height: 0; }
.odp-number { white-space: pre-wrap; font-size: ${pt(SIZE_PT.number)}; margin-top: ${pt(6)}; }
.odp-date { font-style: italic; font-size: ${pt(SIZE_PT.placeDate)}; margin-top: ${pt(6)}; }
.odp-title { text-align: center; font-weight: bold; font-size: ${pt(SIZE_PT.title)}; margin-top: ${pt(18)}; break-after: avoid; }
.odp-summary { text-align: center; font-weight: bold; font-size: ${pt(SIZE_PT.summary)}; }
.odp-addressees { margin: ${pt(12)} 0 ${pt(6)}; }
.odp-addressees p { padding-left: ${mm(45)}; }
.odp-addressees .odp-lead { padding-left: ${mm(25)}; }
.odp-body { margin-top: ${pt(6)}; }
.odp-body p { text-align: justify; text-indent: ${mm(BODY_FIRST_LINE_CM * 10)}; margin-bottom: ${pt(BODY_AFTER_PT)}; }
.odp-body p.odp-no-indent { text-indent: 0; }
.odp-table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: ${pt(SIZE_PT.table)}; margin-bottom: ${pt(BODY_AFTER_PT)}; }
.odp-table th, .odp-table td { border: ${mm(0.18)} solid #000; padding: ${mm(0.7)} ${mm(1.4)}; vertical-align: middle; text-align: left; }
.odp-table th { font-weight: bold; text-align: center; }
.odp-table tr { break-inside: avoid; }
.odp-table td.odp-num { text-align: right; font-variant-numeric: tabular-nums; }
.odp-closing { display: grid; grid-template-columns: ${CLOSING_PERCENT.recipients}fr ${CLOSING_PERCENT.signature}fr; margin-top: ${pt(12)}; }
.odp-closing.odp-two-signatures { grid-template-columns: 1fr 1fr; }
.odp-recipients-block { margin-top: ${pt(18)}; }
.odp-recipients-rest { width: ${CLOSING_PERCENT.recipients}%; }
.odp-recipients-heading { font-weight: bold; font-style: italic; font-size: ${pt(SIZE_PT.recipientsHeading)}; break-after: avoid; }
.odp-recipients { font-size: ${pt(SIZE_PT.recipients)}; }
.odp-signature { text-align: center; font-weight: bold; font-size: ${pt(SIZE_PT.signature)}; break-inside: avoid; }
.odp-signer { margin-top: ${mm(30)}; }
@media print {
  main#main { padding: 0; max-width: none; }
  .odp-frame { container-type: normal; max-width: none; margin: 0; }
  .odp-sheet { --mm: 1mm; padding: 0; min-height: 0; box-shadow: none; }
}
`;
