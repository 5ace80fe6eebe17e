import { getTranslations } from "@/lib/i18n/server";
import { periodLabelParts } from "@/lib/conferences/rules";

/** A translator for period codes: "2012-H1" → "6 tháng đầu năm 2012"; an unknown code is shown as is. */
export async function getPeriodLabel(): Promise<(code: string | null | undefined) => string> {
  const t = await getTranslations("periods");
  return (code) => {
    if (!code) return "";
    const parts = periodLabelParts(code);
    return parts ? t(parts.key, parts.values) : code;
  };
}
