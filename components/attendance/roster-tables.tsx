import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { leaveAction, undoCheckInAction } from "@/lib/attendance/actions";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { type Column, DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { InvitationStatusTag } from "@/components/invitations/invitation-status-tag";
import type { PresenceRow, Roster, RosterKindRow, WalkInRow } from "@/lib/attendance/queries";
import { isLate, leftEarly } from "@/lib/attendance/rules";
import { formatNumber, formatTime } from "@/lib/format";

type Times = { startsAt: Date; endsAt: Date };

/** Đến muộn / Về sớm beside an arrival time. */
export async function PresenceCell({ checkedInAt, leftAt, times }: { checkedInAt: Date | null; leftAt: Date | null; times: Times }) {
  const t = await getTranslations("attendance");
  if (!checkedInAt) return <span className="text-slate-700">{t("absent")}</span>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span>{t("arrivedAt", { time: formatTime(checkedInAt) })}</span>
      {isLate(checkedInAt, times.startsAt) ? <Tag tone="yellow">{t("late")}</Tag> : null}
      {leftAt ? <span>{t("leftAt", { time: formatTime(leftAt) })}</span> : null}
      {leftEarly(leftAt, times.endsAt) ? <Tag tone="yellow">{t("leftEarly")}</Tag> : null}
    </span>
  );
}

export async function RosterKindTable({ roster }: { roster: Roster }) {
  const t = await getTranslations();
  const kindLabel = (kind: RosterKindRow["kind"]) => (kind === "person" ? t("attendance.personKind") : kind === "walk_in" ? t("attendance.walkInKind") : t(`agencyKinds.${kind}`));
  const rows: (RosterKindRow | (Roster["totals"] & { kind: "total" }))[] = [...roster.byKind, { kind: "total", ...roster.totals }];
  const columns: Column<(typeof rows)[number]>[] = [
    { key: "kind", header: t("attendance.kind"), cell: (row) => (row.kind === "total" ? <strong>{t("attendance.total")}</strong> : kindLabel(row.kind)) },
    { key: "invited", header: t("attendance.invited"), numeric: true, cell: (row) => formatNumber(row.invited) },
    { key: "confirmed", header: t("attendance.confirmed"), numeric: true, cell: (row) => formatNumber(row.confirmed) },
    { key: "present", header: t("attendance.present"), numeric: true, cell: (row) => formatNumber(row.present) },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.kind} caption={t("attendance.byKindTitle")} empty={t("attendance.empty")} />;
}

export async function RosterInviteeTable({ rows, times }: { rows: PresenceRow[]; times: Times }) {
  const t = await getTranslations();
  const columns: Column<PresenceRow>[] = [
    { key: "invitee", header: t("attendance.invitee"), cell: (row) => <span className="font-semibold">{row.personName ?? row.agencyName}</span> },
    { key: "kind", header: t("attendance.kind"), cell: (row) => (row.agencyKind ? t(`agencyKinds.${row.agencyKind}`) : t("attendance.personKind")) },
    { key: "status", header: t("attendance.reply"), cell: (row) => <InvitationStatusTag status={row.status} /> },
    { key: "delegate", header: t("attendance.attendee"), cell: (row) => row.attendeeName ?? ([row.delegateName, row.delegatePosition].filter(Boolean).join(", ") || t("common.none")) },
    { key: "presence", header: t("attendance.presence"), cell: (row) => <PresenceCell checkedInAt={row.checkedInAt} leftAt={row.leftAt} times={times} /> },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.id} caption={t("attendance.byInviteeTitle")} empty={t("attendance.empty")} />;
}

export async function WalkInTable({ rows, times, conferenceId, canManage = false }: { rows: WalkInRow[]; times: Times; conferenceId?: number; canManage?: boolean }) {
  const t = await getTranslations();
  const leaveLabels = await getFormLabels("attendance.leave", "common.saving");
  const undoLabels = await getFormLabels("attendance.undo", "common.saving");
  const columns: Column<WalkInRow>[] = [
    { key: "name", header: t("attendance.attendeeName"), cell: (row) => <span className="font-semibold">{row.attendeeName}</span> },
    { key: "position", header: t("attendance.attendeePosition"), cell: (row) => row.attendeePosition ?? t("common.none") },
    { key: "agency", header: t("attendance.walkInAgency"), cell: (row) => row.agencyName ?? t("common.none") },
    { key: "presence", header: t("attendance.presence"), cell: (row) => <PresenceCell checkedInAt={row.checkedInAt} leftAt={row.leftAt} times={times} /> },
  ];
  if (canManage && conferenceId) {
    columns.push({
      key: "actions",
      header: t("common.actions"),
      className: "no-print",
      cell: (row) => (
        <span className="flex flex-wrap gap-2">
          {row.leftAt ? null : (
            <ActionForm action={leaveAction} labels={leaveLabels} variant="secondary" compact>
              <HiddenField name="conferenceId" value={conferenceId} />
              <HiddenField name="attendanceId" value={row.attendanceId} />
            </ActionForm>
          )}
          <ActionForm action={undoCheckInAction} labels={undoLabels} variant="ghost" compact>
            <HiddenField name="conferenceId" value={conferenceId} />
            <HiddenField name="attendanceId" value={row.attendanceId} />
          </ActionForm>
        </span>
      ),
    });
  }
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.attendanceId} caption={t("attendance.walkInsTitle")} empty={t("attendance.noWalkIns")} />;
}
