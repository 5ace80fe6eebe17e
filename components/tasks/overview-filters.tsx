import { getTranslations } from "@/lib/i18n/server";
import { type SelectOption, SelectField } from "@/components/ui/fields";
import { ConferenceFilterField } from "@/components/directives/conference-filter-field";
import { FilterForm } from "@/components/ui/filter-form";
import { directiveSectors } from "@/db/schema";
import type { OverviewFilters } from "@/lib/tasks/overview";

/** Conference, reviewed period and sector as a GET form (the names /tasks understands too). */
export async function OverviewFilterForm({
  action,
  filters,
  conferenceOptions,
  periodOptions,
}: {
  action: string;
  filters: OverviewFilters;
  conferenceOptions: SelectOption[];
  periodOptions: SelectOption[];
}) {
  const t = await getTranslations("tasks.filters");
  const tSector = await getTranslations("sectors");
  const tc = await getTranslations("common");
  return (
    <FilterForm
      action={action}
      filtered={Boolean(filters.conferenceId || filters.period || filters.sector)}
      submitLabel={tc("filter")}
      clearLabel={tc("clear")}
      gridClassName="md:grid-cols-2 lg:grid-cols-4 md:items-end"
    >
      <ConferenceFilterField selectedId={filters.conferenceId} options={conferenceOptions} />
      <SelectField name="period" label={t("period")} placeholder={t("all")} defaultValue={filters.period ?? ""} options={periodOptions} />
      <SelectField name="sector" label={t("sector")} placeholder={t("all")} defaultValue={filters.sector ?? ""} options={directiveSectors.map((s) => ({ value: s, label: tSector(s) }))} />
    </FilterForm>
  );
}
