import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { walkInAction } from "@/lib/attendance/actions";
import { getFormLabels } from "@/lib/i18n/form-labels";

/** "Thêm khách không có giấy mời": name, position, agency (optional). */
export async function WalkInForm({ conferenceId, agencyOptions, defaultName }: { conferenceId: number; agencyOptions: SelectOption[]; defaultName?: string }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="walk-in" className="no-print mt-8 rounded border border-slate-300 bg-white p-4">
      <h2 id="walk-in" className="mb-3 text-xl font-bold">
        {t("attendance.walkInTitle")}
      </h2>
      <ActionForm action={walkInAction} labels={await getFormLabels("attendance.walkInSubmit")}>
        <HiddenField name="conferenceId" value={conferenceId} />
        <TextField name="attendeeName" label={t("attendance.attendeeName")} defaultValue={defaultName} autoComplete="off" />
        <TextField name="attendeePosition" label={t("attendance.attendeePosition")} optionalLabel={t("common.optional")} autoComplete="off" />
        <SelectField name="walkInAgencyId" label={t("attendance.walkInAgency")} optionalLabel={t("common.optional")} placeholder={t("attendance.noAgency")} options={agencyOptions} />
      </ActionForm>
    </section>
  );
}
