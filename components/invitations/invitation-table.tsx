import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { type Column, DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatDateTime } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { deleteInvitationAction } from "@/lib/invitations/actions";
import type { InvitationRow } from "@/lib/invitations/queries";
import { InvitationStatusTag } from "./invitation-status-tag";

/**
 * The invitees: who, what kind of agency, the reply, the delegate, when they replied.
 * The secretariat gets "Ghi trả lời", "Mã QR" and "Xóa" on each row; others read only.
 */
export async function InvitationTable({
  conferenceId,
  rows,
  canManage,
  canCheckIn,
}: {
  conferenceId: number;
  rows: InvitationRow[];
  canManage: boolean;
  canCheckIn: boolean;
}) {
  const t = await getTranslations();
  const deleteLabels = await getFormLabels("invitations.delete", "invitations.deleting");
  const base = `/conferences/${conferenceId}/invitations`;
  const columns: Column<InvitationRow>[] = [
    {
      key: "invitee",
      header: t("invitations.invitee"),
      cell: (row) => (
        <>
          <span className="font-semibold">{row.personName ?? row.agencyName}</span>
          {row.personPosition ? <span className="block text-slate-700">{row.personPosition}</span> : null}
          {row.changeNotice ? (
            <span className="mt-1 block">
              <Tag tone="yellow">{t(`invitations.changeNoticeTag.${row.changeNotice === "cancelled" ? "cancelled" : "postponed"}`)}</Tag>
            </span>
          ) : null}
        </>
      ),
    },
    { key: "kind", header: t("invitations.kind"), cell: (row) => (row.agencyKind ? t(`agencyKinds.${row.agencyKind}`) : t("invitations.personKind")) },
    { key: "status", header: t("invitations.status"), cell: (row) => <InvitationStatusTag status={row.status} /> },
    {
      key: "delegate",
      header: t("invitations.delegate"),
      cell: (row) =>
        row.status === "declined" && row.declineReason ? (
          <span className="text-slate-700">{t("invitations.reasonShown", { reason: row.declineReason })}</span>
        ) : (
          [row.delegateName, row.delegatePosition].filter(Boolean).join(", ") || t("common.none")
        ),
    },
    { key: "repliedAt", header: t("invitations.repliedAt"), cell: (row) => (row.repliedAt ? formatDateTime(row.repliedAt) : t("common.none")) },
  ];
  if (canManage || canCheckIn) {
    columns.push({
      key: "actions",
      header: t("common.actions"),
      className: "no-print",
      cell: (row) => (
        <span className="flex flex-wrap items-center gap-3">
          {canManage ? (
            <Link href={`${base}?reply=${row.id}#reply-title`} className="font-semibold text-brand-700 underline">
              {t("invitations.recordReply")}
            </Link>
          ) : null}
          {canCheckIn ? (
            <Link href={`${base}/${row.id}/qr`} className="font-semibold text-brand-700 underline">
              {t("invitations.qrLink")}
            </Link>
          ) : null}
          {canManage && !row.attendanceId ? (
            <ActionForm action={deleteInvitationAction} labels={deleteLabels} variant="ghost" compact>
              <HiddenField name="conferenceId" value={conferenceId} />
              <HiddenField name="invitationId" value={row.id} />
            </ActionForm>
          ) : null}
        </span>
      ),
    });
  }
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.id} caption={t("invitations.listTitle")} empty={t("invitations.empty")} />;
}
