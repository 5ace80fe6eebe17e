"use client";
import { Tag, type TagTone } from "@/components/ui/tag";

/**
 * What a cell of a word table shows, formatted and translated on the server: text; a link
 * (or plain text, `strong` for a name) with a second line, a status word under it and words
 * only screen readers hear; status words; dimmed text; or a row's actions as links. Plain
 * data, so a page's RSC data carries the words, not the elements.
 */
export type WordCell =
  | string
  | number
  | { text: string; href?: string; sub?: string; hidden?: string; weight?: "normal"; strong?: boolean; tag?: WordTag }
  | { tags: WordTag[]; href?: string; stack?: boolean; note?: string }
  | { muted: string }
  | { actions: { text: string; href: string; danger?: boolean }[] };

type WordTag = { tone: TagTone; text: string };

export interface WordRow {
  key: string | number;
  cells: WordCell[];
}

const linkClass = { bold: "link", normal: "text-brand-700 underline" };

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

function Actions({ cell }: { cell: Extract<WordCell, { actions: unknown }> }) {
  return (
    <span className="flex flex-wrap items-center gap-3">
      {cell.actions.map((action) => (
        <a key={action.href} href={action.href} className={action.danger ? "font-semibold text-danger-600 underline" : linkClass.bold}>
          {action.text}
        </a>
      ))}
    </span>
  );
}

function Cell({ cell }: { cell: WordCell }) {
  if (typeof cell === "string" || typeof cell === "number") return cell;
  if ("tags" in cell) return <Tags cell={cell} />;
  if ("muted" in cell) return <span className="text-slate-500">{cell.muted}</span>;
  if ("actions" in cell) return <Actions cell={cell} />;
  const hidden = cell.hidden ? <span className="sr-only"> {cell.hidden}</span> : null;
  const main = cell.href ? (
    <a href={cell.href} className={linkClass[cell.weight ?? "bold"]}>
      {cell.text}
      {hidden}
    </a>
  ) : (
    <span className={cell.strong ? "font-semibold" : undefined}>{cell.text}</span>
  );
  if (!cell.sub && !cell.tag) return main;
  return (
    <span>
      {main}
      {cell.sub ? <span className="block text-sm text-slate-600">{cell.sub}</span> : null}
      {cell.tag ? (
        <span className="mt-1 block">
          <Tag tone={cell.tag.tone}>{cell.tag.text}</Tag>
        </span>
      ) : null}
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
