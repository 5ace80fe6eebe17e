import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { OverviewFilterForm } from "@/components/tasks/overview-filters";
import { PageHeader } from "@/components/ui/page-header";
import { listHref } from "@/components/ui/pager";
import { type WordColumn, WordTable } from "@/components/ui/word-table";
import type { WordCell } from "@/components/ui/word-rows";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { listDirectiveConferenceOptions } from "@/lib/directives/queries";
import { formatDate, formatNumber, formatTime } from "@/lib/format";
import { listReviewedPeriods, loadRecentTaskOverview, parseOverviewParams, type StatusCounts, type TaskOverview } from "@/lib/tasks/overview";
import { type OnTimeCompletionRate, TASK_STATUSES, type TaskStatus, taskStatusTone, todayInVietnam } from "@/lib/tasks/status";
import { sharedFilterOptions } from "@/lib/cache/filter-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tasks.overview");
  return { title: t("title") };
}

/** Lead units listed before "Xem tất cả": the most overdue first, which is what a review conference looks at. */
const OVERVIEW_UNIT_ROWS = 25;

const toneBorder: Record<ReturnType<typeof taskStatusTone>, string> = {
  green: "border-green-600",
  yellow: "border-amber-500",
  red: "border-red-600",
  blue: "border-brand-700",
  grey: "border-slate-400",
};

/**
 * /tasks/overview?conference=&period=&sector= — counts of tasks by status, by lead unit and
 * by sector, with the on-time completion rate. Every figure links to the task list with
 * the same filters, so the secretariat can open what lies behind it. A unit officer sees
 * the same view of their own unit's tasks (the query is scoped like every task list).
 */
export default async function TaskOverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("directives.view");
  const t = await getTranslations("tasks.overview");
  const tStatus = await getTranslations("taskStatuses");
  const tSector = await getTranslations("sectors");
  const params = await searchParams;
  const filters = parseOverviewParams(params);
  const allUnits = params.units === "all";
  const today = todayInVietnam();
  const db = getDb();
  const [{ value: overview, computedAt }, conferenceOptions, periods, periodLabel] = await Promise.all([
    loadRecentTaskOverview(db, user, filters, today),
    listDirectiveConferenceOptions(db, user, filters.conferenceId),
    sharedFilterOptions("reviewed-periods", () => listReviewedPeriods(db)),
    getPeriodLabel(),
  ]);
  const base = { conference: filters.conferenceId, period: filters.period, sector: filters.sector };
  const tasksHref = (extra: Record<string, string | number | undefined>) => listHref("/tasks", { ...base, ...extra });
  // A national overview has thousands of these figures: words for the word table, not elements.
  // Each link is read out with its column and row (linkNamesRow), e.g. "Quá hạn — Sở Y tế".
  const countWords = (value: number, extra: Record<string, string | number | undefined>): WordCell =>
    value === 0 ? { muted: "0" } : { text: formatNumber(value), href: tasksHref(extra) };
  const rateText = (rate: OnTimeCompletionRate) => (rate.rate === null ? "—" : `${formatNumber(rate.rate)}%`);

  /** The same columns for the unit and the sector tables; `scope` is the extra filter of the row. */
  function countColumns<Row extends { counts: StatusCounts; rate: OnTimeCompletionRate }>(
    scope: (row: Row) => Record<string, string | number>,
  ): WordColumn<Row>[] {
    return [
      { key: "total", header: t("total"), numeric: true, linkNamesRow: true, words: (row) => countWords(row.counts.total, scope(row)) },
      ...TASK_STATUSES.map(
        (status): WordColumn<Row> => ({
          key: status,
          header: tStatus(status),
          numeric: true,
          linkNamesRow: true,
          words: (row) => countWords(row.counts[status], { ...scope(row), status }),
        }),
      ),
      { key: "rate", header: t("onTimeRate"), numeric: true, words: (row) => rateText(row.rate) },
    ];
  }

  const cards: { key: string; label: string; value: number; href: string; tone?: TaskStatus }[] = [
    { key: "total", label: t("total"), value: overview.totals.total, href: tasksHref({}) },
    ...TASK_STATUSES.map((status) => ({ key: status, label: tStatus(status), value: overview.totals[status], href: tasksHref({ status }), tone: status })),
    { key: "awaiting", label: t("awaitingAcceptance"), value: overview.totals.awaitingAcceptance, href: tasksHref({ awaiting: 1 }) },
  ];

  return (
    <>
      <PageHeader title={t("title")} intro={`${t("intro", { date: formatDate(today) })} ${t("computedAt", { time: formatTime(new Date(computedAt)) })}`} />
      <OverviewFilterForm
        action="/tasks/overview"
        filters={filters}
        conferenceOptions={conferenceOptions}
        periodOptions={periods.map((code) => ({ value: code, label: periodLabel(code) }))}
      />

      <section aria-labelledby="overview-status-title">
        <h2 id="overview-status-title" className="mb-3 text-xl font-bold">
          {t("byStatus")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {cards.map((card) => (
            <li key={card.key}>
              <Link
                href={card.href}
                className={`block h-full rounded border border-l-4 bg-white p-3 hover:bg-slate-50 ${card.tone ? toneBorder[taskStatusTone(card.tone)] : "border-slate-300"}`}
              >
                <span className="block text-sm text-slate-700">{card.label}</span>
                <span className="block text-2xl font-bold tabular-nums text-slate-900">{formatNumber(card.value)}</span>
              </Link>
            </li>
          ))}
          <li className="rounded border border-l-4 border-green-600 bg-white p-3">
            <span className="block text-sm text-slate-700">{t("onTimeRate")}</span>
            <span className="block text-2xl font-bold tabular-nums text-slate-900">{rateText(overview.rate)}</span>
            <span className="block text-sm text-slate-600">{t("rateOf", { onTime: formatNumber(overview.rate.onTime), completed: formatNumber(overview.rate.completed) })}</span>
          </li>
        </ul>
      </section>

      <section aria-labelledby="overview-unit-title" className="mt-8">
        <h2 id="overview-unit-title" className="mb-3 text-xl font-bold">
          {t("byUnit")}
        </h2>
        <WordTable
          caption={t("byUnit")}
          empty={t("empty")}
          rows={allUnits ? overview.byUnit : overview.byUnit.slice(0, OVERVIEW_UNIT_ROWS)}
          columns={[
            { key: "unit", header: t("unit"), words: (row) => row.name },
            ...countColumns<TaskOverview["byUnit"][number]>((row) => ({ lead: row.agencyId })),
          ]}
        />
        {overview.byUnit.length > OVERVIEW_UNIT_ROWS ? (
          <p className="mt-2 text-sm">
            {allUnits ? null : <span className="text-slate-700">{t("unitsShown", { shown: OVERVIEW_UNIT_ROWS, total: overview.byUnit.length })} </span>}
            <Link href={listHref("/tasks/overview", { ...base, units: allUnits ? undefined : "all" })} className="link">
              {allUnits ? t("unitsFewer", { shown: OVERVIEW_UNIT_ROWS }) : t("unitsAll", { total: overview.byUnit.length })}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="overview-sector-title" className="mt-8">
        <h2 id="overview-sector-title" className="mb-3 text-xl font-bold">
          {t("bySector")}
        </h2>
        <WordTable
          caption={t("bySector")}
          empty={t("empty")}
          rows={overview.bySector}
          columns={[
            { key: "sector", header: t("sector"), words: (row) => tSector(row.sector) },
            ...countColumns<TaskOverview["bySector"][number]>((row) => ({ sector: row.sector })),
          ]}
        />
      </section>
    </>
  );
}
