import { getTranslations } from "@/lib/i18n/server";
import { SelectField, TextField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { directiveSectors } from "@/db/schema";
import type { CatalogueFilters } from "@/lib/indicators/catalogue-queries";

/** Sector and a search on code or name, as a GET form (the URL keeps the filter). */
export async function CatalogueFilterForm({ filters }: { filters: CatalogueFilters }) {
  const t = await getTranslations("indicators.filters");
  const ts = await getTranslations("sectors");
  const tc = await getTranslations("common");
  return (
    <FilterForm action="/indicators" filtered={Boolean(filters.q || filters.sector)} submitLabel={tc("filter")} clearLabel={tc("clear")} gridClassName="md:grid-cols-[1fr_16rem_auto] md:items-end">
      <TextField name="q" type="search" label={t("q")} defaultValue={filters.q} autoComplete="off" />
      <SelectField name="sector" label={t("sector")} placeholder={t("all")} defaultValue={filters.sector ?? ""} options={directiveSectors.map((s) => ({ value: s, label: ts(s) }))} />
    </FilterForm>
  );
}
