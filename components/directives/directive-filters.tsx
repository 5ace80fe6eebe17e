import { getTranslations } from "@/lib/i18n/server";
import { type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { ConferenceFilterField } from "@/components/directives/conference-filter-field";
import { FilterForm } from "@/components/ui/filter-form";
import { directiveSectors } from "@/db/schema";
import type { DirectiveListFilters } from "@/lib/directives/queries";

/** Conference, sector and text as a GET form; filtering starts again at page 1. */
export async function DirectiveFilters({ filters, conferenceOptions }: { filters: DirectiveListFilters; conferenceOptions: SelectOption[] }) {
  const t = await getTranslations("directives.filters");
  const tSector = await getTranslations("sectors");
  const tc = await getTranslations("common");
  return (
    <FilterForm action="/directives" filtered={Boolean(filters.conferenceId || filters.sector || filters.q)} submitLabel={tc("filter")} clearLabel={tc("clear")} gridClassName="md:grid-cols-2 lg:grid-cols-3 md:items-end">
      <ConferenceFilterField selectedId={filters.conferenceId} options={conferenceOptions} />
      <SelectField name="sector" label={t("sector")} placeholder={t("all")} defaultValue={filters.sector ?? ""} options={directiveSectors.map((s) => ({ value: s, label: tSector(s) }))} />
      <TextField name="q" type="search" label={t("q")} defaultValue={filters.q} autoComplete="off" />
    </FilterForm>
  );
}
