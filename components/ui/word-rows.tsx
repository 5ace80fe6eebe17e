"use client";
import { Tag, type TagTone } from "@/components/ui/tag";

/**
 * What a cell of a word table shows, formatted and translated on the server: text; a link
 * (or plain text) with a second line and words only screen readers hear; status words; or
 * dimmed text. Plain data, so a page's RSC data carries the words, not the elements.
 */
export type WordCell =
  | string
  | number
  | { text: string; href?: string; sub?: string; hidden?: string; weight?: "normal" }
  | { tags: { tone: TagTone; text: string }[]; href?: string; stack?: boolean; note?: string }
  | { muted: string };

export interface WordRow {
  key: string | number;
  cells: WordCell[];
}

const linkClass = { bold: "font-semibold text-brand-700 underline", normal: "text-brand-700 underline" };

function Tags({ cell }: { cell: Extract<WordCell, { tags: unknown }> }) {
  const layout = cell.stack ? "flex flex-col items-start gap-1" : "inline-flex flex-wrap items-center gap-1";
  const tags = cell.tags.map((tag) => (
    <Tag key={tag.text} tone={tag.tone}>
      {tag.text}
    </Tag>
  ));
  return (
    <span className={layout}>
      {cell.href ? (
        <a href={cell.href} className="flex flex-wrap gap-1">
          {tags}
        </a>
      ) : (
        tags
      )}
      {cell.note ? <span className="text-sm text-slate-700">({cell.note})</span> : null}
    </span>
  );
}

function Cell({ cell }: { cell: WordCell }) {
  if (typeof cell === "string" || typeof cell === "number") return cell;
  if ("tags" in cell) return <Tags cell={cell} />;
  if ("muted" in cell) return <span className="text-slate-500">{cell.muted}</span>;
  const hidden = cell.hidden ? <span className="sr-only"> {cell.hidden}</span> : null;
  const main = cell.href ? (
    <a href={cell.href} className={linkClass[cell.weight ?? "bold"]}>
      {cell.text}
      {hidden}
    </a>
  ) : (
    <span>{cell.text}</span>
  );
  if (!cell.sub) return main;
  return (
    <span>
      {main}
      <span className="block text-sm text-slate-600">{cell.sub}</span>
    </span>
  );
}

/**
 * The body of a word table (components/ui/word-table.tsx), rendered from words: on the
 * server for the HTML, and in the browser only if React re-renders the page. Links are plain
 * anchors: a list row's link is a full navigation, like the rows of the report table.
 */
export function WordRows({ rows, columnClasses }: { rows: WordRow[]; columnClasses: (string | undefined)[] }) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.key}>
          {row.cells.map((cell, index) => (
            <td key={index} className={columnClasses[index]}>
              <Cell cell={cell} />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
