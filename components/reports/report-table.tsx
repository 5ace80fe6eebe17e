import { getLocale, getTranslations } from "@/lib/i18n/server";
import { type ReportCell, ReportRows, type ReportRowWords } from "@/components/reports/report-rows";
import { type ColumnHeading, TableFrame } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { type ValueStatus, valueStatuses } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { loadVisibleReport, type Viewer } from "@/lib/indicators/report-queries";
import { indicatorRowNumbers } from "@/lib/indicators/report-order";
import { loadReportTable, type ReportTableRow } from "@/lib/indicators/report-table";
import { getPeriodLabel } from "@/components/conferences/period-label";

type Translator = Awaited<ReturnType<typeof getTranslations<"reports">>>;

const isZero = (value: string) => /^-?0*(\.0*)?$/.test(value);

/** The words of the table's cells, made once per table rather than once per row; `format` for those with values. */
function tableWords(t: Translator) {
  return {
    format: t,
    unchanged: t("table.unchanged"),
    disagree: t("table.disagree"),
    exceedsParent: t("table.exceedsParent"),
    ofWhich: `${t("table.ofWhich")} `,
    statuses: Object.fromEntries(valueStatuses.map((status) => [status, t(`valueStatuses.${status}`)])) as Record<ValueStatus, string>,
  };
}
type TableWords = ReturnType<typeof tableWords>;

/** "tăng 9%", "giảm 3,5%", "không đổi". */
function growthText(words: TableWords, growth: string): string {
  if (isZero(growth)) return words.unchanged;
  const value = formatNumber(growth.replace(/^-/, ""));
  return growth.startsWith("-") ? words.format("table.down", { value }) : words.format("table.up", { value });
}

/** A lone figure stays plain text; a figure with what qualifies it is a QualifiedFigure. */
function qualified(figure: string | null, reported: string | null, warning: string | null, tone: "yellow" | "red"): ReportCell {
  if (figure !== null && reported === null && warning === null) return figure;
  if (figure === null && reported === null) return "—";
  return { figure, reported, warning, tone };
}

function planCell(row: ReportTableRow, words: TableWords): ReportCell {
  const reported = row.reportedPlanPercent === null ? null : words.format("table.asReported", { value: words.format("table.planPercent", { value: formatNumber(row.reportedPlanPercent) }) });
  const computed = row.percentOfPlan === null ? null : words.format("table.planPercent", { value: formatNumber(row.percentOfPlan) });
  return qualified(computed, reported, row.planDisagrees ? words.disagree : null, "yellow");
}

function yearOnYearCell(row: ReportTableRow, words: TableWords): ReportCell {
  const computed = row.yoy
    ? isZero(row.yoy.growth)
      ? words.format("table.yoyRatio", { ratio: formatNumber(row.yoy.ratio) })
      : words.format("table.yoy", { ratio: formatNumber(row.yoy.ratio), growth: growthText(words, row.yoy.growth) })
    : null;
  const reported = row.reportedGrowthPercent === null ? null : words.format("table.asReported", { value: growthText(words, row.reportedGrowthPercent) });
  return qualified(computed, reported, row.growthDisagrees ? words.disagree : null, "yellow");
}

/** Each row's words and figures as the table shows them (ReportRowWords: number, name, part of a total, then the cells). */
function reportRowWords(rows: ReportTableRow[], words: TableWords, locale: string): ReportRowWords[] {
  const numbers = indicatorRowNumbers(rows);
  return rows.map((row) => [
    numbers.get(row.indicatorId) ?? "",
    locale === "en" && row.nameEn ? row.nameEn : row.nameVi,
    row.depth > 0 ? 1 : 0,
    row.unit,
    row.value === null ? "—" : qualified(formatNumber(row.value, row.decimals), null, row.exceedsParent ? words.exceedsParent : null, "red"),
    planCell(row, words),
    yearOnYearCell(row, words),
    row.status ? words.statuses[row.status] : "—",
    row.note ?? "",
  ]);
}

/** The report table from rows already loaded (the report page loads them with its header). */
export async function ReportTableView({ rows, caption }: { rows: ReportTableRow[]; caption: string }) {
  const t = await getTranslations("reports");
  const locale = await getLocale();
  const words = tableWords(t);
  const warnings = rows.some((r) => r.exceedsParent || r.planDisagrees || r.growthDisagrees);
  const columns: ColumnHeading[] = [
    { key: "no", header: t("table.no") },
    { key: "name", header: t("table.indicator") },
    { key: "unit", header: t("table.unit") },
    { key: "value", header: t("table.value"), numeric: true },
    { key: "plan", header: t("table.percentOfPlan"), numeric: true },
    { key: "yoy", header: t("table.yearOnYear"), numeric: true },
    { key: "status", header: t("table.valueStatus") },
    { key: "note", header: t("table.note") },
  ];
  return (
    <div>
      {warnings ? <p className="mb-3 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{t("table.warningsIntro")}</p> : null}
      <TableFrame caption={caption} empty={t("table.empty")} columns={columns}>
        {rows.length > 0 ? <ReportRows rows={reportRowWords(rows, words, locale)} ofWhich={words.ofWhich} /> : null}
      </TableFrame>
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
