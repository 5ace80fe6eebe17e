import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ConferenceFilters } from "@/components/conferences/conference-filters";
import { conferenceStatusTones } from "@/components/conferences/conference-status-tag";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ListPager, listTotalText } from "@/components/ui/list-pager";
import { listHref } from "@/components/ui/pager";
import { WordTable } from "@/components/ui/word-table";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatConferenceTime } from "@/lib/conferences/format";
import { CONFERENCE_PAGE_SIZE, listConferences, listHostAgencyOptions, parseConferenceListParams } from "@/lib/conferences/queries";
import { ResultCount } from "@/components/ui/result-count";
import { Notice } from "@/components/ui/notice";
import { sharedFilterOptions } from "@/lib/cache/filter-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conferences");
  return { title: t("title") };
}

/** /conferences?q=&kind=&status=&host=&period=&page= — conferences the user may see, 50 a page, newest start first. */
export default async function ConferencesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("conferences.view");
  const t = await getTranslations("conferences");
  const tc = await getTranslations("common");
  const tKind = await getTranslations("conferenceKinds");
  const tStatus = await getTranslations("conferenceStatuses");
  const periodLabel = await getPeriodLabel();
  const weekdays = t.raw("weekdays") as string[];
  const query = await searchParams;
  const filters = parseConferenceListParams(query);
  const db = getDb();
  const [{ rows, total }, agencies] = await Promise.all([
    listConferences(db, user, filters),
    sharedFilterOptions("agencies", () => listHostAgencyOptions(db)),
  ]);
  const href = (page: number) => listHref("/conferences", { q: filters.q, kind: filters.kind, status: filters.status, host: filters.hostAgencyId, period: filters.period, page });

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(user, "conferences.manage") ? (
            <LinkButton href="/conferences/new" variant="primary">
              {t("newTitle")}
            </LinkButton>
          ) : null
        }
      />
      {query.deleted === "1" ? <Notice tone="success">{t("messages.deletedRestorable")}</Notice> : null}
      <ConferenceFilters filters={filters} agencyOptions={agencies.map((a) => ({ value: String(a.id), label: a.name }))} />
      <ResultCount>
        {await listTotalText(total, (count) => t("list.count", { count }))}
      </ResultCount>
      <WordTable
        caption={t("title")}
        empty={t("list.empty")}
        rows={rows}
        columns={[
          { key: "time", header: t("list.time"), words: (row) => formatConferenceTime(row.startsAt, row.endsAt, weekdays), className: "sm:w-56" },
          {
            key: "title",
            header: t("list.title"),
            words: (row) => ({
              text: row.title,
              href: `/conferences/${row.id}`,
              sub: `${tKind(row.kind)}${row.reviewedPeriod ? ` · ${periodLabel(row.reviewedPeriod)}` : ""}`,
            }),
          },
          { key: "host", header: t("list.host"), words: (row) => row.hostAgencyName },
          { key: "status", header: t("list.status"), words: (row) => ({ tags: [{ tone: conferenceStatusTones[row.status], text: tStatus(row.status) }] }) },
        ]}
      />
      <ListPager label={t("list.pagination")} total={total} page={filters.page} pageSize={CONFERENCE_PAGE_SIZE} rowsOnPage={rows.length} href={href} />
    </>
  );
}
