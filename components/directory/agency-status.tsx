import type { getTranslations } from "@/lib/i18n/server";
import { Tag } from "@/components/ui/tag";
import type { AgencyRow } from "@/lib/directory/queries";
import { agencyStatus, firstDayClosed } from "@/lib/directory/rules";
import { formatDate } from "@/lib/format";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/**
 * The state of an agency in words: a "Ngừng hoạt động" / "Chưa hoạt động" tag when it is
 * not active today, and a note saying when it stops and who takes over. The date shown
 * is the first day without the agency (validTo + 1), the date the clerk entered.
 * Synchronous and given the translator, so the tree can render hundreds of rows cheaply.
 */
export function AgencyStatus({
  agency,
  today,
  t,
  showActiveTag = false,
}: {
  agency: Pick<AgencyRow, "validFrom" | "validTo" | "successorName">;
  today: string;
  t: Translator;
  /** The record page says "Đang hoạt động" too; lists only flag what is unusual. */
  showActiveTag?: boolean;
}) {
  const status = agencyStatus(agency, today);
  const closedFrom = firstDayClosed(agency);
  const note = closedFrom
    ? agency.successorName
      ? t("directory.mergedInto", { name: agency.successorName, date: formatDate(closedFrom) })
      : t("directory.inactiveSince", { date: formatDate(closedFrom) })
    : status === "pending" && agency.validFrom
      ? t("directory.activeFrom", { date: formatDate(agency.validFrom) })
      : null;
  const tag =
    status === "closed" ? (
      <Tag tone="grey">{t("common.inactive")}</Tag>
    ) : status === "pending" ? (
      <Tag tone="yellow">{t("directory.notYetActive")}</Tag>
    ) : showActiveTag ? (
      <Tag tone="green">{t("common.active")}</Tag>
    ) : null;
  if (!tag && !note) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      {tag}
      {note ? <span className="text-sm text-slate-700">{note}</span> : null}
    </span>
  );
}
