import type { ReactNode } from "react";

/**
 * Label: value rows, as on a GOV.UK record page; on a phone the label sits above the value.
 * Styled by .summary in app/globals.css; the action is not printed.
 */
export function SummaryList({ rows }: { rows: { label: string; value: ReactNode; action?: ReactNode }[] }) {
  return (
    <dl className="summary">
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value ?? "—"}</dd>
          {row.action ? <dd className="no-print">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
