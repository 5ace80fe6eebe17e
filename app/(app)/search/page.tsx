import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { SearchResults } from "@/components/search/search-results";
import { TextField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { searchEverything } from "@/lib/search/queries";
import { MAX_SEARCH_LENGTH } from "@/lib/search/query";
import { prepareSearch } from "@/lib/search/sql";
import { type SearchParams } from "@/lib/search-params";

/** What was typed, as the box shows it again (NFC, trimmed, cut to the box's length). */
function typedText(params: SearchParams): string {
  const value = Array.isArray(params.q) ? params.q[0] : params.q;
  return (value ?? "").normalize("NFC").trim().slice(0, MAX_SEARCH_LENGTH);
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const t = await getTranslations("search");
  const q = typedText(await searchParams);
  return { title: q ? `${t("resultsFor", { q })} · ${t("title")}` : t("title") };
}

/**
 * /search?q= — one search over everything the user may see, grouped by kind. Any signed-in user:
 * each kind is searched only for a role that may open its list, within that list's own scope.
 */
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const t = await getTranslations("search");
  const q = typedText(await searchParams);
  const db = getDb();
  const search = prepareSearch(q);
  const groups = search ? await searchEverything(db, user, search) : [];
  return (
    <>
      <PageHeader title={search ? t("resultsFor", { q }) : t("title")} intro={t("intro")} />
      <FilterForm action="/search" filtered={false} submitLabel={t("submit")} clearLabel="" gridClassName="sm:grid-cols-[minmax(0,42rem)_auto] sm:items-end">
        <TextField name="q" type="search" label={t("label")} defaultValue={q} autoComplete="off" />
      </FilterForm>
      {search ? <SearchResults q={q} search={search.parsed} groups={groups} /> : null}
    </>
  );
}
