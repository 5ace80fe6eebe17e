import { type ColumnHeading, TableFrame } from "./table";
import { type WordCell, WordRows } from "./word-rows";

export interface WordColumn<Row> extends ColumnHeading {
  words: (row: Row) => WordCell;
  className?: string;
  /** A figure whose link says, for screen readers, this column's header and the row's first cell. */
  linkNamesRow?: boolean;
}

/**
 * DataTable for the long lists people open all day (conferences, directives, tasks, reports,
 * the task overview, invitations): each cell is words (components/ui/word-rows.tsx), and the
 * rows are written as one string of markup instead of server elements. As elements, every
 * row's dozen nodes were serialised into the page's RSC data and then rendered to HTML. Same
 * frame, phone layout and empty text as DataTable.
 */
export function WordTable<Row>({ columns, rows, caption, empty }: { columns: WordColumn<Row>[]; rows: Row[]; caption?: string; empty: string }) {
  return (
    <TableFrame columns={columns} caption={caption} empty={empty}>
      {rows.length > 0 ? (
        <WordRows
          columnClasses={columns.map((column) => column.className)}
          rowLinkHeaders={columns.some((c) => c.linkNamesRow) ? columns.map((c) => (c.linkNamesRow ? c.header : null)) : undefined}
          rows={rows.map((row) => columns.map((column) => column.words(row)))}
        />
      ) : null}
    </TableFrame>
  );
}
