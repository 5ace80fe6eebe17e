import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { PrintButton } from "@/components/attendance/print-button";
import { DraftChoiceForm } from "@/components/documents/draft-choice-form";
import { EarlierIssueNotice } from "@/components/documents/earlier-issue-notice";
import { IssueDocumentForm } from "@/components/documents/issue-form";
import { OfficialDocumentPrint } from "@/components/documents/official-document-print";
import { buttonClass } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { getConferenceDetail } from "@/lib/conferences/queries";
import { buildConferenceDocument, DOCUMENT_SLUGS, kindFromSlug } from "@/lib/documents/content/build";
import { defaultSigner, hostName, loadConferenceContext } from "@/lib/documents/content/context";
import { canDraftDocuments, draftOptionsFrom } from "@/lib/documents/content/draft-access";
import { isDraftKind } from "@/lib/documents/content/drafts";
import { listInvitees } from "@/lib/documents/content/invitation";
import { findEarlierIssues } from "@/lib/documents/content/issued-queries";
import { comrade, upperFirst } from "@/lib/documents/content/wording";
import { todayInVietnam } from "@/lib/tasks/status";

type Props = { params: Promise<{ id: string; kind: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("conferenceDocuments");
  const kind = kindFromSlug((await params).kind);
  return { title: kind ? t("print.title", { kind: t(`kinds.${kind}`) }) : t("title") };
}

/**
 * /conferences/[id]/documents/[kind]?invitation=<invitation id>&of=previous|self — the draft of
 * one document (invitation, minutes, conclusion-notice, follow-up-report) as it will print, with
 * its .docx download and, for documents.issue, the issue form. Drafts are for those who draw
 * them up: a unit officer gets 404, other roles without the permission 403.
 */
export default async function DocumentPrintPage({ params, searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  if (user.role === "unit_officer") notFound();
  if (!canDraftDocuments(user)) forbidden();
  const { id, kind: slug } = await params;
  const kind = kindFromSlug(slug);
  if (!kind) notFound();
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam(id), user);
  if (!conference) notFound();
  const t = await getTranslations("conferenceDocuments");
  const hasPrevious = conference.previousConferenceId !== null;
  const options = draftOptionsFrom(await searchParams, hasPrevious);
  const today = todayInVietnam();
  const [built, context, invitees, detail, earlier] = await Promise.all([
    buildConferenceDocument(db, kind, conference.id, { date: today, today, ...options }),
    loadConferenceContext(db, conference.id),
    kind === "invitation" ? listInvitees(db, conference.id) : Promise.resolve([]),
    kind === "follow_up_report" && hasPrevious ? getConferenceDetail(db, conference.id, user) : Promise.resolve(null),
    findEarlierIssues(db, conference.id, kind),
  ]);
  if (!context) notFound();

  const query = new URLSearchParams();
  if (kind === "invitation" && options.invitationId) query.set("invitation", String(options.invitationId));
  if (kind === "follow_up_report" && options.subject) query.set("of", options.subject);
  const suffix = query.size > 0 ? `?${query}` : "";
  const base = `/conferences/${conference.id}/documents`;
  const kindLabel = t(`kinds.${kind}`);

  return (
    <>
      <p className="no-print mb-3 text-sm">
        <Link href={base} className="text-brand-700 underline">
          ← {t("actions.back")}
        </Link>
      </p>
      <div className="no-print mb-4">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("print.title", { kind: kindLabel })}</h1>
        <p className="mt-1 text-slate-700">{conference.title}</p>
        <p className="mt-2 text-sm text-slate-600">{t("print.draftNotice")}</p>
      </div>
      {kind === "invitation" ? (
        <DraftChoiceForm
          action={`${base}/${DOCUMENT_SLUGS.invitation}`}
          name="invitation"
          label={t("invitationFor.label")}
          submit={t("invitationFor.show")}
          value={options.invitationId ? String(options.invitationId) : ""}
          options={[
            { value: "", label: t("invitationFor.all") },
            ...invitees.map((i) => ({ value: String(i.invitationId), label: i.personName ? upperFirst(comrade(i.personName, i.personPosition)) : (i.agencyName ?? "") })),
          ]}
        />
      ) : null}
      {kind === "follow_up_report" && hasPrevious ? (
        <DraftChoiceForm
          action={`${base}/${DOCUMENT_SLUGS.follow_up_report}`}
          name="of"
          label={t("followUp.label")}
          submit={t("invitationFor.show")}
          value={options.subject ?? "previous"}
          options={[
            { value: "previous", label: t("followUp.previous", { title: detail?.previousTitle ?? "" }) },
            { value: "self", label: t("followUp.self") },
          ]}
        />
      ) : null}
      {kind === "follow_up_report" && !hasPrevious ? <p className="no-print mb-4 text-sm text-slate-700">{t("followUp.noPrevious")}</p> : null}
      {built ? (
        <>
          <div className="no-print mb-4 flex flex-wrap gap-2">
            <PrintButton label={t("print.printButton")} />
            <a href={`/api${base}/${slug}${suffix}`} className={buttonClass("secondary")}>
              {t("actions.draftDocx")}
            </a>
            {isDraftKind(kind) && can(user, "documents.issue") ? (
              <Link href={`${base}/${slug}/edit`} className={buttonClass("secondary")}>
                {t(kind === "minutes" ? "actions.editMinutes" : "actions.editConclusion")}
              </Link>
            ) : null}
          </div>
          <OfficialDocumentPrint spec={built.spec} />
          {can(user, "documents.issue") && (earlier.live || earlier.withdrawn) ? (
            <div className="no-print mt-8 max-w-3xl">
              <EarlierIssueNotice kind={kind} earlier={earlier} />
            </div>
          ) : null}
          {can(user, "documents.issue") && !earlier.live ? (
            <IssueDocumentForm
              conferenceId={conference.id}
              kind={kind}
              today={today}
              signer={defaultSigner(context)}
              issuingBody={hostName(context)}
              invitationId={kind === "invitation" ? options.invitationId : undefined}
              subject={kind === "follow_up_report" ? options.subject : undefined}
            />
          ) : null}
        </>
      ) : (
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t("print.notAvailable")}</p>
      )}
    </>
  );
}
