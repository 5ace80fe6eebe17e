import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { deactivateAgencyAction, mergeAgencyAction, reactivateAgencyAction } from "@/lib/directory/actions";
import type { AgencyDetail } from "@/lib/directory/queries";
import { getFormLabels } from "@/lib/i18n/form-labels";

/*
 * Closing and reopening an agency. Each form carries the version the page was loaded
 * with. The dates asked for are the FIRST day without the agency ("from"); the agency's
 * validTo becomes the day before, as the hints say.
 */

export async function MergeAgencyForm({ agency, successorOptions }: { agency: AgencyDetail; successorOptions: SelectOption[] }) {
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
