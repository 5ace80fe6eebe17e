import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { applyTemplateAction, copyPreviousAction } from "@/lib/agenda/actions";
import { getFormLabels } from "@/lib/i18n/form-labels";

/** Offered only while the agenda is empty: the review-conference template, or the previous conference's agenda. */
export async function AgendaStartForms({ conferenceId, hasPrevious }: { conferenceId: number; hasPrevious: boolean }) {
  const t = await getTranslations("agenda");
  return (
    <section aria-labelledby="agenda-start-title" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="agenda-start-title" className="text-lg font-bold">
        {t("startTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("templateHint")}</p>
      <div className="flex flex-wrap gap-3">
        <ActionForm action={applyTemplateAction} labels={await getFormLabels("agenda.applyTemplate", "agenda.applying")} compact>
          <HiddenField name="conferenceId" value={conferenceId} />
        </ActionForm>
        {hasPrevious ? (
          <ActionForm action={copyPreviousAction} labels={await getFormLabels("agenda.copyPrevious", "agenda.applying")} variant="secondary" compact>
            <HiddenField name="conferenceId" value={conferenceId} />
          </ActionForm>
        ) : null}
      </div>
    </section>
  );
}
