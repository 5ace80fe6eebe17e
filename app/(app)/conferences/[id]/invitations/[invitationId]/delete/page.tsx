import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { InvitationStatusTag } from "@/components/invitations/invitation-status-tag";
import { delegateWords } from "@/components/invitations/invitation-table";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { deleteInvitationAction } from "@/lib/invitations/actions";
import { loadPageInvitation } from "@/lib/invitations/access";
import { invitationListOpen } from "@/lib/invitations/rules";

type Props = { params: Promise<{ id: string; invitationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations");
  return { title: t("deleteTitle") };
}

/**
 * /conferences/[id]/invitations/[invitationId]/delete — which invitation goes, with the
 * reply recorded on it, asked once more; conferences.manage only. None can go once the
 * conference took place or was cancelled, nor one whose invitee has checked in (its
 * attendance would go with it): the page says why instead.
 */
export default async function DeleteInvitationPage({ params }: Props) {
  const user = await requirePermission("conferences.manage");
  const found = await loadPageInvitation(getDb(), user, await params);
  if (!found) notFound();
  const { conference, invitation } = found;
  const t = await getTranslations();
  const name = invitation.personName ?? invitation.agencyName ?? "";
  const list = `/conferences/${conference.id}/invitations#list-title`;
  const back = (
    <Link href={list} className="text-brand-700 underline">
      ← {t("invitations.listTitle")} · {conference.title}
    </Link>
  );
  const refusal = !invitationListOpen(conference.status) ? "invitations.listClosed" : invitation.attendanceId ? "invitations.cannotDeleteCheckedIn" : null;
  if (refusal) {
    return (
      <>
        <PageHeader title={t("invitations.deleteLabel", { name })} back={back} />
        <Notice tone="warning">{t(refusal)}</Notice>
      </>
    );
  }
  return (
    <ConfirmAction
      title={t("invitations.deleteLabel", { name })}
      back={back}
      rows={[
        { label: t("invitations.invitee"), value: invitation.personPosition ? `${name} — ${invitation.personPosition}` : name },
        { label: t("invitations.kind"), value: invitation.agencyKind ? t(`agencyKinds.${invitation.agencyKind}`) : t("invitations.personKind") },
        { label: t("invitations.status"), value: <InvitationStatusTag status={invitation.status} /> },
        { label: t("invitations.delegate"), value: delegateWords(t, invitation) },
        { label: t("invitations.repliedAt"), value: invitation.repliedAt ? formatDateTime(invitation.repliedAt) : t("common.none") },
      ]}
      consequences={[t("invitations.deleteConsequence")]}
      action={deleteInvitationAction}
      labels={await getFormLabels("invitations.deleteSubmit", "invitations.deleting")}
      hidden={{ conferenceId: conference.id, invitationId: invitation.id, version: invitation.version }}
      cancel={{ href: list }}
    />
  );
}
