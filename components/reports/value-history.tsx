import { getTranslations } from "@/lib/i18n/server";
import { type Column, DataTable } from "@/components/ui/table";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { ValueRevisionRow } from "@/lib/indicators/report-table";

/** "Lịch sử số liệu": every earlier version of the report's values, so an estimate later made official stays traceable. */
export async function ValueHistory({ revisions, decimalsOf }: { revisions: ValueRevisionRow[]; decimalsOf: ReadonlyMap<number, number> }) {
  const t = await getTranslations("reports.history");
  const ts = await getTranslations("reports.valueStatuses");
  const columns: Column<ValueRevisionRow>[] = [
    { key: "indicator", header: t("indicator"), cell: (row) => row.indicatorName },
    { key: "version", header: t("version"), numeric: true, cell: (row) => row.version },
    { key: "value", header: t("value"), numeric: true, cell: (row) => (row.value === null ? "—" : formatNumber(row.value, decimalsOf.get(row.indicatorId))) },
    { key: "status", header: t("status"), cell: (row) => ts(row.status) },
    { key: "note", header: t("note"), cell: (row) => row.note ?? "" },
    { key: "entered", header: t("entered"), cell: (row) => `${row.enteredByName ?? t("unknown")} · ${formatDateTime(row.enteredAt)}` },
    { key: "revised", header: t("revised"), cell: (row) => formatDateTime(row.revisedAt) },
  ];
  return (
    <section aria-labelledby="value-history" className="mt-8">
      <h2 id="value-history" className="mb-2 text-xl font-bold text-slate-900">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("intro")}</p>
      <DataTable caption={t("title")} empty={t("empty")} rows={revisions} rowKey={(row) => row.id} columns={columns} />
    </section>
  );
}
