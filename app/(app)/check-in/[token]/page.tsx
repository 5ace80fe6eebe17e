import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { InvitationStatusTag } from "@/components/invitations/invitation-status-tag";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { SummaryList } from "@/components/ui/summary-list";
import { Notice } from "@/components/ui/notice";
import { Tag } from "@/components/ui/tag";
import { getDb } from "@/db/client";
import { checkInByTokenAction } from "@/lib/attendance/actions";
import { invitationByToken } from "@/lib/attendance/commands";
import { isLate } from "@/lib/attendance/rules";
import { requirePermission } from "@/lib/auth/session";
import { checkInOpen, dayOfConference } from "@/lib/conferences/rules";
import { formatDate, formatDateTime, formatTime } from "@/lib/format";
import { todayInVietnam } from "@/lib/tasks/status";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { listInvitations } from "@/lib/invitations/queries";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("attendance");
  return { title: t("checkInTitle") };
}

/**
 * /check-in/[token] — where an invitation's QR code leads: who it is, and one big
 * "Điểm danh" button (a POST; opening the page never changes anything). Already checked
 * in: the time instead. Unknown token: not found.
 */
export default async function CheckInByTokenPage({ params }: Props) {
  await requirePermission("attendance.manage");
  const { token } = await params;
  if (!/^[\w-]{10,100}$/.test(token)) notFound();
  const db = getDb();
  const found = await invitationByToken(db, token);
  if (!found) notFound();
  const [invitation] = await listInvitations(db, found.conferenceId, { invitationId: found.invitationId });
  if (!invitation) notFound();
  const day = dayOfConference(todayInVietnam(), found);
  const t = await getTranslations();
  const name = invitation.personName ?? invitation.agencyName ?? "";
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("attendance.checkInTitle")}</p>
      <h1 className="mb-2 text-2xl font-bold">{name}</h1>
      <p className="mb-4 text-slate-800">
        <Link href={`/conferences/${found.conferenceId}/attendance`} className="text-brand-700 underline">
          {found.conferenceTitle}
        </Link>{" "}
        · {formatDateTime(found.startsAt)}
      </p>
      <SummaryList
        rows={[
          { label: t("invitations.status"), value: <InvitationStatusTag status={invitation.status} /> },
          { label: t("attendance.attendee"), value: [invitation.delegateName ?? invitation.personPosition, invitation.delegateName ? invitation.delegatePosition : null].filter(Boolean).join(", ") || t("common.none") },
        ]}
      />
      <div className="mt-6">
        {invitation.checkedInAt ? (
          <p role="status" className="flex flex-wrap items-center gap-2 rounded border-l-4 border-green-700 bg-green-50 p-3 text-lg font-semibold text-green-900">
            {t("attendance.checkedInAt", { time: formatTime(invitation.checkedInAt) })}
            {isLate(invitation.checkedInAt, found.startsAt) ? <Tag tone="yellow">{t("attendance.late")}</Tag> : null}
          </p>
        ) : !checkInOpen(day, found) ? (
          // A QR code scanned weeks early or days late: say so instead of checking in.
          <Notice tone="warning">
            {t(day === "before" ? "attendance.closedBefore" : "attendance.closedAfter", { date: formatDate(found.startsAt) })}{" "}
            <Link href={`/conferences/${found.conferenceId}/attendance`} className="link">
              {t("attendance.title")}
            </Link>
          </Notice>
        ) : (
          <ActionForm action={checkInByTokenAction} labels={await getFormLabels("attendance.checkInButton", "attendance.checkingIn")} compact className="w-full">
            <HiddenField name="token" value={token} />
          </ActionForm>
        )}
      </div>
    </>
  );
}
