import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { listHref } from "@/components/ui/pager";
import { formatDate } from "@/lib/format";
import type { SearchGroup, SearchKind } from "@/lib/search/queries";
import type { ParsedSearch } from "@/lib/search/query";
import { Highlighted } from "./highlighted";

/** The lists whose own text filter matches as the search does: "see all" opens them filtered. */
const listPaths: Partial<Record<SearchKind, string>> = {
  conferences: "/conferences",
  directives: "/directives",
  tasks: "/tasks",
  legalDocuments: "/legal-documents",
  indicators: "/indicators",
  agencies: "/directory/agencies",
  people: "/directory/people",
};

/** The groups that found something, in order, then one line naming the kinds that found nothing. */
export async function SearchResults({ q, search, groups }: { q: string; search: ParsedSearch; groups: SearchGroup[] }) {
  const t = await getTranslations("search");
  const found = groups.filter((group) => group.hits.length > 0);
  const empty = groups.filter((group) => group.hits.length === 0);
  if (found.length === 0) {
    return (
      <div aria-live="polite">
        <p className="font-semibold text-slate-900">{t("none", { q })}</p>
        <p className="mt-1 text-slate-700">{t("tips")}</p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {found.map((group) => {
        const kind = t(`kinds.${group.kind}`);
        const listPath = listPaths[group.kind];
        return (
          <section key={group.kind} aria-labelledby={`search-${group.kind}`}>
            <h2 id={`search-${group.kind}`} className="mb-2 border-b border-slate-200 pb-1 text-lg font-bold text-slate-900">
              {kind}
            </h2>
            <ul className="space-y-2">
              {group.hits.map((hit) => (
                <li key={hit.id} data-search-hit className="rounded border border-slate-200 bg-white px-3 py-2">
                  {hit.href ? (
                    <Link href={hit.href} className="link">
                      <Highlighted text={hit.title} search={search} />
                    </Link>
                  ) : (
                    <span className="font-semibold text-slate-900">
                      <Highlighted text={hit.title} search={search} />
                    </span>
                  )}
                  {hit.detail || hit.date ? (
                    <p className="mt-0.5 text-sm text-slate-700">
                      {hit.detail ? <Highlighted text={hit.detail} search={search} /> : null}
                      {hit.detail && hit.date ? " · " : null}
                      {hit.date ? formatDate(hit.date) : null}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
            {group.more ? (
              <p className="mt-2 text-sm text-slate-700">
                {group.newestOnly ? `${t("newestOnly", { kind: kind.toLowerCase() })} ` : null}
                {listPath ? (
                  <Link href={listHref(listPath, { q })} className="link">
                    {t("seeAll", { kind: kind.toLowerCase() })}
                  </Link>
                ) : (
                  t("moreHidden", { count: group.hits.length })
                )}
              </p>
            ) : null}
          </section>
        );
      })}
      {empty.length > 0 ? <p className="text-sm text-slate-600">{t("noneIn", { kinds: empty.map((group) => t(`kinds.${group.kind}`)).join(", ") })}</p> : null}
    </div>
  );
}
