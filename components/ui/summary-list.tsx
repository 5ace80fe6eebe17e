import type { ReactNode } from "react";

/** Label: value rows, as on a GOV.UK record page; on a phone the label sits above the value. */
export function SummaryList({ rows }: { rows: { label: string; value: ReactNode; action?: ReactNode }[] }) {
  return (
    <dl className="divide-y divide-slate-200 border-y border-slate-200 bg-white">
      {rows.map((row) => (
        <div key={row.label} className="grid gap-1 px-3 py-3 sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
          <dt className="font-semibold text-slate-700">{row.label}</dt>
          <dd className="break-words text-slate-900">{row.value ?? "—"}</dd>
          {row.action ? <dd className="no-print text-sm">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
