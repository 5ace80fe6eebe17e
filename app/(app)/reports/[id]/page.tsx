import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { ConferenceLinks, LINK_CONFERENCE_ACTION } from "@/components/reports/conference-links";
import { ReportStatusTag } from "@/components/reports/report-status-tag";
import { ReportTableView } from "@/components/reports/report-table";
import { ReportWorkflowForms } from "@/components/reports/report-workflow-forms";
import { ValueEntryForm } from "@/components/reports/value-entry-form";
import { ValueHistory } from "@/components/reports/value-history";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { openableConferenceIds } from "@/lib/conferences/access";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { latestReturnComment, listConferenceOptions, listReportConferences, listReportUnlocks, loadVisibleReport } from "@/lib/indicators/report-queries";
import { listValueRevisions, loadReportTable } from "@/lib/indicators/report-table";
import { loadReportForEdit } from "@/lib/indicators/report-values";
import { todayInVietnam } from "@/lib/tasks/status";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

/**
 * /reports/[id] — the report: its header, the grid while it is a draft (for who may enter its
 * values), the table as it goes into a conference document, the workflow steps, the history
 * of its values and the conferences that discuss it (?action=link-conference opens the form
 * linking it to one). Unknown, or another agency's for a unit officer → 404.
 */
export default async function ReportPage({ params, searchParams }: Props) {
  const user = await requirePermission("indicators.view");
  const db = getDb();
  const report = await loadVisibleReport(db, Number((await params).id), user);
  if (!report) notFound();
  const t = await getTranslations("reports");
  const periodLabel = await getPeriodLabel();
  const today = todayInVietnam();
  const canEnter = can(user, "reports.enter", { agencyId: report.agencyId });
  const editing = canEnter && report.status === "draft";
  const canManageConferences = can(user, "conferences.manage");
  const linkingConference = canManageConferences && (await searchParams).action === LINK_CONFERENCE_ACTION;

  const [rows, edit, revisions, unlocks, returned, linked, conferenceOptions] = await Promise.all([
    loadReportTable(db, report),
    editing ? loadReportForEdit(db, report.id) : Promise.resolve(null),
    listValueRevisions(db, report.id),
    listReportUnlocks(db, report.id),
    report.status === "draft" ? latestReturnComment(db, report.id) : Promise.resolve(null),
    listReportConferences(db, report.id),
    linkingConference ? listConferenceOptions(db) : Promise.resolve(null),
  ]);
  const openableConferences = await openableConferenceIds(db, user, linked.map((conference) => conference.id));
  const period = periodLabel(report.periodCode);
  const caption = t("table.caption", { agency: report.agencyName, period });
  const who = (name: string | null, at: Date | null) => (at ? `${name ?? ""} · ${formatDateTime(at)}` : "—");

  return (
    <>
      <PageHeader
        title={caption}
        back={
          <Link href="/reports" className="text-brand-700 underline">
            {t("title")}
          </Link>
        }
        actions={
          <>
            {editing ? <LinkButton href={`/reports/${report.id}/import`}>{t("detail.import")}</LinkButton> : null}
            {/* A file download from a route handler: a plain link, not client-side navigation. */}
            <a href={`/api/reports/${report.id}/xlsx`} className={buttonClass("secondary")}>
              {t("detail.downloadXlsx")}
            </a>
          </>
        }
      />
      <SummaryList
        rows={[
          { label: t("detail.agency"), value: report.agencyName },
          { label: t("detail.period"), value: period },
          { label: t("detail.status"), value: <ReportStatusTag status={report.status} dueOn={report.dueOn} submittedAt={report.submittedAt} today={today} /> },
          { label: t("detail.dueOn"), value: formatDate(report.dueOn) },
          { label: t("detail.submitted"), value: who(report.submittedByName, report.submittedAt) },
          { label: t("detail.approved"), value: who(report.approvedByName, report.approvedAt) },
        ]}
      />
      {returned ? (
        <p className="my-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">
          {t("detail.returned", { by: returned.by ?? "", at: formatDateTime(returned.at), comment: returned.comment })}
        </p>
      ) : null}
      {canEnter && report.status !== "draft" ? <p className="my-4 rounded border-l-4 border-brand-600 bg-brand-50 p-3 text-slate-900">{t(`detail.locked.${report.status}`)}</p> : null}

      <div className="mt-6 space-y-6">
        {edit ? <ValueEntryForm reportId={report.id} rows={edit.rows} /> : null}
        <section aria-labelledby="report-table">
          <h2 id="report-table" className="mb-3 text-xl font-bold text-slate-900">
            {t("table.title")}
          </h2>
          <ReportTableView rows={rows} caption={caption} />
        </section>
        <ReportWorkflowForms
          reportId={report.id}
          version={report.version}
          status={report.status}
          canSubmit={canEnter}
          canApprove={can(user, "reports.approve")}
          canUnlock={can(user, "reports.unlock")}
        />
      </div>

      <ValueHistory revisions={revisions} decimalsOf={new Map(rows.map((r) => [r.indicatorId, r.decimals]))} />

      {unlocks.length > 0 ? (
        <section aria-labelledby="unlocks" className="mt-8">
          <h2 id="unlocks" className="mb-2 text-xl font-bold text-slate-900">
            {t("detail.unlocks")}
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-slate-800">
            {unlocks.map((u) => (
              <li key={u.id}>{t("detail.unlockLine", { at: formatDateTime(u.unlockedAt), by: u.byName, reason: u.reason })}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <ConferenceLinks reportId={report.id} linked={linked} openable={openableConferences} options={conferenceOptions} canManage={canManageConferences} />
    </>
  );
}
