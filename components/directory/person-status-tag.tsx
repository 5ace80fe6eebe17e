import { getTranslations } from "@/lib/i18n/server";
import { Tag } from "@/components/ui/tag";

/** "Đang hoạt động" / "Ngừng hoạt động": the word carries the meaning, the colour only helps. */
export async function PersonStatusTag({ active }: { active: boolean }) {
  const t = await getTranslations("common");
  return active ? <Tag tone="green">{t("active")}</Tag> : <Tag tone="grey">{t("inactive")}</Tag>;
}
