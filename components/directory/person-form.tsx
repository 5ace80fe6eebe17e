import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { createPersonAction, deactivatePersonAction, reactivatePersonAction, updatePersonAction } from "@/lib/directory/actions";
import type { PersonDetail } from "@/lib/directory/queries";
import { getFormLabels } from "@/lib/i18n/form-labels";

interface PersonValues {
  fullName?: string;
  position?: string | null;
  agencyId?: number | null;
  phone?: string | null;
  email?: string | null;
}

async function PersonFields({ values, agencyOptions }: { values: PersonValues; agencyOptions: SelectOption[] }) {
  const t = await getTranslations();
  const optional = t("common.optional");
  return (
    <>
      <TextField name="fullName" label={t("directory.fullName")} defaultValue={values.fullName} autoComplete="off" required />
      <TextField name="position" label={t("directory.position")} optionalLabel={optional} defaultValue={values.position} autoComplete="off" />
      <SelectField
        name="agencyId"
        label={t("directory.agency")}
        optionalLabel={optional}
        placeholder={t("directory.noAgency")}
        defaultValue={values.agencyId ? String(values.agencyId) : ""}
        options={agencyOptions}
      />
      <TextField name="phone" type="tel" inputMode="tel" label={t("directory.phone")} optionalLabel={optional} defaultValue={values.phone} autoComplete="off" />
      <TextField name="email" type="email" inputMode="email" label={t("directory.email")} optionalLabel={optional} defaultValue={values.email} autoComplete="off" />
    </>
  );
}

/** On success the action redirects to the new person's page; `agencyId` pre-selects the agency ("Thêm cá nhân" from an agency). */
export async function CreatePersonForm({ agencyOptions, agencyId }: { agencyOptions: SelectOption[]; agencyId?: number | null }) {
  return (
    <ActionForm action={createPersonAction} labels={await getFormLabels("directory.newPerson")}>
      <PersonFields values={{ agencyId }} agencyOptions={agencyOptions} />
    </ActionForm>
  );
}

export async function EditPersonForm({ person, agencyOptions }: { person: PersonDetail; agencyOptions: SelectOption[] }) {
  return (
    <ActionForm action={updatePersonAction} labels={await getFormLabels()}>
      <HiddenField name="id" value={person.id} />
      <HiddenField name="version" value={person.version} />
      <PersonFields values={person} agencyOptions={agencyOptions} />
    </ActionForm>
  );
}

/** One form whose action follows the person's state, so its message survives the switch of button. */
export async function PersonStatusForm({ person }: { person: PersonDetail }) {
  const labels = await getFormLabels(person.active ? "directory.deactivate" : "directory.reactivate");
  return (
    <ActionForm compact action={person.active ? deactivatePersonAction : reactivatePersonAction} labels={labels} variant={person.active ? "danger" : "secondary"}>
      <HiddenField name="id" value={person.id} />
      <HiddenField name="version" value={person.version} />
    </ActionForm>
  );
}
