import { type Column, DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { ImportPreviewRowView } from "@/lib/indicators/import-present";

export interface ImportPreviewTableLabels {
  caption: string;
  empty: string;
  line: string;
  code: string;
  name: string;
  value: string;
  unit: string;
  status: string;
  note: string;
  growth: string;
  plan: string;
  change: string;
  errors: string;
}

/**
 * Every row read from the file: what was read, what writing it would change and, in red,
 * what is wrong with it. Optional columns (note, the reported comparisons) appear only
 * when the file fills them, so the table stays readable on a phone.
 */
export function ImportPreviewTable({ rows, caption, labels }: { rows: ImportPreviewRowView[]; caption: string; labels: ImportPreviewTableLabels }) {
  const filled = (key: "note" | "growth" | "plan") => rows.some((row) => row[key] !== "");
  const columns: Column<ImportPreviewRowView>[] = [
    { key: "line", header: labels.line, cell: (row) => row.line, numeric: true, className: "sm:w-14" },
    { key: "code", header: labels.code, cell: (row) => row.code },
    { key: "name", header: labels.name, cell: (row) => row.name },
    { key: "value", header: labels.value, cell: (row) => row.value, numeric: true },
    { key: "unit", header: labels.unit, cell: (row) => row.unit },
    { key: "status", header: labels.status, cell: (row) => row.status },
    ...(filled("note") ? [{ key: "note", header: labels.note, cell: (row: ImportPreviewRowView) => row.note }] : []),
    ...(filled("growth") ? [{ key: "growth", header: labels.growth, cell: (row: ImportPreviewRowView) => row.growth, numeric: true }] : []),
    ...(filled("plan") ? [{ key: "plan", header: labels.plan, cell: (row: ImportPreviewRowView) => row.plan, numeric: true }] : []),
    { key: "change", header: labels.change, cell: (row) => <Tag tone={row.tone}>{row.change}</Tag> },
    {
      key: "errors",
      header: labels.errors,
      cell: (row) =>
        row.errors.length === 0 ? null : (
          <ul className="space-y-1 font-semibold text-danger-600">
            {row.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        ),
    },
  ];
  return <DataTable caption={caption} empty={labels.empty} rows={rows} rowKey={(row) => `${row.line}-${row.code}`} columns={columns} />;
}
