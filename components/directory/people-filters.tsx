import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import type { PeopleListFilters } from "@/lib/directory/queries";
import { FilterCheckbox } from "./filter-checkbox";

/** Search, agency and "show inactive people" as a GET form; searching starts again at page 1. */
export async function PeopleFilters({ filters, agencyOptions }: { filters: PeopleListFilters; agencyOptions: SelectOption[] }) {
  const t = await getTranslations();
  const filtered = Boolean(filters.q || filters.agencyId || filters.inactive);
  return (
    <form method="get" action="/directory/people" role="search" className="mb-5 grid gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-[1fr_20rem] md:items-end">
      <TextField name="q" type="search" label={t("directory.searchPeople")} defaultValue={filters.q} autoComplete="off" />
      <SelectField name="agency" label={t("directory.agency")} placeholder={t("directory.allAgencies")} defaultValue={filters.agencyId ? String(filters.agencyId) : ""} options={agencyOptions} />
      <FilterCheckbox name="inactive" label={t("directory.showInactivePeople")} checked={filters.inactive} />
      <div className="flex flex-wrap items-center gap-3 md:justify-end">
        <button type="submit" className={buttonClass("primary")}>
          {t("common.search")}
        </button>
        {filtered ? (
          <Link href="/directory/people" className="text-sm font-semibold text-brand-700 underline">
            {t("common.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
