import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { agencySelectOptions } from "@/components/directory/agency-options";
import { listHref, Pager } from "@/components/ui/pager";
import { PeopleFilters } from "@/components/directory/people-filters";
import { PeopleTable } from "@/components/directory/people-table";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listAllAgencies, listPeople, PEOPLE_PAGE_SIZE, parsePeopleListParams } from "@/lib/directory/queries";
import { todayInVietnam } from "@/lib/directory/rules";
import { ResultCount } from "@/components/ui/result-count";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directory");
  return { title: t("people") };
}

/** /directory/people?q=&agency=&inactive=1&page= — people, 50 a page, active ones unless inactive=1. */
export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("directory.view");
  const t = await getTranslations();
  const filters = parsePeopleListParams(await searchParams);
  const db = getDb();
  const [{ rows, total }, agencies] = await Promise.all([listPeople(db, filters), listAllAgencies(db)]);
  const pages = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const href = (page: number) => listHref("/directory/people", { q: filters.q, agency: filters.agencyId, inactive: filters.inactive, page });

  return (
    <>
      <PageHeader
        title={t("directory.people")}
        intro={t("directory.peopleIntro")}
        actions={
          can(user, "people.manage") ? (
            <LinkButton href="/directory/people/new" variant="primary">
              {t("directory.newPerson")}
            </LinkButton>
          ) : null
        }
      />
      <PeopleFilters filters={filters} agencyOptions={await agencySelectOptions(agencies, todayInVietnam())} />
      <ResultCount>
        {t("common.total", { count: total })}
      </ResultCount>
      <PeopleTable rows={rows} caption={t("directory.people")} />
      <Pager
        label={t("directory.peoplePagination")}
        status={t("common.page", { page: Math.min(filters.page, pages), pages })}
        previousHref={filters.page > 1 ? href(Math.min(filters.page - 1, pages)) : undefined}
        nextHref={filters.page < pages ? href(filters.page + 1) : undefined}
        previous={t("common.previous")}
        next={t("common.next")}
      />
    </>
  );
}
