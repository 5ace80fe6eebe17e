import { getTranslations } from "@/lib/i18n/server";
import { Tag, type TagTone } from "@/components/ui/tag";
import type { ReportStatus } from "@/db/schema";
import { isLate } from "@/lib/indicators/report-status";

const tones = { draft: "grey", submitted: "blue", approved: "green" } as const;

type ReportDates = { status: ReportStatus; dueOn: string; submittedAt: Date | null };

/**
 * Nháp / Đã gửi / Đã duyệt, and "Nộp muộn" when sent after the deadline (or still not sent
 * once it has passed): for the tag below and the report list's word table.
 */
export function reportStatusWords({ status, dueOn, submittedAt }: ReportDates, today: string, t: (key: string) => string): { tone: TagTone; text: string }[] {
  const late = isLate(dueOn, status === "draft" ? null : submittedAt, today);
  return [{ tone: tones[status], text: t(`statuses.${status}`) }, ...(late ? [{ tone: "red" as const, text: t("late") }] : [])];
}

export async function ReportStatusTag({ today, ...report }: ReportDates & { today: string }) {
  const words = reportStatusWords(report, today, await getTranslations("reports"));
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {words.map((word) => (
        <Tag key={word.text} tone={word.tone}>
          {word.text}
        </Tag>
      ))}
    </span>
  );
}
