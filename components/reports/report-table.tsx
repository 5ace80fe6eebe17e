import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { type Column, DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { loadVisibleReport, type Viewer } from "@/lib/indicators/report-queries";
import { indicatorRowNumbers } from "@/lib/indicators/report-order";
import { loadReportTable, type ReportTableRow } from "@/lib/indicators/report-table";
import { getPeriodLabel } from "@/components/conferences/period-label";

type Translator = Awaited<ReturnType<typeof getTranslations<"reports">>>;

const isZero = (value: string) => /^-?0*(\.0*)?$/.test(value);

/** "tăng 9%", "giảm 3,5%", "không đổi". */
export function growthText(t: Translator, growth: string): string {
  if (isZero(growth)) return t("table.unchanged");
  const amount = formatNumber(growth.replace(/^-/, ""));
  return growth.startsWith("-") ? t("table.down", { value: amount }) : t("table.up", { value: amount });
}

/**
 * A figure with what qualifies it underneath (the value as reported, a warning tag). A lone
 * figure stays plain text: a report has hundreds of rows, and every element in a cell is
 * rendered and sent twice (HTML and the page's RSC data).
 */
function stackedCell(main: string | null, reported: string | null, warning: string | null, tone: "yellow" | "red"): ReactNode {
  if (main !== null && reported === null && warning === null) return main;
  if (main === null && reported === null) return "—";
  return (
    <span className="flex flex-col items-start gap-1 sm:items-end">
      {main !== null ? <span>{main}</span> : null}
      {reported ? <span className="text-sm text-slate-600">{reported}</span> : null}
      {warning ? <Tag tone={tone}>{warning}</Tag> : null}
    </span>
  );
}

function planCell(row: ReportTableRow, t: Translator): ReactNode {
  const reported = row.reportedPlanPercent === null ? null : t("table.asReported", { value: t("table.planPercent", { value: formatNumber(row.reportedPlanPercent) }) });
  const computed = row.percentOfPlan === null ? null : t("table.planPercent", { value: formatNumber(row.percentOfPlan) });
  return stackedCell(computed, reported, row.planDisagrees ? t("table.disagree") : null, "yellow");
}

function yearOnYearCell(row: ReportTableRow, t: Translator): ReactNode {
  const computed = row.yoy
    ? isZero(row.yoy.growth)
      ? t("table.yoyRatio", { ratio: formatNumber(row.yoy.ratio) })
      : t("table.yoy", { ratio: formatNumber(row.yoy.ratio), growth: growthText(t, row.yoy.growth) })
    : null;
  const reported = row.reportedGrowthPercent === null ? null : t("table.asReported", { value: growthText(t, row.reportedGrowthPercent) });
  return stackedCell(computed, reported, row.growthDisagrees ? t("table.disagree") : null, "yellow");
}

/** The report table from rows already loaded (the report page loads them with its header). */
export async function ReportTableView({ rows, caption }: { rows: ReportTableRow[]; caption: string }) {
  const t = await getTranslations("reports");
  const locale = await getLocale();
  const numbers = indicatorRowNumbers(rows);
  const ofWhich = t("table.ofWhich");
  const warnings = rows.some((r) => r.exceedsParent || r.planDisagrees || r.growthDisagrees);
  const columns: Column<ReportTableRow>[] = [
    { key: "no", header: t("table.no"), cell: (row) => numbers.get(row.indicatorId), className: "sm:w-12" },
    {
      key: "name",
      header: t("table.indicator"),
      cell: (row) =>
        row.depth > 0 ? (
          <span className="block sm:pl-6">
            <i className="text-slate-600">{ofWhich} </i>
            {locale === "en" && row.nameEn ? row.nameEn : row.nameVi}
          </span>
        ) : (
          <b>{locale === "en" && row.nameEn ? row.nameEn : row.nameVi}</b>
        ),
    },
    { key: "unit", header: t("table.unit"), cell: (row) => row.unit },
    {
      key: "value",
      header: t("table.value"),
      numeric: true,
      cell: (row) => (row.value === null ? "—" : stackedCell(formatNumber(row.value, row.decimals), null, row.exceedsParent ? t("table.exceedsParent") : null, "red")),
    },
    { key: "plan", header: t("table.percentOfPlan"), numeric: true, cell: (row) => planCell(row, t) },
    { key: "yoy", header: t("table.yearOnYear"), numeric: true, cell: (row) => yearOnYearCell(row, t) },
    { key: "status", header: t("table.valueStatus"), cell: (row) => (row.status ? t(`valueStatuses.${row.status}`) : "—") },
    { key: "note", header: t("table.note"), cell: (row) => row.note ?? "" },
  ];
  return (
    <div>
      {warnings ? <p className="mb-3 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{t("table.warningsIntro")}</p> : null}
      <DataTable caption={caption} empty={t("table.empty")} rows={rows} rowKey={(row) => row.indicatorId} columns={columns} />
      <p className="mt-2 text-sm text-slate-600">{t("table.noBaseNote")}</p>
    </div>
  );
}

/**
 * The report table for a report id, for other pages to embed (a conference shows the reports
 * it discusses). It checks for itself that the viewer may see the report (a unit officer only
 * their own agency's) and renders nothing otherwise.
 */
export async function ReportTable({ reportId, viewer }: { reportId: number; viewer?: Viewer }) {
  const who = viewer ?? (await getCurrentUser());
  if (!who) return null;
  const db = getDb();
  const report = await loadVisibleReport(db, reportId, who);
  if (!report) return null;
  const [rows, t, periodLabel] = await Promise.all([loadReportTable(db, report), getTranslations("reports"), getPeriodLabel()]);
  const caption = t("table.caption", { agency: report.agencyName, period: periodLabel(report.periodCode) });
  return (
    <section aria-label={caption}>
      <h3 className="mb-2 text-lg font-bold text-slate-900">{caption}</h3>
      <ReportTableView rows={rows} caption={caption} />
    </section>
  );
}
