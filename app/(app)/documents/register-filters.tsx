import { getTranslations } from "@/lib/i18n/server";
import { SelectField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { documentTypeCodeList } from "@/lib/documents/numbering";
import { currentYearInVietnam, type RegisterFilters } from "@/lib/documents/register-queries";

/** Year and type as a GET form, so a register page can be bookmarked and works without JavaScript. */
export async function RegisterFilterForm({ filters, years }: { filters: RegisterFilters; years: number[] }) {
  const t = await getTranslations("documents");
  const tc = await getTranslations("common");
  const yearOptions = [...new Set([filters.year, ...years])].sort((a, b) => b - a).map((year) => ({ value: String(year), label: String(year) }));
  const types = documentTypeCodeList.map((code) => ({ value: code, label: `${t(`types.${code}`)} (${code})` }));
  return (
    <FilterForm
      action="/documents"
      filtered={filters.year !== currentYearInVietnam() || Boolean(filters.type)}
      submitLabel={tc("filter")}
      clearLabel={tc("clear")}
      gridClassName="sm:grid-cols-[10rem_18rem_auto] sm:items-end"
    >
      <SelectField name="year" label={t("filters.year")} defaultValue={String(filters.year)} options={yearOptions} />
      <SelectField name="type" label={t("filters.type")} placeholder={t("filters.all")} defaultValue={filters.type ?? ""} options={types} />
    </FilterForm>
  );
}
