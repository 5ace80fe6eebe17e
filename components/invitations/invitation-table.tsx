import { getTranslations } from "@/lib/i18n/server";
import { type WordColumn, WordTable } from "@/components/ui/word-table";
import { formatDateTime } from "@/lib/format";
import type { InvitationRow } from "@/lib/invitations/queries";
import { statusTone } from "@/lib/invitations/rules";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/** Who comes for the invitee, or why they decline: the list's column and the removal's confirmation page. */
export function delegateWords(t: Translator, row: InvitationRow): string {
  return row.status === "declined" && row.declineReason
    ? t("invitations.reasonShown", { reason: row.declineReason })
    : [row.delegateName, row.delegatePosition].filter(Boolean).join(", ") || t("common.none");
}

/**
 * The invitees: who, what kind of agency, the reply, the delegate, when they replied.
 * The secretariat gets "Ghi trả lời", "Mã QR" and, while the list is open (`canRemove`),
 * "Xóa" on each row; others read only. "Xóa" leads to a confirmation page: a reply recorded
 * on the invitation goes with it. The rows go to the page as words (WordTable).
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
  const columns: WordColumn<InvitationRow>[] = [
    {
      key: "invitee",
      header: t("invitations.invitee"),
      words: (row) => ({
        text: row.personName ?? row.agencyName ?? "",
        strong: true,
        sub: row.personPosition ?? undefined,
        tag: row.changeNotice
          ? { tone: "yellow", text: t(`invitations.changeNoticeTag.${row.changeNotice === "cancelled" ? "cancelled" : "postponed"}`) }
          : undefined,
      }),
    },
    { key: "kind", header: t("invitations.kind"), words: (row) => (row.agencyKind ? t(`agencyKinds.${row.agencyKind}`) : t("invitations.personKind")) },
    { key: "status", header: t("invitations.status"), words: (row) => ({ tags: [{ tone: statusTone[row.status], text: t(`invitations.statuses.${row.status}`) }] }) },
    { key: "delegate", header: t("invitations.delegate"), words: (row) => delegateWords(t, row) },
    { key: "repliedAt", header: t("invitations.repliedAt"), words: (row) => (row.repliedAt ? formatDateTime(row.repliedAt) : t("common.none")) },
  ];
  if (canManage || canCheckIn) {
    columns.push({
      key: "actions",
      header: t("common.actions"),
      className: "no-print",
      // "Xóa" is told apart by its row (WCAG 2.4.4 in context): the invitee's name in it would join every cell match on it.
      words: (row) => ({
        actions: [
          ...(canManage ? [{ text: t("invitations.recordReply"), href: `${base}?reply=${row.id}#reply-title` }] : []),
          ...(canCheckIn ? [{ text: t("invitations.qrLink"), href: `${base}/${row.id}/qr` }] : []),
          ...(canRemove && !row.attendanceId ? [{ text: t("invitations.delete"), href: `${base}/${row.id}/delete`, danger: true }] : []),
        ],
      }),
    });
  }
  return <WordTable columns={columns} rows={rows} caption={t("invitations.listTitle")} empty={t("invitations.empty")} />;
}
