import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { deleteConferenceAction } from "@/lib/conferences/actions";
import { countConferenceContents } from "@/lib/conferences/deletion-queries";
import { formatConferenceTime } from "@/lib/conferences/format";
import { canDelete } from "@/lib/conferences/rules";
import { formatNumber } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conferences.deletePage");
  return { title: t("title") };
}

/**
 * /conferences/[id]/delete — "Xóa hội nghị" asks first: what goes with the conference
 * (invitations, agenda, bridge points) and that only the admin can bring it back.
 * conferences.manage only; a conference past draft says to cancel it instead.
 */
export default async function DeleteConferencePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("conferences.manage");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  const t = await getTranslations("conferences");
  const page = `/conferences/${conference.id}`;
  const back = (
    <Link href={page} className="text-brand-700 underline">
      ← {conference.title}
    </Link>
  );
  if (!canDelete(conference.status)) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold text-slate-900 sm:text-3xl">{t("deletePage.title")}</h1>
        <Notice tone="warning">{t("errors.deleteOnlyDraft")}</Notice>
        <p>{back}</p>
      </>
    );
  }
  const contents = await countConferenceContents(db, conference.id);
  return (
    <ConfirmAction
      title={t("deletePage.heading", { title: conference.title })}
      back={back}
      rows={[
        { label: t("fields.title"), value: conference.title },
        { label: t("fields.time"), value: formatConferenceTime(conference.startsAt, conference.endsAt, t.raw("weekdays") as string[]) },
        { label: t("deletePage.invitations"), value: formatNumber(contents.invitations) },
        { label: t("deletePage.agendaItems"), value: formatNumber(contents.agendaItems) },
        { label: t("deletePage.bridgePoints"), value: formatNumber(contents.bridgePoints) },
      ]}
      consequences={[t("deletePage.goesWith"), t("deletePage.restore")]}
      action={deleteConferenceAction}
      labels={await getFormLabels("conferences.deletePage.submit", "conferences.deletePage.pending")}
      hidden={{ id: conference.id, version: conference.version }}
      cancel={{ href: page }}
    />
  );
}
