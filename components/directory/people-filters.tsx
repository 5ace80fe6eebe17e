import { getTranslations } from "@/lib/i18n/server";
import { FilterForm } from "@/components/ui/filter-form";
import { type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import type { PeopleListFilters } from "@/lib/directory/queries";
import { FilterCheckbox } from "./filter-checkbox";

/** Search, agency and "show inactive people" as a GET form; searching starts again at page 1. */
export async function PeopleFilters({ filters, agencyOptions }: { filters: PeopleListFilters; agencyOptions: SelectOption[] }) {
  const t = await getTranslations();
  const filtered = Boolean(filters.q || filters.agencyId || filters.inactive);
  return (
    <FilterForm action="/directory/people" filtered={filtered} submitLabel={t("common.search")} clearLabel={t("common.clear")} gridClassName="md:grid-cols-[1fr_20rem] md:items-end">
      <TextField name="q" type="search" label={t("directory.searchPeople")} defaultValue={filters.q} autoComplete="off" />
      <SelectField name="agency" label={t("directory.agency")} placeholder={t("directory.allAgencies")} defaultValue={filters.agencyId ? String(filters.agencyId) : ""} options={agencyOptions} />
      <FilterCheckbox name="inactive" label={t("directory.showInactivePeople")} checked={filters.inactive} />
    </FilterForm>
  );
}
