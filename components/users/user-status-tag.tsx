import { getTranslations } from "@/lib/i18n/server";
import { Tag } from "@/components/ui/tag";

/** "Đang hoạt động" / "Đã khóa": the word carries the meaning, the colour only helps. */
export async function UserStatusTag({ active }: { active: boolean }) {
  const t = await getTranslations("users");
  return active ? <Tag tone="green">{t("statusActive")}</Tag> : <Tag tone="red">{t("statusDisabled")}</Tag>;
}
