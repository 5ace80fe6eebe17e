import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ConferenceFilters } from "@/components/conferences/conference-filters";
import { ConferenceStatusTag } from "@/components/conferences/conference-status-tag";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ListPager, listTotalText } from "@/components/ui/list-pager";
import { listHref } from "@/components/ui/pager";
import { DataTable } from "@/components/ui/table";
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
      <DataTable
        caption={t("title")}
        empty={t("list.empty")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { key: "time", header: t("list.time"), cell: (row) => formatConferenceTime(row.startsAt, row.endsAt, weekdays), className: "sm:w-56" },
          {
            key: "title",
            header: t("list.title"),
            cell: (row) => (
              <>
                <a href={`/conferences/${row.id}`} className="font-semibold text-brand-700 underline">
                  {row.title}
                </a>
                <span className="block text-slate-600">
                  {tKind(row.kind)}
                  {row.reviewedPeriod ? ` · ${periodLabel(row.reviewedPeriod)}` : ""}
                </span>
              </>
            ),
          },
          { key: "host", header: t("list.host"), cell: (row) => row.hostAgencyName },
          { key: "status", header: t("list.status"), cell: (row) => <ConferenceStatusTag status={row.status} /> },
        ]}
      />
      <ListPager label={t("list.pagination")} total={total} page={filters.page} pageSize={CONFERENCE_PAGE_SIZE} rowsOnPage={rows.length} href={href} />
    </>
  );
}
