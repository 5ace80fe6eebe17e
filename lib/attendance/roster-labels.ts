import type { getTranslations } from "@/lib/i18n/server";
import type { RosterSheetLabels } from "./roster-xlsx";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/** The spreadsheet's words from the messages (root translator). */
export function rosterSheetLabels(t: Translator, conferenceTitle: string, subtitle: string): RosterSheetLabels {
  return {
    sheetName: t("attendance.sheetName"),
    title: conferenceTitle,
    subtitle,
    columns: {
      index: t("attendance.index"),
      invitee: t("attendance.invitee"),
      kind: t("attendance.kind"),
      status: t("attendance.reply"),
      delegate: t("attendance.attendee"),
      checkedIn: t("attendance.arrival"),
      note: t("attendance.note"),
    },
    summaryTitle: t("attendance.byKindTitle"),
    summaryColumns: { kind: t("attendance.kind"), invited: t("attendance.invited"), confirmed: t("attendance.confirmed"), present: t("attendance.present") },
    total: t("attendance.total"),
    late: t("attendance.late"),
    leftEarly: t("attendance.leftEarly"),
    walkIn: t("attendance.walkInKind"),
    kindLabel: (kind) => (kind === "person" ? t("attendance.personKind") : kind === "walk_in" ? t("attendance.walkInKind") : t(`agencyKinds.${kind}`)),
    statusLabel: (status) => t(`invitations.statuses.${status}`),
  };
}
