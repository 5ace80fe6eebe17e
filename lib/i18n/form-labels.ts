import { getTranslations } from "@/lib/i18n/server";
import type { ActionFormLabels } from "@/components/ui/action-form";

/** The words every ActionForm needs, in the user's language; `submit` is a full message key. */
export async function getFormLabels(submit = "common.save", pending = "common.saving"): Promise<ActionFormLabels> {
  const t = await getTranslations();
  return { submit: t(submit), pending: t(pending), errorSummaryTitle: t("common.errorSummaryTitle"), errorTitlePrefix: t("app.errorTitlePrefix") };
}
