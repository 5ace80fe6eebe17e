import { formatDocumentDate } from "@/lib/documents/dates";
import {
  addresseeLines,
  BODY_AFTER_PT,
  BODY_FIRST_LINE_CM,
  caps,
  CLOSING_PERCENT,
  columnPercents,
  HEADER_MM,
  MOTTO,
  NATIONAL_TITLE,
  PAGE_MM,
  RECIPIENTS_HEADING,
  recipientLines,
  RULE_MM,
  signatureHeadLines,
  SIZE_PT,
} from "@/lib/documents/docx-format";
import { documentNumberLine } from "@/lib/documents/numbering";
import type { DocumentBlock, OfficialDocumentSpec } from "@/lib/documents/spec";

/*
 * Every length on the sheet is a multiple of --mm, one millimetre of the A4 page. On screen
 * --mm is a 210th of the frame's width (a container query unit), so the whole sheet, type
 * included, scales down as one piece on a phone; printed, --mm is a real millimetre and
 * @page gives the Decree's margins.
 */
const pt = (size: number) => `calc(var(--mm) * ${(size * 0.352778).toFixed(4)})`;
const mm = (size: number) => `calc(var(--mm) * ${size})`;

const css = `
@page { size: A4; margin: ${PAGE_MM.top}mm ${PAGE_MM.right}mm ${PAGE_MM.bottom}mm ${PAGE_MM.left}mm; }
.odp-frame { container-type: inline-size; max-width: ${PAGE_MM.width}mm; margin: 0 auto 1.5rem; }
.odp-sheet {
  --mm: calc(100cqw / ${PAGE_MM.width});
  box-sizing: border-box; width: 100%; min-height: ${mm(PAGE_MM.height)};
  padding: ${mm(PAGE_MM.top)} ${mm(PAGE_MM.right)} ${mm(PAGE_MM.bottom)} ${mm(PAGE_MM.left)};
  background: #fff; color: #000; box-shadow: 0 1px 3px rgba(15, 23, 42, .25), 0 8px 24px rgba(15, 23, 42, .12);
  font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: ${pt(SIZE_PT.body)}; line-height: 1.2;
  font-kerning: normal; overflow-wrap: break-word;
}
.odp-sheet :where(p) { margin: 0; }
.odp-head { display: grid; grid-template-columns: ${HEADER_MM.left}fr ${HEADER_MM.right}fr; margin-left: ${mm(-HEADER_MM.outdent)}; text-align: center; }
.odp-rule { border: 0; border-top: ${mm(0.18)} solid #000; margin: ${mm(1.2)} auto ${mm(0.8)}; height: 0; }
.odp-number { white-space: pre-wrap; font-size: ${pt(SIZE_PT.number)}; margin-top: ${pt(6)}; }
.odp-date { font-style: italic; font-size: ${pt(SIZE_PT.placeDate)}; margin-top: ${pt(6)}; }
.odp-title { text-align: center; font-weight: bold; font-size: ${pt(SIZE_PT.title)}; margin-top: ${pt(18)}; }
.odp-summary { text-align: center; font-weight: bold; font-size: ${pt(SIZE_PT.summary)}; }
.odp-addressees { margin: ${pt(12)} 0 ${pt(6)}; }
.odp-addressees p { padding-left: ${mm(45)}; }
.odp-addressees .odp-lead { padding-left: ${mm(25)}; }
.odp-body { margin-top: ${pt(6)}; }
.odp-body p { text-align: justify; text-indent: ${mm(BODY_FIRST_LINE_CM * 10)}; margin-bottom: ${pt(BODY_AFTER_PT)}; }
.odp-body p.odp-no-indent { text-indent: 0; }
.odp-table { width: 100%; border-collapse: collapse; font-size: ${pt(SIZE_PT.table)}; margin-bottom: ${pt(BODY_AFTER_PT)}; }
.odp-table th, .odp-table td { border: ${mm(0.18)} solid #000; padding: ${mm(0.7)} ${mm(1.4)}; vertical-align: middle; text-align: left; }
.odp-table th { font-weight: bold; text-align: center; }
.odp-table td.odp-num { text-align: right; font-variant-numeric: tabular-nums; }
.odp-closing { display: grid; grid-template-columns: ${CLOSING_PERCENT.recipients}fr ${CLOSING_PERCENT.signature}fr; margin-top: ${pt(12)}; break-inside: avoid; }
.odp-recipients-heading { font-weight: bold; font-style: italic; font-size: ${pt(SIZE_PT.recipientsHeading)}; }
.odp-recipients { font-size: ${pt(SIZE_PT.recipients)}; }
.odp-signature { text-align: center; font-weight: bold; font-size: ${pt(SIZE_PT.signature)}; }
.odp-signer { margin-top: ${mm(30)}; }
@media print {
  main#main { padding: 0; max-width: none; }
  .odp-frame { container-type: normal; max-width: none; margin: 0; }
  .odp-sheet { --mm: 1mm; padding: 0; min-height: 0; box-shadow: none; }
}
`;

