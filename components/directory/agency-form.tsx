import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { agencyKinds } from "@/db/schema";
import { createAgencyAction, updateAgencyAction } from "@/lib/directory/actions";
import type { AgencyDetail } from "@/lib/directory/queries";
import { getFormLabels } from "@/lib/i18n/form-labels";

interface AgencyValues {
  name?: string;
  shortName?: string | null;
  code?: string | null;
  kind?: string;
  parentId?: number | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/** The fields shared by "Thêm" and "Sửa". Dates are the inclusive first and last day of existence. */
async function AgencyFields({ values, parentOptions }: { values: AgencyValues; parentOptions: SelectOption[] }) {
  const t = await getTranslations();
  const optional = t("common.optional");
  return (
    <>
      <TextField name="name" label={t("directory.name")} defaultValue={values.name} autoComplete="off" required />
      <TextField name="shortName" label={t("directory.shortName")} optionalLabel={optional} defaultValue={values.shortName} autoComplete="off" />
      <TextField name="code" label={t("directory.code")} optionalLabel={optional} hint={`${t("directory.codeHint")} ${t("validation.code")}`} defaultValue={values.code} autoComplete="off" />
      <SelectField
        name="kind"
        label={t("directory.kind")}
        placeholder={t("directory.chooseKind")}
        defaultValue={values.kind}
        options={agencyKinds.map((kind) => ({ value: kind, label: t(`agencyKinds.${kind}`) }))}
      />
      <SelectField
        name="parentId"
        label={t("directory.parent")}
        optionalLabel={optional}
        placeholder={t("directory.noParent")}
        defaultValue={values.parentId ? String(values.parentId) : ""}
        options={parentOptions}
      />
      <TextField name="validFrom" type="date" label={t("directory.validFrom")} optionalLabel={optional} defaultValue={values.validFrom} />
      <TextField name="validTo" type="date" label={t("directory.validTo")} optionalLabel={optional} hint={t("directory.validToHint")} defaultValue={values.validTo} />
    </>
  );
}

/** On success the action redirects to the new agency's page. `parentId` pre-selects the parent ("Thêm đơn vị trực thuộc"). */
export async function CreateAgencyForm({ parentOptions, parentId }: { parentOptions: SelectOption[]; parentId?: number | null }) {
  return (
    <ActionForm action={createAgencyAction} labels={await getFormLabels("directory.newAgency")}>
      <AgencyFields values={{ parentId }} parentOptions={parentOptions} />
    </ActionForm>
  );
}

/** The hidden version makes a save that lost a race fail with a clear message instead of overwriting. */
export async function EditAgencyForm({ agency, parentOptions }: { agency: AgencyDetail; parentOptions: SelectOption[] }) {
  return (
    <ActionForm action={updateAgencyAction} labels={await getFormLabels()}>
      <HiddenField name="id" value={agency.id} />
      <HiddenField name="version" value={agency.version} />
      <AgencyFields values={agency} parentOptions={parentOptions} />
    </ActionForm>
  );
}
