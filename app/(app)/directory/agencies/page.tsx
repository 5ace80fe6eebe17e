import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { AgencyFilters } from "@/components/directory/agency-filters";
import { AgencyTable } from "@/components/directory/agency-table";
import { AgencyTree } from "@/components/directory/agency-tree";
import { listHref } from "@/components/ui/pager";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { type AgencyListFilters, type AgencyRow, isAgencySearch, listAllAgencies, parseAgencyListParams, searchAgencies } from "@/lib/directory/queries";
import { agencyStatus, buildTree, todayInVietnam, withAncestors } from "@/lib/directory/rules";
import { ResultCount } from "@/components/ui/result-count";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directory");
  return { title: t("agenciesTitle") };
}

/**
 * /directory/agencies?q=&kind=&inactive=1&expand=1 — the tree of agencies, or, when
 * searching (q or kind), the matches with their parent path. Closed agencies are hidden
 * unless inactive=1, except as ancestors that keep a live unit in its place.
 * One query for the whole page: the agencies are few and shaped in memory.
 */
export default async function AgenciesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("directory.view");
  const t = await getTranslations();
  const filters = parseAgencyListParams(await searchParams);
  const all = await listAllAgencies(getDb());
  const today = todayInVietnam();
  const isVisible = (agency: AgencyRow) => filters.inactive || agencyStatus(agency, today) !== "closed";

  return (
    <>
      <PageHeader
        title={t("directory.agenciesTitle")}
        intro={t("directory.agenciesIntro")}
        actions={
          can(user, "agencies.manage") ? (
            <LinkButton href="/directory/agencies/new" variant="primary">
              {t("directory.newAgency")}
            </LinkButton>
          ) : null
        }
      />
      <AgencyFilters filters={filters} />
      {isAgencySearch(filters) ? (
        <SearchResults all={all} filters={filters} isVisible={isVisible} today={today} />
      ) : (
        <>
          <p className="mb-3 text-sm">
            <Link href={listHref("/directory/agencies", { inactive: filters.inactive, expand: !filters.expand })} className="link">
              {filters.expand ? t("directory.collapseAll") : t("directory.expandAll")}
            </Link>
          </p>
          <AgencyTree roots={buildTree(withAncestors(all.filter(isVisible), new Map(all.map((a) => [a.id, a]))))} today={today} expand={filters.expand} />
        </>
      )}
    </>
  );
}

async function SearchResults({ all, filters, isVisible, today }: { all: AgencyRow[]; filters: AgencyListFilters; isVisible: (agency: AgencyRow) => boolean; today: string }) {
  const t = await getTranslations();
  const matches = searchAgencies(all, filters, isVisible);
  return (
    <>
      <ResultCount>
        {t("common.total", { count: matches.length })}
      </ResultCount>
      <AgencyTable rows={matches} today={today} showPath caption={t("directory.agenciesTitle")} />
    </>
  );
}
