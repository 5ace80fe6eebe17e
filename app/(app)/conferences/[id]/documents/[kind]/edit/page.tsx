import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { ConclusionDraftForm } from "@/components/documents/conclusion-draft-form";
import { MinutesDraftForm } from "@/components/documents/minutes-draft-form";
import { getDb } from "@/db/client";
import { listAgenda } from "@/lib/agenda/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { DOCUMENT_SLUGS, kindFromSlug } from "@/lib/documents/content/build";
import { initialConclusionContent, reportsWithFigures } from "@/lib/documents/content/conclusion-draft";
import { loadConclusionNoticeData } from "@/lib/documents/content/conclusion-notice";
import { loadConferenceContext } from "@/lib/documents/content/context";
import { type DraftKind, ensureDocumentDraft, isDraftKind } from "@/lib/documents/content/drafts";
import { initialMinutesContent } from "@/lib/documents/content/minutes-draft";
import { formatDateTime } from "@/lib/format";

type Props = { params: Promise<{ id: string; kind: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Message keys of each draft's page (conferenceDocuments.minutes.*, conferenceDocuments.conclusionDraft.*). */
const MESSAGES: Record<DraftKind, "minutes" | "conclusionDraft"> = { minutes: "minutes", conclusion_notice: "conclusionDraft" };

function draftKindOf(slug: string): DraftKind | null {
  const kind = kindFromSlug(slug);
  return kind && isDraftKind(kind) ? kind : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("conferenceDocuments");
  const kind = draftKindOf((await params).kind);
  return { title: t(`${MESSAGES[kind ?? "minutes"]}.editTitle`) };
}

/**
 * /conferences/[id]/documents/(minutes|conclusion-notice)/edit?saved=1 — the secretariat's
 * draft of the minutes (times, the secretary, a summary per agenda item, other remarks) or of
 * the conclusion notice (the assessment with the key figures, the directions with their
 * tasks). Made from the conference data on first open; saved with a version check (a lost
 * race is refused). Only for documents.issue; a unit officer gets 404. Other kinds are 404.
 */
export default async function DocumentDraftPage({ params, searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  if (user.role === "unit_officer") notFound();
  if (!can(user, "documents.issue")) forbidden();
  const { id, kind: slug } = await params;
  const kind = draftKindOf(slug);
  if (!kind) notFound();
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam(id), user);
  if (!conference) notFound();
  const t = await getTranslations("conferenceDocuments");
  const words = MESSAGES[kind];
  const base = `/conferences/${conference.id}/documents`;
  const preview = `${base}/${DOCUMENT_SLUGS[kind]}`;
  const saved = (await searchParams).saved === "1";

  let form: React.ReactNode;
  let warning: string | null = null;
  let draftInfo: { updatedAt: Date; version: number };
  if (kind === "minutes") {
    const [context, agenda] = await Promise.all([loadConferenceContext(db, conference.id), listAgenda(db, conference.id)]);
    if (!context) notFound();
    const draft = await ensureDocumentDraft(db, conference.id, "minutes", () => initialMinutesContent(context, agenda));
    draftInfo = draft;
    if (agenda.length === 0) warning = t("minutes.noAgenda");
    form = <MinutesDraftForm key={draft.version} conferenceId={conference.id} draft={draft} agenda={agenda.map((item) => ({ id: item.id, position: item.position, title: item.title }))} />;
  } else {
    const data = await loadConclusionNoticeData(db, conference.id);
    if (!data) notFound();
    const draft = await ensureDocumentDraft(db, conference.id, "conclusion_notice", () => initialConclusionContent(data));
    draftInfo = draft;
    const hasIndicatorTable = reportsWithFigures(data.reports).length > 0;
    if (!hasIndicatorTable) warning = t("conclusionDraft.noReport");
    form = <ConclusionDraftForm key={draft.version} conferenceId={conference.id} draft={draft} hasIndicatorTable={hasIndicatorTable} />;
  }

  return (
    <>
      <p className="no-print mb-3 text-sm">
        <Link href={base} className="text-brand-700 underline">
          ← {t("actions.back")}
        </Link>
      </p>
      <ConferenceHeader conference={conference} />
      <h2 className="mb-2 mt-6 text-xl font-bold">{t(`${words}.editTitle`)}</h2>
      <p className="mb-2 max-w-3xl text-slate-700">{t(`${words}.intro`)}</p>
      <p className="mb-4 text-sm text-slate-600">{t("minutes.lastSaved", { time: formatDateTime(draftInfo.updatedAt), version: draftInfo.version })}</p>
      {saved ? (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {t(`${words}.saved`)}{" "}
          <Link href={preview} className="font-semibold underline">
            {t(`${words}.preview`)}
          </Link>
        </p>
      ) : null}
      {warning ? <p className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{warning}</p> : null}
      {form}
      <p className="mt-4">
        <Link href={preview} className="link">
          {t(`${words}.preview`)}
        </Link>
      </p>
    </>
  );
}
