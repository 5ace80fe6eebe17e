import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { ImportWizard } from "@/components/reports/import-wizard";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { loadVisibleReport } from "@/lib/indicators/report-queries";
import { type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportImport");
  return { title: t("title") };
}

/** The counts the confirmation redirects with (?created=3&revised=1&unchanged=2), or null. */
function doneCounts(params: SearchParams): { created: number; revised: number; unchanged: number } | null {
  const count = (key: string) => {
    const raw = params[key];
    const value = Number(Array.isArray(raw) ? raw[0] : raw);
    return Number.isInteger(value) && value >= 0 ? value : null;
  };
  const created = count("created");
  const revised = count("revised");
  const unchanged = count("unchanged");
  return created === null || revised === null || unchanged === null ? null : { created, revised, unchanged };
}

/**
 * /reports/[id]/import — import the report's values from the template filled in (.xlsx or
 * .csv): download the template, upload, check every row, then "Ghi số liệu". For whoever may
 * enter this agency's values (a unit officer only their own: another agency's report is a
 * 404, as on the report page; leaders and viewers get 403), and only while it is a draft.
 */
export default async function ReportImportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("indicators.view");
  const report = await loadVisibleReport(getDb(), Number((await params).id), user);
  if (!report) notFound();
  if (!can(user, "reports.enter", { agencyId: report.agencyId })) forbidden();
  const t = await getTranslations("reportImport");
  const period = (await getPeriodLabel())(report.periodCode);
  const done = doneCounts(await searchParams);
  const reportHref = `/reports/${report.id}`;

  return (
    <>
      <PageHeader
        title={t("heading", { agency: report.agencyName, period })}
        intro={t("intro")}
        back={
          <Link href={reportHref} className="text-brand-700 underline">
            {t("back")}
          </Link>
        }
      />
      {done ? (
        <div role="status" className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          <p>{t("done", done)}</p>
          <p className="mt-2">
            <Link href={reportHref} className="link">
              {t("viewReport")}
            </Link>
          </p>
        </div>
      ) : null}
      {report.status !== "draft" ? (
        <p className="rounded border-l-4 border-brand-600 bg-brand-50 p-3 text-slate-900">{t("notDraft")}</p>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="import-template" className="space-y-3">
            <h2 id="import-template" className="text-xl font-bold text-slate-900">
              {t("templateTitle")}
            </h2>
            <p className="text-slate-700">{t("templateHint")}</p>
            <div className="flex flex-wrap gap-3">
              {/* Plain links: a file download is no page for the client router to fetch. */}
              <a href={`/api/reports/${report.id}/template.xlsx`} download className={buttonClass("secondary")}>
                {t("downloadXlsx")}
              </a>
              <a href={`/api/reports/${report.id}/template.csv`} download className={buttonClass("secondary")}>
                {t("downloadCsv")}
              </a>
            </div>
          </section>
          <section aria-labelledby="import-upload" className="space-y-3">
            <h2 id="import-upload" className="text-xl font-bold text-slate-900">
              {t("uploadTitle")}
            </h2>
            {/* A finished import starts the wizard afresh rather than showing the preview it just wrote. */}
            <ImportWizard key={done ? `${done.created}-${done.revised}-${done.unchanged}` : "new"} reportId={report.id} labels={await wizardLabels(t)} />
          </section>
        </div>
      )}
    </>
  );
}

async function wizardLabels(t: Awaited<ReturnType<typeof getTranslations<"reportImport">>>) {
  const formLabels = await getFormLabels("reportImport.confirm", "reportImport.confirming");
  // The file name is filled in by the client once the preview arrives; next-intl would refuse a missing value.
  const withFileName = (key: "previewTitle" | "previewCaption") => t(key, { fileName: "{fileName}" });
  return {
    fileLabel: t("fileLabel"),
    fileHint: t("fileHint"),
    preview: t("preview"),
    previewing: t("previewing"),
    errorSummaryTitle: formLabels.errorSummaryTitle,
    errorTitlePrefix: formLabels.errorTitlePrefix,
    previewTitle: withFileName("previewTitle"),
    hasErrors: t("hasErrors", { count: "{count}" }),
    fileProblemsTitle: t("fileProblemsTitle"),
    nothingToWrite: t("nothingToWrite"),
    ready: t("ready"),
    table: {
      caption: withFileName("previewCaption"),
      empty: t("noRows"),
      line: t("line"),
      code: t("columns.code"),
      name: t("columns.name"),
      value: t("columns.value"),
      unit: t("columns.unit"),
      status: t("columns.status"),
      note: t("columns.note"),
      growth: t("columns.growth"),
      plan: t("columns.plan"),
      change: t("change"),
      errors: t("errorsColumn"),
    },
    confirm: formLabels,
  };
}
