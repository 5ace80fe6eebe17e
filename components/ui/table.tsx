import type { ReactNode } from "react";

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Figures are right-aligned. */
  numeric?: boolean;
  className?: string;
}

/**
 * A table with a sticky header. On a phone each row becomes a card of label: value
 * pairs, so nothing scrolls off the side of a 360 px screen.
 */
export function DataTable<Row>({ columns, rows, rowKey, caption, empty }: { columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string | number; caption?: string; empty: string }) {
  if (rows.length === 0) return <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{empty}</p>;
  return (
    <div className="bg-white sm:rounded sm:border sm:border-slate-200">
      <table className="w-full border-collapse text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="sticky top-0 z-10 hidden bg-slate-100 sm:table-header-group">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`border-b border-slate-300 px-3 py-2 font-semibold text-slate-800 ${column.numeric ? "text-right" : "text-left"}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="mb-3 block rounded border border-slate-200 bg-white sm:mb-0 sm:table-row sm:rounded-none sm:border-0 sm:border-b">
              {columns.map((column) => (
                <td
                  key={column.key}
                  data-label={column.header}
                  className={`flex gap-3 px-3 py-1.5 sm:table-cell sm:py-2 ${column.numeric ? "sm:text-right tabular-nums" : ""} ${column.className ?? ""}`}
                >
                  <span className="w-32 shrink-0 font-semibold text-slate-600 sm:hidden">{column.header}</span>
                  <span className="min-w-0 break-words">{column.cell(row)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