function Block({ block }: { block: DocumentBlock }) {
  switch (block.type) {
    case "paragraph":
      return (
        <p
          className={block.indent === false ? "odp-no-indent" : undefined}
          style={{ fontWeight: block.bold ? "bold" : undefined, fontStyle: block.italic ? "italic" : undefined, textAlign: block.align && block.align !== "justify" ? block.align : undefined }}
        >
          {block.text}
        </p>
      );
    case "heading":
      return <p style={{ fontWeight: "bold", breakAfter: "avoid" }}>{block.text}</p>;
    case "numbered": {
      const start = block.start ?? 1;
      return (
        <>
          {block.items.map((item, index) => (
            <p key={index}>{`${start + index}. ${item}`}</p>
          ))}
        </>
      );
    }
    case "table": {
      const numeric = new Set(block.numericColumns ?? []);
      return (
        <table className="odp-table">
          <colgroup>
            {columnPercents(block).map((percent, index) => (
              <col key={index} style={{ width: `${percent.toFixed(2)}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.header.map((text, index) => (
                <th key={index} scope="col">
                  {text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((cells, row) => (
              <tr key={row}>
                {block.header.map((_, column) => (
                  <td key={column} className={numeric.has(column) ? "odp-num" : undefined}>
                    {cells[column] ?? ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}

/**
 * An official document as an A4 page in HTML, laid out as its .docx (lib/documents/docx.ts):
 * the same header, number and date lines, title, body, recipients and signature. On screen a
 * white sheet with a shadow; printed, the page itself.
 */
export function OfficialDocumentPrint({ spec }: { spec: OfficialDocumentSpec }) {
  const addressees = addresseeLines(spec.addressees);
  return (
    <div className="odp-frame">
      <style>{css}</style>
      <article className="odp-sheet" lang="vi" aria-label={[spec.number, caps(spec.title)].filter(Boolean).join(" ")}>
        <div className="odp-head">
          <div>
            <p style={{ fontSize: pt(SIZE_PT.parentBody) }}>{caps(spec.parentBody)}</p>
            <p style={{ fontSize: pt(SIZE_PT.issuingBody), fontWeight: "bold" }}>{caps(spec.issuingBody)}</p>
            <hr className="odp-rule" style={{ width: mm(RULE_MM.issuingBody) }} />
          </div>
          <div>
            <p style={{ fontSize: pt(SIZE_PT.nationalTitle), fontWeight: "bold", whiteSpace: "nowrap" }}>{NATIONAL_TITLE}</p>
            <p style={{ fontSize: pt(SIZE_PT.motto), fontWeight: "bold" }}>{MOTTO}</p>
            <hr className="odp-rule" style={{ width: mm(RULE_MM.motto) }} />
          </div>
          <p className="odp-number">{documentNumberLine(spec)}</p>
          <p className="odp-date">{formatDocumentDate(spec.place, spec.date)}</p>
        </div>

        <p className="odp-title">{caps(spec.title)}</p>
        {spec.summary ? (
          <>
            <p className="odp-summary">{spec.summary}</p>
            <hr className="odp-rule" style={{ width: mm(RULE_MM.summary) }} />
          </>
        ) : null}
        {addressees.single ? <p className="odp-addressees" style={{ textAlign: "center" }}>{addressees.single}</p> : null}
        {addressees.list ? (
          <div className="odp-addressees">
            <p className="odp-lead">Kính gửi:</p>
            {addressees.list.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}

        <div className="odp-body">
          {spec.body.map((block, index) => (
            <Block key={index} block={block} />
          ))}
        </div>

        <div className="odp-closing">
          <div>
            <p className="odp-recipients-heading">{RECIPIENTS_HEADING}</p>
            {recipientLines(spec.recipients).map((line, index) => (
              <p key={index} className="odp-recipients">
                {line}
              </p>
            ))}
          </div>
          <div className="odp-signature">
            {signatureHeadLines(spec.signature).map((line) => (
              <p key={line}>{line}</p>
            ))}
            <p className="odp-signer">{spec.signature.signerName}</p>
          </div>
        </div>
      </article>
    </div>
  );
}
