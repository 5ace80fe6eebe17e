import { Fragment, isValidElement, type ReactNode } from "react";
import { type ColumnLayout, columnRules } from "@/lib/ui/table-rules";

/** What the frame of a table needs of a column: its header, and whether it holds figures. */
export interface ColumnHeading {
  key: string;
  header: string;
  /** Figures are right-aligned. */
  numeric?: boolean;
}

export interface Column<Row> extends ColumnHeading {
  cell: (row: Row) => ReactNode;
  className?: string;
}

/**
 * A table with a sticky header around a body of rows. On a phone each row becomes a card of
 * label: value pairs, so nothing scrolls off the side of a 360 px screen. The cells carry no
 * attributes: the card layout is .dt in app/globals.css, and each column's label and alignment
 * are rules by column position (lib/ui/table-rules.ts) in one style element per set of columns.
 * DataTable fills it from server-rendered cells; WordTable (word-table.tsx) and the indicator
 * report (components/reports/report-rows.tsx) give it a client body fed with words, which
 * writes its rows as one string of markup. Without a body it shows `empty`.
 */
export function TableFrame({ columns, caption, empty, children }: { columns: readonly ColumnHeading[]; caption?: string; empty: string; children?: ReactNode }) {
  if (!children) return <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{empty}</p>;
  const { name, style } = columnLabels(columns);
  return (
    <div className="bg-white sm:rounded sm:border sm:border-slate-200">
      {style}
      <table className="dt w-full border-collapse text-sm" data-dt={name}>
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
        {children}
      </table>
    </div>
  );
}

/**
 * The rules of a .dt table's columns (lib/ui/table-rules.ts) as a style element, and the name
 * to mark the table with (data-dt). React hoists the style into <head>, once per name however
 * many tables share it.
 */
export function columnLabels(columns: readonly ColumnLayout[]): { name: string; style: ReactNode } {
  const rules = columnRules(columns);
  return {
    name: rules.name,
    style: (
      <style href={`dt-${rules.name}`} precedence="default">
        {rules.css}
      </style>
    ),
  };
}

/** A table whose cells the server renders, one row per item (an empty list shows `empty`). */
export function DataTable<Row>({ columns, rows, rowKey, caption, empty }: { columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string | number; caption?: string; empty: string }) {
  return (
    <TableFrame columns={columns} caption={caption} empty={empty}>
      {rows.length > 0 ? (
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => {
                const value = column.cell(row);
                // On a phone the cell is a row beside its label: several nodes need one wrapper to stay one item there; text or one element does not.
                const content = Array.isArray(value) || (isValidElement(value) && value.type === Fragment) ? <span>{value}</span> : value;
                // No className prop at all when the column has none: one passed as undefined is still written out for every cell.
                return column.className ? (
                  <td key={column.key} className={column.className}>
                    {content}
                  </td>
                ) : (
                  <td key={column.key}>{content}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ) : null}
    </TableFrame>
  );
}
