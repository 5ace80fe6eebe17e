"use client";
import { tagMarkup, type TagTone } from "@/components/ui/tag";
import { type Child, element, fragment } from "@/lib/ui/html";

/**
 * What a cell of a word table shows, formatted and translated on the server: text; a link
 * (or plain text, `strong` for a name) with a second line and a status word under it; status
 * words; dimmed text; or a row's actions as links. Plain data, so a page's RSC data carries
 * the words, not the elements.
 */
export type WordCell =
  | string
  | number
  | { text: string; href?: string; sub?: string; weight?: "normal"; strong?: boolean; tag?: WordTag }
  | { tags: WordTag[]; href?: string; stack?: boolean; note?: string }
  | { muted: string }
  | { actions: { text: string; href: string; danger?: boolean }[] };

type WordTag = { tone: TagTone; text: string };

const linkClass = { bold: "link", normal: "text-brand-700 underline" };

const tag = ({ tone, text }: WordTag) => tagMarkup(tone, text);

function tagsCell(cell: Extract<WordCell, { tags: unknown }>): Child {
  const tags = cell.tags.map(tag);
  return element(
    "span",
    { class: cell.stack ? "flex flex-col items-start gap-1" : "inline-flex flex-wrap items-center gap-1" },
    cell.href ? element("a", { href: cell.href, class: "flex flex-wrap gap-1" }, ...tags) : fragment(...tags),
    cell.note && element("span", { class: "text-sm text-slate-700" }, `(${cell.note})`),
  );
}

function actionsCell(cell: Extract<WordCell, { actions: unknown }>): Child {
  const links = cell.actions.map((action) =>
    element("a", { href: action.href, class: action.danger ? "font-semibold text-danger-600 underline" : linkClass.bold }, action.text),
  );
  return element("span", { class: "flex flex-wrap items-center gap-3" }, ...links);
}

/** The words a cell shows, for naming its row: a plain value or a cell's text. */
function cellText(cell: WordCell): string {
  if (typeof cell === "string" || typeof cell === "number") return String(cell);
  return "text" in cell ? cell.text : "";
}

function cellHtml(cell: WordCell, linkLabel?: string): Child {
  if (typeof cell === "string" || typeof cell === "number") return cell;
  if ("tags" in cell) return tagsCell(cell);
  if ("muted" in cell) return element("span", { class: "text-slate-500" }, cell.muted);
  if ("actions" in cell) return actionsCell(cell);
  const hidden = linkLabel && element("span", { class: "sr-only" }, ` ${linkLabel}`);
  const main = cell.href
    ? element("a", { href: cell.href, class: linkClass[cell.weight ?? "bold"] }, cell.text, hidden)
    : element("span", { class: cell.strong ? "font-semibold" : undefined }, cell.text);
  if (!cell.sub && !cell.tag) return main;
  return element(
    "span",
    null,
    main,
    cell.sub && element("span", { class: "block text-sm text-slate-600" }, cell.sub),
    cell.tag && element("span", { class: "mt-1 block" }, tag(cell.tag)),
  );
}

/**
 * The body of a word table (components/ui/word-table.tsx): its rows come as words in the
 * page's RSC data and are written as one string of markup (lib/ui/html.ts). Links are plain
 * anchors: a list row's link is a full navigation, like the rows of the report table.
 * `rowLinkHeaders[i]`, when set, is said after the link of column i's cells together with the
 * row's first cell ("Quá hạn — Sở Y tế"), so a figure makes sense in a screen reader's list
 * of links; the words come once per column, not once per cell.
 */
type WordRowsProps = { rows: WordCell[][]; columnClasses: (string | undefined)[]; rowLinkHeaders?: (string | null)[] };

export function WordRows({ rows, columnClasses, rowLinkHeaders }: WordRowsProps) {
  const linkLabel = (cells: WordCell[], index: number) => {
    const header = rowLinkHeaders?.[index];
    return header ? `${header} — ${cellText(cells[0])}` : undefined;
  };
  const cellsHtml = (cells: WordCell[]) =>
    cells.map((cell, index) => element("td", { class: columnClasses[index] }, cellHtml(cell, linkLabel(cells, index))));
  const html = fragment(...rows.map((cells) => element("tr", null, ...cellsHtml(cells)))).html;
  return <tbody dangerouslySetInnerHTML={{ __html: html }} />;
}
