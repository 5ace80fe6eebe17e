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
 * pairs, so nothing scrolls off the side of a 360 px screen; the label is the cell's
 * data-label, drawn by CSS (.dt-cell in app/globals.css) so it is not repeated in the markup.
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
            <tr key={rowKey(row)} className="dt-row">
              {columns.map((column) => {
                // Per-column classes only when set: this markup repeats for every cell of the page.
                const extra = `${column.numeric ? "sm:text-right tabular-nums " : ""}${column.className ?? ""}`.trim();
                const value = column.cell(row);
                return (
                  <td key={column.key} data-label={column.header} className={extra ? `dt-cell ${extra}` : "dt-cell"}>
                    {/* Text needs no wrapper (it wraps inside the cell); elements get one, so several stay one item beside the phone label. */}
                    {typeof value === "string" || typeof value === "number" ? value : <span className="dt-value">{value}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
