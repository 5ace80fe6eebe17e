"use client";
import { tagMarkup } from "@/components/ui/tag";
import { type Child, element, fragment } from "@/lib/ui/html";

/** A figure with what qualifies it underneath: the figure as the unit reported it, a warning. */
export interface QualifiedFigure {
  figure: string | null;
  reported: string | null;
  warning: string | null;
  tone: "yellow" | "red";
}

/** A cell's text, or a figure with its qualifiers. */
export type ReportCell = string | QualifiedFigure;

/** One indicator's row, every word and figure already formatted on the server. */
export interface ReportRowCells {
  indicatorId: number;
  /** "2", "2.1" */
  number: string;
  name: string;
  /** A "trong đó" figure, indented under its total. */
  isPart: boolean;
  /** Unit, value, % of plan, year-on-year, value status, note. */
  cells: ReportCell[];
}

function qualified({ figure, reported, warning, tone }: QualifiedFigure): Child {
  return element(
    "span",
    { class: "flex flex-col items-start gap-1 sm:items-end" },
    figure !== null && element("span", null, figure),
    reported && element("span", { class: "text-sm text-slate-600" }, reported),
    warning && tagMarkup(tone, warning),
  );
}

function rowHtml(row: ReportRowCells, ofWhich: string): Child {
  const name = row.isPart
    ? element("span", { class: "block sm:pl-6" }, element("i", { class: "text-slate-600" }, ofWhich), row.name)
    : element("b", null, row.name);
  return element(
    "tr",
    null,
    element("td", { class: "sm:w-12" }, row.number),
    element("td", null, name),
    ...row.cells.map((cell) => element("td", null, typeof cell === "string" ? cell : qualified(cell))),
  );
}

/**
 * The body of the indicator report table. Its hundreds of rows come in the page's RSC data as
 * words formatted on the server, and are written as one string of markup (lib/ui/html.ts), on
 * the server for the HTML and in the browser only if React renders the page again. Nothing
 * here formats or translates.
 */
export function ReportRows({ rows, ofWhich }: { rows: ReportRowCells[]; ofWhich: string }) {
  return <tbody dangerouslySetInnerHTML={{ __html: fragment(...rows.map((row) => rowHtml(row, ofWhich))).html }} />;
}
