import { getTranslations } from "@/lib/i18n/server";
import { FilterForm } from "@/components/ui/filter-form";
import { type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import type { AuditFilters as Filters } from "@/lib/audit-log/queries";

/** The log's filters as a GET form: the URL holds them, so a search can be bookmarked or sent to a colleague. */
export async function AuditFilters({ filters, actionOptions, entityTypeOptions }: { filters: Filters; actionOptions: SelectOption[]; entityTypeOptions: SelectOption[] }) {
  const t = await getTranslations();
  const filtered = Boolean(filters.action || filters.actor || filters.entityType || filters.from || filters.to);
  return (
    <FilterForm action="/admin/audit" filtered={filtered} submitLabel={t("common.search")} clearLabel={t("common.clear")} gridClassName="sm:grid-cols-2 lg:grid-cols-3">
      <SelectField name="action" label={t("audit.action")} placeholder={t("audit.allActions")} defaultValue={filters.action} options={actionOptions} />
      <TextField name="actor" label={t("audit.actor")} hint={t("audit.actorHint")} defaultValue={filters.actor} autoComplete="off" />
      <SelectField name="entityType" label={t("audit.entityType")} placeholder={t("audit.allEntityTypes")} defaultValue={filters.entityType} options={entityTypeOptions} />
      <TextField name="from" type="date" label={t("audit.from")} defaultValue={filters.from} />
      <TextField name="to" type="date" label={t("audit.to")} defaultValue={filters.to} />
    </FilterForm>
  );
}
