import { getTranslations } from "@/lib/i18n/server";
import { type SelectOption, SelectField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { reportStatuses } from "@/db/schema";
import type { ReportListFilters } from "@/lib/indicators/report-queries";

/** Period, agency (not for a unit officer, who sees only their own) and status as a GET form. */
export async function ReportFilters({ filters, periodOptions, agencyOptions }: { filters: ReportListFilters; periodOptions: SelectOption[]; agencyOptions: SelectOption[] | null }) {
  const t = await getTranslations("reports");
  const tc = await getTranslations("common");
  const filtered = Boolean(filters.periodCode || filters.agencyId || filters.status);
  return (
    <FilterForm action="/reports" filtered={filtered} submitLabel={tc("filter")} clearLabel={tc("clear")} gridClassName="md:grid-cols-2 lg:grid-cols-4 md:items-end">
      <SelectField name="period" label={t("filters.period")} placeholder={t("filters.all")} defaultValue={filters.periodCode ?? ""} options={periodOptions} />
      {agencyOptions ? (
        <SelectField name="agency" label={t("filters.agency")} placeholder={t("filters.all")} defaultValue={filters.agencyId ? String(filters.agencyId) : ""} options={agencyOptions} />
      ) : null}
      <SelectField name="status" label={t("filters.status")} placeholder={t("filters.all")} defaultValue={filters.status ?? ""} options={reportStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
    </FilterForm>
  );
}
