import { getTranslations } from "@/lib/i18n/server";
import { SelectField, TextField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import type { LegalDocumentFilters } from "@/lib/legal-documents/queries";
import { DOCUMENT_TYPES, type DocumentTypeCode } from "@/lib/legal-documents/symbol";

/** Symbol or title, and type, as a GET form. Type names are the official Vietnamese ones in both languages. */
export async function LegalDocumentFilterForm({ filters }: { filters: LegalDocumentFilters }) {
  const t = await getTranslations("legalDocuments.filters");
  const tc = await getTranslations("common");
  const types = (Object.keys(DOCUMENT_TYPES) as DocumentTypeCode[]).map((code) => ({ value: code, label: `${DOCUMENT_TYPES[code]} (${code})` }));
  return (
    <FilterForm action="/legal-documents" filtered={Boolean(filters.q || filters.type)} submitLabel={tc("filter")} clearLabel={tc("clear")} gridClassName="md:grid-cols-[1fr_16rem_auto] md:items-end">
      <TextField name="q" type="search" label={t("q")} defaultValue={filters.q} autoComplete="off" />
      <SelectField name="type" label={t("type")} placeholder={t("all")} defaultValue={filters.type ?? ""} options={types} />
    </FilterForm>
  );
}
