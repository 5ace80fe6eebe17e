import type { ReactNode } from "react";
import { columnRules } from "@/lib/ui/table-rules";

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Figures are right-aligned. */
  numeric?: boolean;
  className?: string;
}

/**
 * A table with a sticky header. On a phone each row becomes a card of label: value pairs, so
 * nothing scrolls off the side of a 360 px screen. The cells carry no attributes: the card
 * layout is .dt in app/globals.css, and each column's label and alignment are rules by column
 * position (lib/ui/table-rules.ts) in one style element per set of columns.
 */
export function DataTable<Row>({ columns, rows, rowKey, caption, empty }: { columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string | number; caption?: string; empty: string }) {
  if (rows.length === 0) return <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{empty}</p>;
  const rules = columnRules(columns);
  return (
    <div className="bg-white sm:rounded sm:border sm:border-slate-200">
      {/* React hoists this into <head>, once per href however many tables share it. */}
      <style href={`dt-${rules.name}`} precedence="default">
        {rules.css}
      </style>
      <table className="dt w-full border-collapse text-sm" data-dt={rules.name}>
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
            <tr key={rowKey(row)}>
              {columns.map((column) => {
                const value = column.cell(row);
                return (
                  <td key={column.key} className={column.className}>
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
