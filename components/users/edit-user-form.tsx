import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, TextField } from "@/components/ui/fields";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { updateUserAction } from "@/lib/users/actions";
import type { AgencyOption, UserDetail } from "@/lib/users/queries";
import { RoleAndAgencyFields } from "./user-account-fields";

/** Display name, role and agency. The hidden version makes a save that lost a race fail with a clear message. */
export async function EditUserForm({ user, agencies }: { user: UserDetail; agencies: AgencyOption[] }) {
  const t = await getTranslations();
  return (
    <ActionForm action={updateUserAction} labels={await getFormLabels()}>
      <HiddenField name="id" value={user.id} />
      <HiddenField name="version" value={user.version} />
      <TextField name="displayName" label={t("users.displayName")} defaultValue={user.displayName} autoComplete="off" required />
      <RoleAndAgencyFields agencies={agencies} role={user.role} agencyId={user.agencyId} />
    </ActionForm>
  );
}
