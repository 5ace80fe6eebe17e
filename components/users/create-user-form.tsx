import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/fields";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { createUserAction } from "@/lib/users/actions";
import type { AgencyOption } from "@/lib/users/queries";
import { RoleAndAgencyFields } from "./user-account-fields";

export async function CreateUserForm({ agencies }: { agencies: AgencyOption[] }) {
  const t = await getTranslations();
  return (
    <ActionForm action={createUserAction} labels={await getFormLabels("users.createSubmit")}>
      <TextField name="username" label={t("users.username")} hint={t("validation.username")} autoComplete="off" required />
      <TextField name="displayName" label={t("users.displayName")} autoComplete="off" required />
      <RoleAndAgencyFields agencies={agencies} />
      {/* "new-password" stops the browser filling in the administrator's own saved password. */}
      <TextField name="password" type="password" label={t("users.password")} hint={t("users.passwordHint")} autoComplete="new-password" required />
    </ActionForm>
  );
}
