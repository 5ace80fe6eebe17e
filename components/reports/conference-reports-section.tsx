import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ReportTable } from "@/components/reports/report-table";
import { getDb } from "@/db/client";
import { listConferenceReports, type Viewer } from "@/lib/indicators/report-queries";

/**
 * The indicator reports a conference discusses, each as the table the secretariat puts in
 * the conference document, so the figures stand next to the directives below them.
 * Renders nothing when no report is linked (reports are linked from the report's page).
 */
export async function ConferenceReportsSection({ conferenceId, viewer }: { conferenceId: number; viewer: Viewer }) {
  const reports = await listConferenceReports(getDb(), conferenceId, viewer);
  if (reports.length === 0) return null;
  const t = await getTranslations("reports.conferences");
  return (
    <section aria-labelledby="conference-reports-title" className="mt-8 space-y-6">
      <h2 id="conference-reports-title" className="text-xl font-bold text-slate-900">
        {t("sectionTitle")}
      </h2>
      {reports.map((report) => (
        <div key={report.reportId}>
          <ReportTable reportId={report.reportId} viewer={viewer} />
          <p className="mt-2">
            <Link href={`/reports/${report.reportId}`} className="link">
              {t("openReport", { agency: report.agencyName })}
            </Link>
          </p>
        </div>
      ))}
    </section>
  );
}
