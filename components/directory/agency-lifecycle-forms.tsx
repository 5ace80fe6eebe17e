import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { deactivateAgencyAction, mergeAgencyAction, reactivateAgencyAction } from "@/lib/directory/actions";
import type { AgencyDetail } from "@/lib/directory/queries";
import { divisionChoices } from "@/lib/directory/validation";
import { getFormLabels } from "@/lib/i18n/form-labels";

/*
 * Closing and reopening an agency. Each form carries the version the page was loaded
 * with. The dates asked for are the FIRST day without the agency ("from"); the agency's
 * validTo becomes the day before, as the hints say.
 */

/**
 * Merging asks what becomes of the agency's active divisions (listed by name) when it has
 * any: moved under the successor, or retired with the agency. The server refuses a merge
 * that leaves them unanswered (lib/directory/merge-divisions.ts).
 */
export async function MergeAgencyForm({ agency, successorOptions, divisions }: { agency: AgencyDetail; successorOptions: SelectOption[]; divisions: { id: number; name: string }[] }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="merge-agency-title">
      <h3 id="merge-agency-title" className="mb-1 text-lg font-bold">
        {t("directory.merge")}
      </h3>
      <p className="mb-3 max-w-2xl text-sm text-slate-700">{t("directory.mergeIntro")}</p>
      <ActionForm action={mergeAgencyAction} labels={await getFormLabels("directory.mergeSubmit")} variant="secondary">
        <HiddenField name="id" value={agency.id} />
        <HiddenField name="version" value={agency.version} />
        <SelectField name="successorId" label={t("directory.successor")} hint={t("directory.successorHint")} placeholder={t("directory.chooseSuccessor")} options={successorOptions} />
        <TextField name="mergeDate" type="date" label={t("directory.mergeDate")} hint={t("directory.mergeDateHint")} />
        {divisions.length > 0 ? (
          <SelectField
            name="divisions"
            label={t("directory.divisions", { count: divisions.length })}
            hint={divisions.map((division) => division.name).join("; ")}
            placeholder={t("directory.divisionsPlaceholder")}
            options={divisionChoices.map((choice) => ({ value: choice, label: t(`directory.divisionChoices.${choice}`) }))}
          />
        ) : null}
      </ActionForm>
    </section>
  );
}

export async function DeactivateAgencyForm({ agency }: { agency: AgencyDetail }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="deactivate-agency-title">
      <h3 id="deactivate-agency-title" className="mb-3 text-lg font-bold">
        {t("directory.deactivate")}
      </h3>
      <ActionForm action={deactivateAgencyAction} labels={await getFormLabels("directory.deactivate")} variant="danger">
        <HiddenField name="id" value={agency.id} />
        <HiddenField name="version" value={agency.version} />
        <TextField name="deactivateDate" type="date" label={t("directory.deactivateDate")} hint={t("directory.deactivateHint")} />
      </ActionForm>
    </section>
  );
}

export async function ReactivateAgencyForm({ agency }: { agency: AgencyDetail }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="reactivate-agency-title">
      <h3 id="reactivate-agency-title" className="mb-1 text-lg font-bold">
        {t("directory.reactivate")}
      </h3>
      <p className="mb-3 max-w-2xl text-sm text-slate-700">{t("directory.reactivateHint")}</p>
      <ActionForm compact action={reactivateAgencyAction} labels={await getFormLabels("directory.reactivate")} variant="secondary">
        <HiddenField name="id" value={agency.id} />
        <HiddenField name="version" value={agency.version} />
      </ActionForm>
    </section>
  );
}
