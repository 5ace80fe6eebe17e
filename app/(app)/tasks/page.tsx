import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { TaskFilters } from "@/components/tasks/task-filters";
import { taskStatusWords } from "@/components/tasks/task-status-tag";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ListPager, listTotalText } from "@/components/ui/list-pager";
import { listHref } from "@/components/ui/pager";
import { type WordColumn, WordTable } from "@/components/ui/word-table";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { DUE_SOON_DAYS, listAssignableAgencies, listDirectiveOptions, listTasks, parseTaskListParams, TASK_PAGE_SIZE, type TaskListRow } from "@/lib/tasks/queries";
import { todayInVietnam } from "@/lib/tasks/status";
import { ResultCount } from "@/components/ui/result-count";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { listDirectiveConferenceOptions } from "@/lib/directives/queries";
import { listReviewedPeriods } from "@/lib/tasks/overview";
import { sharedFilterOptions } from "@/lib/cache/filter-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tasks");
  return { title: t("title") };
}

/**
 * /tasks?status=&due=7&awaiting=1&lead=&directive=&conference=&period=&sector=&q=&page= — for a unit officer
 * the unit's tasks (lead and coordinating) with quick filters; for others every task.
 */
export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("directives.view");
  const t = await getTranslations("tasks");
  const tc = await getTranslations("common");
  const filters = parseTaskListParams(await searchParams);
  const today = todayInVietnam();
  const unit = user.role === "unit_officer";
  const db = getDb();
  const [{ rows, total }, agencies, directiveOptions, conferenceOptions, periods, periodLabel] = await Promise.all([
    listTasks(db, user, filters, today),
    unit ? Promise.resolve([]) : sharedFilterOptions(`assignable-agencies:${today}`, () => listAssignableAgencies(db, today)),
    unit ? Promise.resolve([]) : listDirectiveOptions(db, filters),
    unit ? Promise.resolve([]) : listDirectiveConferenceOptions(db, user, filters.conferenceId),
    unit ? Promise.resolve([]) : sharedFilterOptions("reviewed-periods", () => listReviewedPeriods(db)),
    getPeriodLabel(),
  ]);
  const params = {
    status: filters.status,
    due: filters.dueSoon ? DUE_SOON_DAYS : undefined,
    lead: filters.leadAgencyId,
    directive: filters.directiveId,
    conference: filters.conferenceId,
    period: filters.period,
    sector: filters.sector,
    awaiting: filters.awaitingAcceptance,
    q: filters.q,
  };
  const href = (page: number) => listHref("/tasks", { ...params, page });

  const [tStatus, tDetail] = [await getTranslations("taskStatuses"), await getTranslations("tasks.detail")];
  const columns: WordColumn<TaskListRow>[] = [
    {
      key: "title",
      header: t("list.title"),
      words: (row) => ({ text: row.title, href: `/tasks/${row.id}`, sub: t("list.directiveRef", { number: row.directiveNumber, conference: row.conferenceTitle }) }),
    },
  ];
  if (unit) columns.push({ key: "role", header: t("list.role"), words: (row) => (row.leadAgencyId === user.agencyId ? t("roles.lead") : t("roles.coordinator")) });
  columns.push(
    { key: "lead", header: t("list.lead"), words: (row) => row.leadAgencyName },
    { key: "coordinators", header: t("list.coordinators"), words: (row) => row.coordinatorNames ?? tc("none") },
    { key: "deadline", header: t("list.deadline"), words: (row) => (row.deadline ? formatDate(row.deadline) : t("fields.ongoing")) },
    {
      key: "status",
      header: t("list.status"),
      words: (row) => {
        const { note, ...status } = taskStatusWords(row, today, tStatus, tDetail);
        const awaiting = row.completionReportedAt && !row.completedOn ? [{ tone: "yellow" as const, text: t("list.awaitingAcceptance") }] : [];
        return { tags: [status, ...awaiting], stack: true, note };
      },
    },
  );

  const quick = [
    { key: "all", label: t("quick.all"), href: "/tasks", current: !filters.dueSoon && !filters.status && !filters.awaitingAcceptance },
    { key: "due", label: t("quick.dueSoon"), href: listHref("/tasks", { due: DUE_SOON_DAYS }), current: filters.dueSoon },
    { key: "overdue", label: t("quick.overdue"), href: listHref("/tasks", { status: "open_overdue" }), current: filters.status === "open_overdue" },
    { key: "awaiting", label: t("quick.awaiting"), href: listHref("/tasks", { awaiting: 1 }), current: filters.awaitingAcceptance },
  ];

  return (
    <>
      <PageHeader
        title={unit ? t("unitTitle") : t("title")}
        intro={unit ? t("unitIntro") : t("intro")}
        actions={
          filters.directiveId && can(user, "tasks.assign") ? (
            <LinkButton href={listHref("/tasks/new", { directive: filters.directiveId })} variant="primary">
              {t("newTitle")}
            </LinkButton>
          ) : null
        }
      />
      <nav aria-label={t("quick.label")} className="mb-4 flex flex-wrap gap-2">
        {quick.map((item) => (
          <Link
            key={item.key}
            href={item.href}
            aria-current={item.current ? "page" : undefined}
            className={`rounded border-2 px-3 py-1 text-sm font-semibold ${item.current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 text-brand-700"}`}
          >
            {item.label}
          </Link>
        ))}
      </nav>
      {unit ? null : (
        <TaskFilters
          filters={filters}
          agencyOptions={agencies.map((a) => ({ value: String(a.id), label: a.name }))}
          directiveOptions={directiveOptions.map((d) => ({ value: String(d.id), label: `${d.number}. ${d.conferenceTitle}` }))}
          conferenceOptions={conferenceOptions}
          periodOptions={periods.map((code) => ({ value: code, label: periodLabel(code) }))}
        />
      )}
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <ResultCount>
          {await listTotalText(total, (count) => t("list.count", { count }))}
        </ResultCount>
        {/* The same filters as the list, every matching row: GET /api/tasks/xlsx. */}
        <a href={listHref("/api/tasks/xlsx", params)} className="link no-print mb-3 text-sm">
          {t("export.link")}
        </a>
      </div>
      <WordTable caption={unit ? t("unitTitle") : t("title")} empty={t("list.empty")} rows={rows} columns={columns} />
      <ListPager label={t("list.pagination")} total={total} page={filters.page} pageSize={TASK_PAGE_SIZE} rowsOnPage={rows.length} href={href} />
    </>
  );
}
