import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { DirectiveFilters } from "@/components/directives/directive-filters";
import { PageHeader } from "@/components/ui/page-header";
import { ListPager, listTotalText } from "@/components/ui/list-pager";
import { listHref } from "@/components/ui/pager";
import { WordTable } from "@/components/ui/word-table";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { openableConferenceIds } from "@/lib/conferences/access";
import { DIRECTIVE_PAGE_SIZE, listDirectiveConferenceOptions, listDirectives, parseDirectiveListParams } from "@/lib/directives/queries";
import { formatDate } from "@/lib/format";
import { TASK_STATUSES, taskStatusTone } from "@/lib/tasks/status";
import { ResultCount } from "@/components/ui/result-count";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directives");
  return { title: t("title") };
}

const trim = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * /directives?conference=&sector=&q=&page= — for a leader the directives they issued; for a
 * unit officer those with a task of their unit; for others all. Each row with its tasks
 * counted by derived status (one query, see listDirectives).
 */
export default async function DirectivesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("directives.view");
  const t = await getTranslations("directives");
  const tSector = await getTranslations("sectors");
  const filters = parseDirectiveListParams(await searchParams);
  const db = getDb();
  const [{ rows, total }, conferenceOptions] = await Promise.all([listDirectives(db, user, filters), listDirectiveConferenceOptions(db, user, filters.conferenceId)]);
  const openable = await openableConferenceIds(db, user, rows.map((row) => row.conferenceId));
  const href = (page: number) => listHref("/directives", { conference: filters.conferenceId, sector: filters.sector, q: filters.q, all: filters.all, page });
  const leaderScope = (all: boolean) => listHref("/directives", { conference: filters.conferenceId, sector: filters.sector, q: filters.q, all });
  return (
    <>
      <PageHeader title={t("title")} intro={user.role === "leader" && !filters.all ? t("introLeader") : t("intro")} />
      {user.role === "leader" ? (
        <nav aria-label={t("list.scope")} className="mb-4 flex gap-4 text-sm font-semibold">
          {[false, true].map((all) =>
            filters.all === all ? (
              <span key={String(all)} aria-current="page" className="border-b-4 border-brand-600 pb-1">
                {all ? t("list.all") : t("list.mine")}
              </span>
            ) : (
              <Link key={String(all)} href={leaderScope(all)} className="pb-1 text-brand-700 underline">
                {all ? t("list.all") : t("list.mine")}
              </Link>
            ),
          )}
        </nav>
      ) : null}
      <DirectiveFilters filters={filters} conferenceOptions={conferenceOptions} />
      <ResultCount>{await listTotalText(total, (count) => t("list.count", { count }))}</ResultCount>
      <WordTable
        caption={t("title")}
        empty={t("list.empty")}
        rows={rows}
        columns={[
          {
            key: "conference",
            header: t("list.conference"),
            // Only a conference the user may open is a link (lib/conferences/access.ts).
            words: (row) => ({
              text: `${formatDate(row.conferenceStartsAt)} · ${row.conferenceTitle}`,
              href: openable.has(row.conferenceId) ? `/conferences/${row.conferenceId}/directives` : undefined,
              weight: "normal",
            }),
          },
          { key: "number", header: t("list.number"), words: (row) => row.number, numeric: true },
          { key: "text", header: t("list.text"), words: (row) => trim(row.text) },
          { key: "sector", header: t("list.sector"), words: (row) => ({ tags: [{ tone: "blue", text: tSector(row.sector) }] }) },
          {
            key: "tasks",
            header: t("list.tasks"),
            words: (row) =>
              row.taskTotal === 0
                ? t("list.noTasks")
                : {
                    href: `/tasks?directive=${row.id}`,
                    tags: TASK_STATUSES.filter((status) => row.taskCounts[status] > 0).map((status) => ({
                      tone: taskStatusTone(status),
                      text: `${t(`taskStatuses.${status}`)}: ${row.taskCounts[status]}`,
                    })),
                  },
          },
        ]}
      />
      <ListPager label={t("list.pagination")} total={total} page={filters.page} pageSize={DIRECTIVE_PAGE_SIZE} rowsOnPage={rows.length} href={href} />
    </>
  );
}
