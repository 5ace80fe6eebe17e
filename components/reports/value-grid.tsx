"use client";

import { type ClipboardEvent, type KeyboardEvent, useRef } from "react";
import { useFieldState } from "@/components/ui/action-form";

export interface ValueGridRow {
  indicatorId: number;
  name: string;
  unit: string;
  depth: number;
  /** The stored figure as a person types it ("468.112", "89,16"), or "" when none yet. */
  value: string;
  status: "estimated" | "preliminary" | "official";
  note: string;
  growth: string;
  plan: string;
  /** The version of the stored value (sent back to refuse a lost race), null when none yet. */
  version: number | null;
}

export interface ValueGridLabels {
  caption: string;
  indicator: string;
  unit: string;
  value: string;
  status: string;
  note: string;
  growth: string;
  plan: string;
  ofWhich: string;
  hint: string;
  statuses: Record<ValueGridRow["status"], string>;
}

const COLUMNS = ["value", "status", "note", "growth", "plan"] as const;
type ColumnName = (typeof COLUMNS)[number];

const cellClass = (error?: string) => `block w-full rounded border-2 bg-white px-2 py-1.5 text-base ${error ? "border-danger-600" : "border-slate-600"} focus:outline-none focus:ring-4 focus:ring-amber-300`;

function Cell({ row, column, index, labels }: { row: ValueGridRow; column: ColumnName; index: number; labels: ValueGridLabels }) {
  const name = `${column}_${row.indicatorId}`;
  const { error, value } = useFieldState(name);
  const common = {
    id: `field-${name}`,
    name,
    "data-row": index,
    "data-col": column,
    "aria-labelledby": `grid-col-${column} grid-row-${row.indicatorId}`,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": `error-${name}`,
  };
  return (
    <td className="flex flex-col gap-1 px-2 py-1.5 sm:table-cell sm:align-top">
      <span aria-hidden="true" className="text-sm font-semibold text-slate-600 sm:hidden">
        {labels[column]}
      </span>
      {column === "status" ? (
        <select key={value ?? row.status} {...common} defaultValue={value ?? row.status} className={cellClass(error)}>
          {(Object.keys(labels.statuses) as ValueGridRow["status"][]).map((s) => (
            <option key={s} value={s}>
              {labels.statuses[s]}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          autoComplete="off"
          inputMode={column === "note" ? "text" : "decimal"}
          defaultValue={value ?? row[column]}
          className={`${cellClass(error)} ${column === "note" ? "" : "text-right tabular-nums"}`}
        />
      )}
      <span id={`error-${name}`} aria-live="polite" className="text-sm font-semibold text-danger-600">
        {error}
      </span>
    </td>
  );
}

/**
 * The entry grid: one row per indicator, Tab moves along the row, Enter moves down the same
 * column, and pasting several lines copied from a spreadsheet fills the cells below (tabs fill
 * the columns to the right). The text is only split here; the server reads the numbers.
 */
export function ValueGrid({ rows, labels }: { rows: ValueGridRow[]; labels: ValueGridLabels }) {
  const tableRef = useRef<HTMLTableElement>(null);
  const cellAt = (row: number, column: string) => tableRef.current?.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-row="${row}"][data-col="${column}"]`) ?? null;

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    if (event.key !== "Enter" || !target.dataset.col) return;
    // Enter would submit the whole form from any input; here it moves down, as in a spreadsheet.
    event.preventDefault();
    const next = cellAt(Number(target.dataset.row) + (event.shiftKey ? -1 : 1), target.dataset.col);
    next?.focus();
    if (next instanceof HTMLInputElement) next.select();
  }

  function onPaste(event: ClipboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    if (!(target instanceof HTMLInputElement) || !target.dataset.col) return;
    const text = event.clipboardData.getData("text/plain").replace(/\r\n?/g, "\n").replace(/\n$/, "");
    if (!/[\n\t]/.test(text)) return; // one plain value: the browser pastes it as usual
    event.preventDefault();
    const startRow = Number(target.dataset.row);
    const startColumn = COLUMNS.indexOf(target.dataset.col as ColumnName);
    text.split("\n").forEach((line, i) => {
      line.split("\t").forEach((piece, j) => {
        const cell = cellAt(startRow + i, COLUMNS[startColumn + j] ?? "");
        const content = piece.trim();
        if (cell instanceof HTMLInputElement) cell.value = content;
        else if (cell instanceof HTMLSelectElement) {
          const match = [...cell.options].find((o) => o.value === content || o.text.toLowerCase() === content.toLowerCase());
          if (match) cell.value = match.value;
        }
      });
    });
  }

  return (
    <div>
      <p id="value-grid-hint" className="mb-2 text-sm text-slate-700">
        {labels.hint}
      </p>
      <table ref={tableRef} onKeyDown={onKeyDown} onPaste={onPaste} aria-describedby="value-grid-hint" className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{labels.caption}</caption>
        <thead className="sticky top-0 z-10 hidden bg-slate-100 sm:table-header-group">
          <tr>
            <th scope="col" id="grid-col-indicator" className="border-b border-slate-300 px-2 py-2 text-left">
              {labels.indicator}
            </th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" id={`grid-col-${column}`} className={`border-b border-slate-300 px-2 py-2 ${column === "note" || column === "status" ? "text-left" : "text-right"}`}>
                {labels[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.indicatorId} className="mb-3 block rounded border border-slate-200 sm:mb-0 sm:table-row sm:rounded-none sm:border-0 sm:border-b">
              <th scope="row" className="block px-2 py-2 text-left font-normal sm:table-cell sm:align-top">
                <span id={`grid-row-${row.indicatorId}`} className={row.depth > 0 ? "block sm:pl-5" : "block font-semibold"}>
                  {row.depth > 0 ? <span className="italic text-slate-600">{labels.ofWhich} </span> : null}
                  {row.name}
                </span>
                <span className="text-sm text-slate-600">({row.unit})</span>
                {row.version !== null ? <input type="hidden" name={`version_${row.indicatorId}`} value={row.version} /> : null}
              </th>
              {COLUMNS.map((column) => (
                <Cell key={column} row={row} column={column} index={index} labels={labels} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
