import { getTranslations } from "@/lib/i18n/server";
import { FilterForm } from "@/components/ui/filter-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { roles } from "@/db/schema";
import type { UserListFilters } from "@/lib/users/queries";

/** Search and role filter as a GET form: the URL holds the filters, so results can be bookmarked and shared. */
export async function UserFilters({ filters }: { filters: UserListFilters }) {
  const t = await getTranslations();
  const filtered = Boolean(filters.q || filters.role);
  return (
    <FilterForm action="/admin/users" filtered={filtered} submitLabel={t("common.search")} clearLabel={t("common.clear")} gridClassName="sm:grid-cols-[1fr_16rem_auto] sm:items-end">
      <TextField name="q" type="search" label={t("users.search")} defaultValue={filters.q} autoComplete="off" />
      <SelectField name="role" label={t("users.role")} placeholder={t("users.allRoles")} defaultValue={filters.role} options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
    </FilterForm>
  );
}
