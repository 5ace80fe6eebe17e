import { getTranslations } from "@/lib/i18n/server";
import { Tag } from "@/components/ui/tag";
import type { ReportStatus } from "@/db/schema";
import { isLate } from "@/lib/indicators/report-status";

const tones = { draft: "grey", submitted: "blue", approved: "green" } as const;

/** Nháp / Đã gửi / Đã duyệt, and "Nộp muộn" when sent after the deadline (or still not sent once it has passed). */
export async function ReportStatusTag({ status, dueOn, submittedAt, today }: { status: ReportStatus; dueOn: string; submittedAt: Date | null; today: string }) {
  const t = await getTranslations("reports");
  const late = isLate(dueOn, status === "draft" ? null : submittedAt, today);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Tag tone={tones[status]}>{t(`statuses.${status}`)}</Tag>
      {late ? <Tag tone="red">{t("late")}</Tag> : null}
    </span>
  );
}
