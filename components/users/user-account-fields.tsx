import { getTranslations } from "@/lib/i18n/server";
import { SelectField } from "@/components/ui/fields";
import { type Role, roles } from "@/db/schema";
import type { AgencyOption } from "@/lib/users/queries";

/** Role and agency, shared by the create and edit forms; the hint says when the agency is required. */
export async function RoleAndAgencyFields({ agencies, role, agencyId }: { agencies: AgencyOption[]; role?: Role; agencyId?: number | null }) {
  const t = await getTranslations();
  return (
    <>
      <SelectField name="role" label={t("users.role")} placeholder={t("users.chooseRole")} defaultValue={role} options={roles.map((value) => ({ value, label: t(`roles.${value}`) }))} />
      <SelectField
        name="agencyId"
        label={t("users.agency")}
        hint={t("users.agencyHint")}
        placeholder={t("users.noAgency")}
        defaultValue={agencyId ? String(agencyId) : ""}
        options={agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))}
      />
    </>
  );
}
