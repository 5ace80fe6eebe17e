import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/fields";
import { agencyKinds } from "@/db/schema";
import type { AgencyListFilters } from "@/lib/directory/queries";
import { FilterCheckbox } from "./filter-checkbox";

/** Search, kind and "show closed agencies" as a GET form: the URL holds the filters, so results can be bookmarked and shared. */
export async function AgencyFilters({ filters }: { filters: AgencyListFilters }) {
  const t = await getTranslations();
  const filtered = Boolean(filters.q || filters.kind || filters.inactive);
  return (
    <form method="get" action="/directory/agencies" role="search" className="mb-5 grid gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-[1fr_16rem] md:items-end">
      <TextField name="q" type="search" label={t("directory.searchAgencies")} defaultValue={filters.q} autoComplete="off" />
      <SelectField
        name="kind"
        label={t("directory.kind")}
        placeholder={t("directory.allKinds")}
        defaultValue={filters.kind}
        options={agencyKinds.map((kind) => ({ value: kind, label: t(`agencyKinds.${kind}`) }))}
      />
      <FilterCheckbox name="inactive" label={t("directory.showInactive")} checked={filters.inactive} />
      <div className="flex flex-wrap items-center gap-3 md:justify-end">
        <button type="submit" className={buttonClass("primary")}>
          {t("common.search")}
        </button>
        {filtered ? (
          <Link href="/directory/agencies" className="text-sm font-semibold text-brand-700 underline">
            {t("common.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
