import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { MinutesDraftForm } from "@/components/documents/minutes-draft-form";
import { getDb } from "@/db/client";
import { listAgenda } from "@/lib/agenda/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { loadConferenceContext } from "@/lib/documents/content/context";
import { ensureMinutesDraft, initialMinutesContent } from "@/lib/documents/content/minutes-draft";
import { formatDateTime } from "@/lib/format";

type Props = { params: Promise<{ id: string; kind: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conferenceDocuments");
  return { title: t("minutes.editTitle") };
}

/**
 * /conferences/[id]/documents/minutes/edit?saved=1 — the secretary's draft of the minutes: start
 * and end time, the secretary, one summary per agenda item, other remarks. Made from the
 * conference data on first open; saved with a version check (a lost race is refused). Only
 * for documents.issue; a unit officer gets 404. Any other document kind here is 404.
 */
export default async function MinutesDraftPage({ params, searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  if (user.role === "unit_officer") notFound();
  if (!can(user, "documents.issue")) forbidden();
  const { id, kind } = await params;
  if (kind !== "minutes") notFound();
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam(id), user);
  if (!conference) notFound();
  const [context, agenda] = await Promise.all([loadConferenceContext(db, conference.id), listAgenda(db, conference.id)]);
  if (!context) notFound();
  const draft = await ensureMinutesDraft(db, conference.id, () => initialMinutesContent(context, agenda));
  const t = await getTranslations("conferenceDocuments");
  const base = `/conferences/${conference.id}/documents`;
  const saved = (await searchParams).saved === "1";

  return (
    <>
      <p className="no-print mb-3 text-sm">
        <Link href={base} className="text-brand-700 underline">
          ← {t("actions.back")}
        </Link>
      </p>
      <ConferenceHeader conference={conference} />
      <h2 className="mb-2 mt-6 text-xl font-bold">{t("minutes.editTitle")}</h2>
      <p className="mb-2 max-w-3xl text-slate-700">{t("minutes.intro")}</p>
      <p className="mb-4 text-sm text-slate-600">{t("minutes.lastSaved", { time: formatDateTime(draft.updatedAt), version: draft.version })}</p>
      {saved ? (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {t("minutes.saved")}{" "}
          <Link href={`${base}/minutes`} className="font-semibold underline">
            {t("minutes.preview")}
          </Link>
        </p>
      ) : null}
      {agenda.length === 0 ? <p className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{t("minutes.noAgenda")}</p> : null}
      <MinutesDraftForm key={draft.version} conferenceId={conference.id} draft={draft} agenda={agenda.map((item) => ({ id: item.id, position: item.position, title: item.title }))} />
      <p className="mt-4">
        <Link href={`${base}/minutes`} className="font-semibold text-brand-700 underline">
          {t("minutes.preview")}
        </Link>
      </p>
    </>
  );
}
