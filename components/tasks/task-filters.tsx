import { getTranslations } from "@/lib/i18n/server";
import { type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { ConferenceFilterField } from "@/components/directives/conference-filter-field";
import { FilterForm } from "@/components/ui/filter-form";
import { directiveSectors } from "@/db/schema";
import { DUE_SOON_DAYS, type TaskListFilters } from "@/lib/tasks/queries";
import { TASK_STATUSES } from "@/lib/tasks/status";

/** Status (derived), lead unit, directive, conference, period, sector and title as a GET form; filtering starts again at page 1. */
export async function TaskFilters({
  filters,
  agencyOptions,
  directiveOptions,
  conferenceOptions,
  periodOptions,
}: {
  filters: TaskListFilters;
  agencyOptions: SelectOption[];
  directiveOptions: SelectOption[];
  conferenceOptions: SelectOption[];
  periodOptions: SelectOption[];
}) {
  const t = await getTranslations("tasks.filters");
  const tStatus = await getTranslations("taskStatuses");
  const tSector = await getTranslations("sectors");
  const tc = await getTranslations("common");
  const filtered = Boolean(filters.q || filters.status || filters.leadAgencyId || filters.directiveId || filters.conferenceId || filters.period || filters.sector || filters.dueSoon || filters.awaitingAcceptance);
  return (
    <FilterForm action="/tasks" filtered={filtered} submitLabel={tc("filter")} clearLabel={tc("clear")} gridClassName="md:grid-cols-2 lg:grid-cols-3 md:items-end">
      <TextField name="q" type="search" label={t("q")} defaultValue={filters.q} autoComplete="off" />
      <SelectField name="status" label={t("status")} placeholder={t("all")} defaultValue={filters.status ?? ""} options={TASK_STATUSES.map((s) => ({ value: s, label: tStatus(s) }))} />
      <SelectField name="lead" label={t("lead")} placeholder={t("all")} defaultValue={filters.leadAgencyId ? String(filters.leadAgencyId) : ""} options={agencyOptions} />
      <SelectField
        name="directive"
        label={t("directive")}
        hint={directiveOptions.length === 0 ? t("directiveHint") : undefined}
        placeholder={t("all")}
        defaultValue={filters.directiveId ? String(filters.directiveId) : ""}
        options={directiveOptions}
      />
      <SelectField name="sector" label={t("sector")} placeholder={t("all")} defaultValue={filters.sector ?? ""} options={directiveSectors.map((s) => ({ value: s, label: tSector(s) }))} />
      <ConferenceFilterField selectedId={filters.conferenceId} options={conferenceOptions} />
      <SelectField name="period" label={t("period")} placeholder={t("all")} defaultValue={filters.period ?? ""} options={periodOptions} />
      {/* Quick filters that have no field of their own survive a change of the others. */}
      {filters.dueSoon ? <input type="hidden" name="due" value={DUE_SOON_DAYS} /> : null}
      {filters.awaitingAcceptance ? <input type="hidden" name="awaiting" value="1" /> : null}
    </FilterForm>
  );
}
