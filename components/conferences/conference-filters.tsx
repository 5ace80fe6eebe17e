import { getTranslations } from "@/lib/i18n/server";
import { type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { conferenceKinds, conferenceStatuses } from "@/db/schema";
import type { ConferenceListFilters } from "@/lib/conferences/queries";

/** Title, kind, status, host agency and period as a GET form; filtering starts again at page 1. */
export async function ConferenceFilters({ filters, agencyOptions }: { filters: ConferenceListFilters; agencyOptions: SelectOption[] }) {
  const t = await getTranslations("conferences.filters");
  const tKind = await getTranslations("conferenceKinds");
  const tStatus = await getTranslations("conferenceStatuses");
  const tc = await getTranslations("common");
  const filtered = Boolean(filters.q || filters.kind || filters.status || filters.hostAgencyId || filters.period);
  return (
    <FilterForm action="/conferences" filtered={filtered} submitLabel={tc("filter")} clearLabel={tc("clear")} gridClassName="md:grid-cols-2 lg:grid-cols-3 md:items-end">
      <TextField name="q" type="search" label={t("q")} defaultValue={filters.q} autoComplete="off" />
      <SelectField name="kind" label={t("kind")} placeholder={t("all")} defaultValue={filters.kind ?? ""} options={conferenceKinds.map((k) => ({ value: k, label: tKind(k) }))} />
      <SelectField name="status" label={t("status")} placeholder={t("all")} defaultValue={filters.status ?? ""} options={conferenceStatuses.map((s) => ({ value: s, label: tStatus(s) }))} />
      <SelectField name="host" label={t("host")} placeholder={t("all")} defaultValue={filters.hostAgencyId ? String(filters.hostAgencyId) : ""} options={agencyOptions} />
      <TextField name="period" label={t("period")} hint={t("periodHint")} defaultValue={filters.period} autoComplete="off" />
    </FilterForm>
  );
}
