import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, TextField } from "@/components/ui/fields";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { deleteIndicatorAction, retireIndicatorAction } from "@/lib/indicators/catalogue-actions";
import { type IndicatorUsage, isInUse } from "@/lib/indicators/catalogue-commands";
import type { IndicatorRow } from "@/lib/indicators/catalogue-queries";

/** Retire from a day (always possible), and delete (only an indicator nothing refers to; otherwise why not). */
export async function RetireDeleteForms({ indicator, usage }: { indicator: IndicatorRow; usage: IndicatorUsage }) {
  const t = await getTranslations("indicators");
  return (
    <>
      <section aria-labelledby="retire-indicator" className="mt-10 max-w-2xl">
        <h2 id="retire-indicator" className="mb-2 text-lg font-bold">
          {t("retire.title")}
        </h2>
        <p className="mb-3 text-slate-700">{t("retire.intro")}</p>
        <ActionForm action={retireIndicatorAction} labels={await getFormLabels("indicators.retire.submit")} variant="secondary">
          <HiddenField name="id" value={indicator.id} />
          <HiddenField name="version" value={indicator.version} />
          <TextField name="retireFrom" type="date" label={t("retire.retireFrom")} required />
        </ActionForm>
      </section>
      <section aria-labelledby="delete-indicator" className="mt-10 max-w-2xl">
        <h2 id="delete-indicator" className="mb-2 text-lg font-bold">
          {t("delete.title")}
        </h2>
        {isInUse(usage) ? (
          <p className="rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{t("delete.inUse", { ...usage })}</p>
        ) : (
          <>
            <p className="mb-3 text-slate-700">{t("delete.intro")}</p>
            <ActionForm action={deleteIndicatorAction} labels={await getFormLabels("indicators.delete.submit")} variant="danger" compact>
              <HiddenField name="id" value={indicator.id} />
              <HiddenField name="version" value={indicator.version} />
            </ActionForm>
          </>
        )}
      </section>
    </>
  );
}
