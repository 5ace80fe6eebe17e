import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { ConferenceTabs } from "@/components/conferences/conference-tabs";
import { AddDirectiveForm, ApprovalForm, DeleteDirectiveForm, type DirectiveChoices, EditDirectiveForm } from "@/components/directives/directive-form";
import { Notice } from "@/components/ui/notice";
import { Tag } from "@/components/ui/tag";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { canApproveConclusions } from "@/lib/conferences/rules";
import {
  countTasksByDirective,
  getApproval,
  listAgendaItemOptions,
  listConferenceDirectives,
  listDirectiveDocuments,
  listDirectiveIndicators,
  listIndicatorOptions,
  listIssuerOptions,
  nextDirectiveNumber,
} from "@/lib/directives/queries";
import { todayInVietnam } from "@/lib/tasks/status";
import { formatDateTime } from "@/lib/format";
import { listLegalDocumentOptions } from "@/lib/legal-documents/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directives");
  return { title: t("title") };
}

/**
 * /conferences/[id]/directives?edit=<directive id> — the conference's directives in number
 * order with issuer, sector, cited documents and task counts (three queries whatever the
 * number of rows). Recorders (directives.record) add, edit and delete while the set is not
 * approved; leaders (directives.approve) approve it or reopen it.
 */
export default async function ConferenceDirectivesPage({ params, searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  const t = await getTranslations("directives");
  const tSector = await getTranslations("sectors");
  const [rows, approval] = await Promise.all([listConferenceDirectives(db, conference.id), getApproval(db, conference.id)]);
  const ids = rows.map((row) => row.id);
  const [documents, related, taskCounts] = await Promise.all([listDirectiveDocuments(db, ids), listDirectiveIndicators(db, ids), countTasksByDirective(db, ids, user)]);
  const canRecord = can(user, "directives.record") && !approval && conference.status !== "cancelled";
  // Approving is offered once it can succeed: the conference was held and has directives.
  const canApprove = can(user, "directives.approve") && (approval !== null || (rows.length > 0 && canApproveConclusions(conference.status)));
  const canAssign = can(user, "tasks.assign");
  const editParam = (await searchParams).edit;
  const editing = canRecord ? rows.find((row) => String(row.id) === (Array.isArray(editParam) ? editParam[0] : editParam)) : undefined;
  let choices: DirectiveChoices | null = null;
  if (canRecord) {
    const [issuers, agendaItems, documentOptions, indicatorOptions, nextNumber] = await Promise.all([
      listIssuerOptions(db),
      listAgendaItemOptions(db, conference.id),
      listLegalDocumentOptions(db),
      listIndicatorOptions(db, todayInVietnam()),
      nextDirectiveNumber(db, conference.id),
    ]);
    choices = { issuers, agendaItems, documents: documentOptions, indicators: indicatorOptions, nextNumber };
  }
  const base = `/conferences/${conference.id}/directives`;

  return (
    <>
      <ConferenceHeader conference={conference} />
      <ConferenceTabs conferenceId={conference.id} current="directives" />
      <div className="mb-3 mt-6 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-bold">{t("title")}</h2>
        {canApprove ? <ApprovalForm conferenceId={conference.id} approved={approval !== null} /> : null}
      </div>
      {can(user, "directives.approve") && !approval && rows.length > 0 && !canApproveConclusions(conference.status) ? (
        <Notice tone="warning">{t("approveNotYet")}</Notice>
      ) : null}
      {approval ? (
        <p role="status" className="mb-4 rounded border-l-4 border-green-600 bg-green-50 p-3 text-green-950">
          {t("approvedNotice", { name: approval.approvedByName, time: formatDateTime(approval.approvedAt) })}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="space-y-4">
          {rows.map((row) => {
            const cited = documents.get(row.id) ?? [];
            const concerns = related.get(row.id) ?? [];
            const taskCount = taskCounts.get(row.id) ?? 0;
            return (
              <li key={row.id} className="rounded border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-lg font-bold">{row.number}.</span>
                  <Tag tone="blue">{tSector(row.sector)}</Tag>
                  <span className="text-slate-700">
                    {row.issuerName}
                    {row.issuerTitle ? `, ${row.issuerTitle}` : ""}
                  </span>
                </div>
                <p className="mt-2 whitespace-pre-line text-slate-900">{row.text}</p>
                {row.agendaItemTitle ? <p className="mt-1 text-sm text-slate-600">{`${t("agendaItem")}: ${row.agendaItemTitle}`}</p> : null}
                {cited.length > 0 ? (
                  <ul className="mt-2 list-disc pl-5 text-sm">
                    {cited.map((doc) => (
                      <li key={doc.documentId}>
                        <Link href={`/legal-documents/${doc.documentId}`} className="text-brand-700 underline">
                          {doc.citation}
                        </Link>
                        {doc.title ? ` — ${doc.title}` : ""}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {concerns.length > 0 ? (
                  <p className="mt-2 text-sm">
                    <span className="font-semibold">{t("indicatorsShort")}: </span>
                    {concerns.map((indicator, index) => (
                      <span key={indicator.indicatorId}>
                        {index > 0 ? "; " : ""}
                        <Link href={`/indicators/${indicator.indicatorId}`} className="text-brand-700 underline">
                          {indicator.name}
                        </Link>
                      </span>
                    ))}
                  </p>
                ) : null}
                <div className="mt-3 flex flex-wrap items-center gap-4 text-sm">
                  <Link href={`/tasks?directive=${row.id}`} className="link">
                    {t("taskCount", { count: taskCount })}
                  </Link>
                  {canAssign ? (
                    <Link href={`/tasks/new?directive=${row.id}`} className="link">
                      {t("assignTask")}
                      <span className="sr-only"> {t("forDirective", { number: row.number })}</span>
                    </Link>
                  ) : null}
                  {canRecord ? (
                    <Link href={`${base}?edit=${row.id}#directive-form-title`} className="link">
                      {t("edit")}
                      <span className="sr-only"> {t("editTitle", { number: row.number })}</span>
                    </Link>
                  ) : null}
                  {canRecord && taskCount === 0 ? <DeleteDirectiveForm conferenceId={conference.id} directive={row} /> : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {choices ? (
        <section aria-labelledby="directive-form-title" className="no-print mt-8">
          <h2 id="directive-form-title" className="mb-3 text-lg font-bold">
            {editing ? t("editTitle", { number: editing.number }) : t("addTitle")}
          </h2>
          {editing ? (
            <>
              <EditDirectiveForm
                key={`${editing.id}:${editing.version}`}
                conferenceId={conference.id}
                directive={editing}
                links={{
                  documentIds: (documents.get(editing.id) ?? []).map((doc) => doc.documentId),
                  indicatorIds: (related.get(editing.id) ?? []).map((indicator) => indicator.indicatorId),
                }}
                choices={choices}
              />
              <p className="mt-3">
                <Link href={base} className="text-brand-700 underline">
                  {t("cancelEdit")}
                </Link>
              </p>
            </>
          ) : (
            <AddDirectiveForm conferenceId={conference.id} choices={choices} />
          )}
        </section>
      ) : null}
    </>
  );
}
