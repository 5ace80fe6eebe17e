import { formatDocumentDate } from "@/lib/documents/dates";
import {
  addresseeLines,
  caps,
  columnPercents,
  MOTTO,
  NATIONAL_TITLE,
  RECIPIENT_LINES_BESIDE_SIGNATURE,
  RECIPIENTS_HEADING,
  recipientLines,
  RULE_MM,
  signatureHeadLines,
  SIZE_PT,
} from "@/lib/documents/docx-format";
import { documentNumberLine } from "@/lib/documents/numbering";
import { mm, officialDocumentCss, pt } from "@/lib/documents/print-css";
import type { DocumentBlock, DocumentSignature, OfficialDocumentSpec } from "@/lib/documents/spec";

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

function RecipientLines({ lines }: { lines: readonly string[] }) {
  return lines.map((line, index) => (
    <p key={index} className="odp-recipients">
      {line}
    </p>
  ));
}

/** The signature's lines never part (break-inside: avoid); the recipients beside them may run on to the next page. */
function SignatureBlock({ signature }: { signature: DocumentSignature }) {
  return (
    <div className="odp-signature">
      {signatureHeadLines(signature).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="odp-signer">{signature.signerName}</p>
    </div>
  );
}

/**
 * An official document as an A4 page in HTML, laid out as its .docx (lib/documents/docx.ts):
 * the same header, number and date lines, title, body, recipients and signature. On screen a
 * white sheet with a shadow; printed, the page itself.
 */
export function OfficialDocumentPrint({ spec }: { spec: OfficialDocumentSpec }) {
  const addressees = addresseeLines(spec.addressees);
  const recipients = recipientLines(spec.recipients);
  return (
    <div className="odp-frame">
      <style>{officialDocumentCss}</style>
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

        {spec.secondSignature ? (
          <>
            <div className="odp-closing odp-two-signatures">
              <SignatureBlock signature={spec.secondSignature} />
              <SignatureBlock signature={spec.signature} />
            </div>
            <div className="odp-recipients-block">
              <p className="odp-recipients-heading">{RECIPIENTS_HEADING}</p>
              <RecipientLines lines={recipients} />
            </div>
          </>
        ) : (
          <>
            <div className="odp-closing">
              <div>
                <p className="odp-recipients-heading">{RECIPIENTS_HEADING}</p>
                <RecipientLines lines={recipients.slice(0, RECIPIENT_LINES_BESIDE_SIGNATURE)} />
              </div>
              <SignatureBlock signature={spec.signature} />
            </div>
            {/* The rest of a long list runs on below, to the next page if need be, as in the .docx. */}
            <div className="odp-recipients-rest">
              <RecipientLines lines={recipients.slice(RECIPIENT_LINES_BESIDE_SIGNATURE)} />
            </div>
          </>
        )}
      </article>
    </div>
  );
}
