import { getTranslations } from "@/lib/i18n/server";
import { Tag } from "@/components/ui/tag";
import { formatDate } from "@/lib/format";
import { indicatorStatus } from "@/lib/indicators/catalogue-rules";

const tones = { active: "green", retiring: "yellow", pending: "blue", retired: "grey" } as const;

/** "Đang dùng" / "Ngừng theo dõi từ 01/01/2013": the word says it, the colour only helps. */
export async function IndicatorStatusTag({ indicator, today }: { indicator: { validFrom: string | null; validTo: string | null }; today: string }) {
  const t = await getTranslations("indicators.status");
  const status = indicatorStatus(indicator, today);
  return <Tag tone={tones[status.state]}>{status.state === "active" ? t("active") : t(status.state, { date: formatDate(status.from) })}</Tag>;
}
