import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { ConferenceTabs } from "@/components/conferences/conference-tabs";
import { DocumentCards } from "@/components/documents/document-cards";
import { IssuedDocumentList } from "@/components/documents/issued-list";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { getConferenceDetail } from "@/lib/conferences/queries";
import { canDraftDocuments } from "@/lib/documents/content/draft-access";
import { listConferenceIssuedDocuments } from "@/lib/documents/content/issued-queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conferenceDocuments");
  return { title: t("title") };
}

/**
 * /conferences/[id]/documents?issued=<document id>[&already=1] — the conference's documents. Those who
 * draw them up (documents.issue or conferences.manage) get a card per document (print view,
 * draft .docx, minutes editor, issue); everyone sees the documents issued for the conference
 * that they may read (a unit officer: those addressed to their agency), with downloads.
 */
export default async function ConferenceDocumentsPage({ params, searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  const t = await getTranslations("conferenceDocuments");
  const drafts = canDraftDocuments(user);
  const [issued, detail] = await Promise.all([listConferenceIssuedDocuments(db, conference.id, user), drafts ? getConferenceDetail(db, conference.id, user) : null]);
  const query = await searchParams;
  const issuedParam = query.issued;
  const justIssued = issued.find((row) => String(row.id) === (Array.isArray(issuedParam) ? issuedParam[0] : issuedParam));

  return (
    <>
      <ConferenceHeader conference={conference} />
      <ConferenceTabs conferenceId={conference.id} current="documents" />
      <h2 className="mb-2 mt-6 text-xl font-bold">{t("title")}</h2>
      {justIssued ? (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {t(query.already === "1" ? "issue.already" : "issue.done", { symbol: justIssued.symbol })}{" "}
          <a href={`/api/documents/${justIssued.id}`} className="font-semibold underline">
            {t("issue.download")}
          </a>
        </p>
      ) : null}
      {drafts ? (
        <>
          <p className="mb-4 max-w-3xl text-slate-700">{t("intro")}</p>
          <DocumentCards conferenceId={conference.id} canIssue={can(user, "documents.issue")} previousTitle={detail?.previousTitle ?? null} />
        </>
      ) : (
        <p className="mb-4 max-w-3xl text-slate-700">{t("noDrafts")}</p>
      )}
      <section id="issued" aria-labelledby="issued-title" className="mt-8">
        <h2 id="issued-title" className="mb-3 text-xl font-bold">
          {t("issued.title")}
        </h2>
        <IssuedDocumentList rows={issued} />
      </section>
    </>
  );
}
