import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { ReportFilters } from "@/components/reports/report-filters";
import { reportStatusWords } from "@/components/reports/report-status-tag";
import { ActionForm } from "@/components/ui/action-form";
import { LinkButton } from "@/components/ui/button";
import { HiddenField, SelectField } from "@/components/ui/fields";
import { PageHeader } from "@/components/ui/page-header";
import { ListPager, listTotalText } from "@/components/ui/list-pager";
import { listHref } from "@/components/ui/pager";
import { ResultCount } from "@/components/ui/result-count";
import { type WordColumn, WordTable } from "@/components/ui/word-table";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { openOwnReportAction } from "@/lib/indicators/report-actions";
import { listReportingAgencies, listReportingPeriods, listReports, parseReportListParams, REPORT_PAGE_SIZE, type ReportListRow } from "@/lib/indicators/report-queries";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { todayInVietnam } from "@/lib/tasks/status";
import { sharedFilterOptions } from "@/lib/cache/filter-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

/** /reports?period=&agency=&status=&page= — every report (a unit officer: their own agency's), newest period first. */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("indicators.view");
  const t = await getTranslations("reports");
  const periodLabel = await getPeriodLabel();
  const filters = parseReportListParams(await searchParams);
  const unit = user.role === "unit_officer";
  const today = todayInVietnam();
  const db = getDb();
  const [{ rows, total }, periods, agencies] = await Promise.all([
    listReports(db, user, filters),
    sharedFilterOptions("reporting-periods", () => listReportingPeriods(db)),
    unit ? Promise.resolve(null) : sharedFilterOptions("reporting-agencies", () => listReportingAgencies(db)),
  ]);
  const href = (page: number) => listHref("/reports", { period: filters.periodCode, agency: filters.agencyId, status: filters.status, page });
  const periodOptions = periods.map((p) => ({ value: p.code, label: periodLabel(p.code) }));
  const canOpenOwn = unit && user.agencyId !== null && can(user, "reports.enter", { agencyId: user.agencyId }) && periods.length > 0;
  const who = (name: string | null, at: Date | null) => (at ? `${name ?? ""} · ${formatDateTime(at)}` : "—");

  const columns: WordColumn<ReportListRow>[] = [
    { key: "agency", header: t("list.agency"), words: (row) => ({ text: row.agencyName, href: `/reports/${row.id}` }) },
    { key: "period", header: t("list.period"), words: (row) => periodLabel(row.periodCode) },
    { key: "status", header: t("list.status"), words: (row) => ({ tags: reportStatusWords(row, today, t) }) },
    { key: "due", header: t("list.dueOn"), words: (row) => formatDate(row.dueOn) },
    { key: "submitted", header: t("list.submitted"), words: (row) => who(row.submittedByName, row.submittedAt) },
    { key: "approved", header: t("list.approved"), words: (row) => who(row.approvedByName, row.approvedAt) },
    { key: "values", header: t("list.valueCount"), numeric: true, words: (row) => row.valueCount },
  ];

  return (
    <>
      <PageHeader
        title={unit ? t("unitTitle") : t("title")}
        intro={unit ? t("unitIntro") : t("intro")}
        actions={
          <>
            {can(user, "reports.approve") ? (
              <LinkButton href="/reports/new" variant="primary">
                {t("newTitle")}
              </LinkButton>
            ) : null}
            {!unit ? <LinkButton href={listHref("/reports/consolidated", { period: filters.periodCode ?? periods[0]?.code })}>{t("consolidated.title")}</LinkButton> : null}
          </>
        }
      />
      {canOpenOwn && user.agencyId !== null ? (
        <section aria-labelledby="open-own" className="mb-5 rounded border border-slate-200 bg-white p-4">
          <h2 id="open-own" className="mb-2 text-lg font-bold text-slate-900">
            {t("openOwn.title")}
          </h2>
          <ActionForm action={openOwnReportAction} labels={await getFormLabels("reports.openOwn.submit", "reports.openOwn.sending")}>
            <HiddenField name="agencyId" value={user.agencyId} />
            <SelectField name="periodCode" label={t("openOwn.period")} placeholder={t("openOwn.choose")} options={periodOptions} />
          </ActionForm>
        </section>
      ) : null}
      <ReportFilters filters={filters} periodOptions={periodOptions} agencyOptions={agencies ? agencies.map((a) => ({ value: String(a.id), label: a.name })) : null} />
      <ResultCount>{await listTotalText(total, (count) => t("list.count", { count }))}</ResultCount>
      <WordTable caption={unit ? t("unitTitle") : t("title")} empty={t("list.empty")} rows={rows} columns={columns} />
      <ListPager label={t("list.pagination")} total={total} page={filters.page} pageSize={REPORT_PAGE_SIZE} rowsOnPage={rows.length} href={href} />
    </>
  );
}
