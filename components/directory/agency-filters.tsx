import { getTranslations } from "@/lib/i18n/server";
import { FilterForm } from "@/components/ui/filter-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { agencyKinds } from "@/db/schema";
import type { AgencyListFilters } from "@/lib/directory/queries";
import { FilterCheckbox } from "./filter-checkbox";

/** Search, kind and "show closed agencies" as a GET form: the URL holds the filters, so results can be bookmarked and shared. */
export async function AgencyFilters({ filters }: { filters: AgencyListFilters }) {
  const t = await getTranslations();
  const filtered = Boolean(filters.q || filters.kind || filters.inactive);
  return (
    <FilterForm action="/directory/agencies" filtered={filtered} submitLabel={t("common.search")} clearLabel={t("common.clear")} gridClassName="md:grid-cols-[1fr_16rem] md:items-end">
      <TextField name="q" type="search" label={t("directory.searchAgencies")} defaultValue={filters.q} autoComplete="off" />
      <SelectField
        name="kind"
        label={t("directory.kind")}
        placeholder={t("directory.allKinds")}
        defaultValue={filters.kind}
        options={agencyKinds.map((kind) => ({ value: kind, label: t(`agencyKinds.${kind}`) }))}
      />
      <FilterCheckbox name="inactive" label={t("directory.showInactive")} checked={filters.inactive} />
    </FilterForm>
  );
}
