import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { type Column, DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatDateTime } from "@/lib/format";
import type { InvitationRow } from "@/lib/invitations/queries";
import { InvitationStatusTag } from "./invitation-status-tag";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/** Who comes for the invitee, or why they decline: the list's column and the removal's confirmation page. */
export function delegateText(t: Translator, row: InvitationRow): ReactNode {
  return row.status === "declined" && row.declineReason ? (
    <span className="text-slate-700">{t("invitations.reasonShown", { reason: row.declineReason })}</span>
  ) : (
    [row.delegateName, row.delegatePosition].filter(Boolean).join(", ") || t("common.none")
  );
}

/**
 * The invitees: who, what kind of agency, the reply, the delegate, when they replied.
 * The secretariat gets "Ghi trả lời", "Mã QR" and, while the list is open (`canRemove`),
 * "Xóa" on each row; others read only. "Xóa" leads to a confirmation page: a reply recorded
 * on the invitation goes with it.
 */
export async function InvitationTable({
  conferenceId,
  rows,
  canManage,
  canRemove,
  canCheckIn,
}: {
  conferenceId: number;
  rows: InvitationRow[];
  canManage: boolean;
  canRemove: boolean;
  canCheckIn: boolean;
}) {
  const t = await getTranslations();
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
      cell: (row) => delegateText(t, row),
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
          {canRemove && !row.attendanceId ? (
            <Link href={`${base}/${row.id}/delete`} className="font-semibold text-danger-600 underline">
              {/* Told apart by its row (WCAG 2.4.4 in context): the invitee's name here would join every cell match on it. */}
              {t("invitations.delete")}
            </Link>
          ) : null}
        </span>
      ),
    });
  }
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.id} caption={t("invitations.listTitle")} empty={t("invitations.empty")} />;
}
