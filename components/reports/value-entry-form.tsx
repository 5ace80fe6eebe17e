import { getLocale, getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { formatNumber } from "@/lib/format";
import { saveReportValuesAction } from "@/lib/indicators/report-actions";
import type { ReportForEditRow } from "@/lib/indicators/report-values";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { type ValueGridRow, ValueGrid } from "./value-grid";

/** The grid for a draft, filled with what is stored, figures written as a person types them ("468.112", "89,16"). */
export async function ValueEntryForm({ reportId, rows }: { reportId: number; rows: ReportForEditRow[] }) {
  const t = await getTranslations("reports.entry");
  const ts = await getTranslations("reports.valueStatuses");
  const locale = await getLocale();
  const present = new Set(rows.map((r) => r.indicator.id));
  const depth = new Map<number, number>();
  const gridRows: ValueGridRow[] = rows.map(({ indicator, value }) => {
    const d = indicator.parentId !== null && present.has(indicator.parentId) ? (depth.get(indicator.parentId) ?? 0) + 1 : 0;
    depth.set(indicator.id, d);
    return {
      indicatorId: indicator.id,
      name: locale === "en" && indicator.nameEn ? indicator.nameEn : indicator.nameVi,
      unit: indicator.unit,
      depth: d,
      value: value?.value ? formatNumber(value.value) : "",
      status: value?.status ?? "estimated",
      note: value?.note ?? "",
      growth: value?.reportedGrowthPercent ? formatNumber(value.reportedGrowthPercent) : "",
      plan: value?.reportedPlanPercent ? formatNumber(value.reportedPlanPercent) : "",
      version: value?.version ?? null,
    };
  });
  if (gridRows.length === 0) return <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t("noIndicators")}</p>;
  return (
    <section aria-labelledby="value-entry" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="value-entry" className="mb-3 text-xl font-bold text-slate-900">
        {t("title")}
      </h2>
      {/* After a save React resets the form to the re-rendered defaults: the stored values and their new versions. */}
      <ActionForm action={saveReportValuesAction} labels={await getFormLabels("reports.entry.save", "common.saving")}>
        <HiddenField name="reportId" value={reportId} />
        <ValueGrid
          rows={gridRows}
          labels={{
            caption: t("title"),
            indicator: t("indicator"),
            unit: t("unit"),
            value: t("value"),
            status: t("status"),
            note: t("note"),
            growth: t("growth"),
            plan: t("plan"),
            ofWhich: t("ofWhich"),
            hint: t("hint"),
            statuses: { estimated: ts("estimated"), preliminary: ts("preliminary"), official: ts("official") },
          }}
        />
      </ActionForm>
    </section>
  );
}
