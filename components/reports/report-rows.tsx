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

/**
 * One indicator's row, every word and figure already formatted on the server:
 * [number ("2", "2.1"), name, 1 for a "trong đó" figure indented under its total, then the
 * cells: unit, value, % of plan, year-on-year, value status, note]. A tuple rather than an
 * object with named keys: a 200-row report's RSC data was 68 000 characters with the keys
 * and 56 000 without, under the 65 535 past which Next's inlining of that data into the HTML
 * costs three times as much (README, "Performance").
 */
export type ReportRowWords = [number: string, name: string, isPart: 0 | 1, ...cells: ReportCell[]];

function qualified({ figure, reported, warning, tone }: QualifiedFigure): Child {
  return element(
    "span",
    { class: "flex flex-col items-start gap-1 sm:items-end" },
    figure !== null && element("span", null, figure),
    reported && element("span", { class: "text-sm text-slate-600" }, reported),
    warning && tagMarkup(tone, warning),
  );
}

function rowHtml([number, name, isPart, ...cells]: ReportRowWords, ofWhich: string): Child {
  const nameCell = isPart
    ? element("span", { class: "block sm:pl-6" }, element("i", { class: "text-slate-600" }, ofWhich), name)
    : element("b", null, name);
  return element(
    "tr",
    null,
    element("td", { class: "sm:w-12" }, number),
    element("td", null, nameCell),
    ...cells.map((cell) => element("td", null, typeof cell === "string" ? cell : qualified(cell))),
  );
}

/**
 * The body of the indicator report table. Its hundreds of rows come in the page's RSC data as
 * words formatted on the server, and are written as one string of markup (lib/ui/html.ts), on
 * the server for the HTML and in the browser only if React renders the page again. Nothing
 * here formats or translates.
 */
export function ReportRows({ rows, ofWhich }: { rows: ReportRowWords[]; ofWhich: string }) {
  return <tbody dangerouslySetInnerHTML={{ __html: fragment(...rows.map((row) => rowHtml(row, ofWhich))).html }} />;
}
