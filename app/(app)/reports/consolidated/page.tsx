import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { type Column, DataTable } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { type ConsolidatedRow, loadConsolidated } from "@/lib/indicators/report-consolidated";
import { listReportingPeriods } from "@/lib/indicators/report-queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.consolidated");
  return { title: t("title") };
}

/**
 * /reports/consolidated?period=2012-H1 — each indicator summed over the units' submitted and
 * approved reports (never a ratio), with the department's own report beside it. Unit officers
 * see only their own agency's figures, so not this page.
 */
export default async function ConsolidatedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("indicators.view");
  if (user.role === "unit_officer") notFound();
  const t = await getTranslations("reports");
  const locale = await getLocale();
  const periodLabel = await getPeriodLabel();
  const db = getDb();
  const periods = await listReportingPeriods(db);
  const raw = (await searchParams).period;
  const periodCode = periods.find((p) => p.code === (Array.isArray(raw) ? raw[0] : raw))?.code ?? periods[0]?.code;
  const data = periodCode ? await loadConsolidated(db, periodCode) : null;

  const columns: Column<ConsolidatedRow>[] = [
    {
      key: "name",
      header: t("table.indicator"),
      cell: (row) => (
        <span className={row.depth > 0 ? "block sm:pl-6" : "block font-semibold"}>
          {row.depth > 0 ? <span className="italic text-slate-600">{t("table.ofWhich")} </span> : null}
          {locale === "en" && row.nameEn ? row.nameEn : row.nameVi}
        </span>
      ),
    },
    { key: "unit", header: t("table.unit"), cell: (row) => row.unit },
    {
      key: "total",
      header: t("consolidated.total"),
      numeric: true,
      cell: (row) =>
        row.kind === "ratio" ? (
          <span title={t("consolidated.ratioNotSummed")}>
            —<span className="block text-sm text-slate-600">{t("consolidated.ratioShort")}</span>
          </span>
        ) : row.total === null ? (
          "—"
        ) : (
          formatNumber(row.total, row.decimals)
        ),
    },
    { key: "agencies", header: t("consolidated.agencies"), numeric: true, cell: (row) => t("consolidated.agencyCount", { count: row.agencyCount, expected: row.reporterCount }) },
    { key: "department", header: t("consolidated.department"), numeric: true, cell: (row) => (row.departmentValue === null ? "—" : formatNumber(row.departmentValue, row.decimals)) },
  ];

  return (
    <>
      <PageHeader
        title={periodCode ? t("consolidated.titleFor", { period: periodLabel(periodCode) }) : t("consolidated.title")}
        intro={t("consolidated.intro")}
        actions={
          periodCode ? (
            <a href={`/api/reports/consolidated.xlsx?period=${encodeURIComponent(periodCode)}`} className={buttonClass("secondary")}>
              {t("detail.downloadXlsx")}
            </a>
          ) : null
        }
        back={
          <Link href="/reports" className="text-brand-700 underline">
            {t("title")}
          </Link>
        }
      />
      <FilterForm action="/reports/consolidated" filtered={false} submitLabel={t("consolidated.show")} clearLabel="" gridClassName="sm:grid-cols-[minmax(0,20rem)_auto] sm:items-end">
        <SelectField name="period" label={t("filters.period")} defaultValue={periodCode ?? ""} options={periods.map((p) => ({ value: p.code, label: periodLabel(p.code) }))} />
      </FilterForm>
      {data ? (
        <>
          <p className="mb-3 text-sm text-slate-700" aria-live="polite">
            {t("consolidated.reportCount", { count: data.reportCount })}{" "}
            {data.department ? (
              <Link href={`/reports/${data.department.reportId}`} className="text-brand-700 underline">
                {t("consolidated.departmentReport", { status: t(`statuses.${data.department.status}`) })}
              </Link>
            ) : (
              t("consolidated.noDepartmentReport")
            )}
          </p>
          <DataTable caption={t("consolidated.title")} empty={t("consolidated.empty")} rows={data.rows} rowKey={(row) => row.indicatorId} columns={columns} />
          <p className="mt-2 text-sm text-slate-600">{t("consolidated.ratioNotSummed")}</p>
        </>
      ) : (
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t("openForm.noPeriods")}</p>
      )}
    </>
  );
}
