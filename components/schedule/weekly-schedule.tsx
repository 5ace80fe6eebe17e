import { getTranslations } from "@/lib/i18n/server";
import { columnLabels } from "@/components/ui/table";
import { formatNumber } from "@/lib/format";
import { type ScheduleEntry, ScheduleDayRows } from "./schedule-day-rows";
import type { ScheduleRow } from "@/lib/schedule/queries";
import {
  dayMonth,
  groupByLocalDay,
  hiddenOnDay,
  SCHEDULE_DAY_LIMITS,
  scheduleTime,
  weekdayOf,
  wholeWeekHref,
  type WeekRange,
} from "@/lib/schedule/rules";

type Format = Awaited<ReturnType<typeof getTranslations<"schedule">>>;

/** "Sở TT&TT; Giám đốc Sở; 18 đơn vị được mời; 2 đại biểu" — who takes part, as the schedule prints it. */
function participants(row: ScheduleRow, t: Format): string {
  const parts = [row.hostAgencyName];
  if (row.invitedAgencies > 0) parts.push(t("invitedAgencies", { count: row.invitedAgencies }));
  if (row.invitedPeople > 0) parts.push(t("invitedPeople", { count: row.invitedPeople }));
  return parts.join("; ");
}

const MARKED_STATUSES = ["cancelled", "postponed", "draft"] as const;

/** "Nguyễn Văn A (Giám đốc Sở)": the chair and their position, as the schedule prints them. */
function chair(row: ScheduleRow): string {
  if (!row.chairName) return "";
  return row.chairPosition ? `${row.chairName} (${row.chairPosition})` : row.chairName;
}

/** A conference's row in words (components/schedule/schedule-day-rows.tsx renders them). */
function entry(row: ScheduleRow, linkConferences: boolean, t: Format): ScheduleEntry {
  const marked = MARKED_STATUSES.find((status) => status === row.status);
  return {
    id: row.id,
    time: scheduleTime(row.startsAt),
    title: row.title,
    href: linkConferences ? `/conferences/${row.id}` : undefined,
    mark: marked ? { status: marked, text: t(marked) } : undefined,
    participants: participants(row, t),
    venue: row.venue ?? "",
    chair: chair(row),
  };
}

/**
 * The weekly work schedule (lịch công tác tuần) as offices publish it: one block per
 * weekday, then time, content, participants, venue, chair. Shared by the signed-in
 * /schedule and the public /lich-cong-tac (which passes linkConferences = false).
 * Prints on A4; on a phone each conference becomes a card, its cells labelled by the
 * column rules of .dt (as DataTable's), so a week of fifty conferences carries no
 * label or class on each of its cells. The rows go to the browser as words
 * (ScheduleDayRows): as elements, a week of 226 conferences cost half as much server CPU again
 * (A/B at the benchmark's full scale).
 *
 * `rows` may hold only each day's first conferences (listScheduleConferences' perDay);
 * a day with more ends with how many more and a link to the whole week at that day.
 */
export async function WeeklySchedule({
  week,
  rows,
  linkConferences,
  path,
}: {
  week: WeekRange;
  rows: ScheduleRow[];
  linkConferences: boolean;
  /** This schedule's own page, for the link to the whole week. */
  path: "/schedule" | "/lich-cong-tac";
}) {
  const t = await getTranslations("schedule");
  const weekdays = t.raw("weekdays") as string[];
  const groups = groupByLocalDay(rows, week.days);
  const headers = [t("time"), t("content"), t("participants"), t("venue"), t("chair")];
  const { name, style } = columnLabels(headers.map((header) => ({ header })));
  // The last row of a day that shows only its first conferences: how many more, and the whole week.
  const moreOnDay = (day: string, hidden: number) =>
    hidden > 0 ? (
      <tr>
        <td colSpan={5} className="font-semibold before:hidden">
          {/* One child: on a phone the cell is a labelled grid, and the sentence is one item of it. */}
          <span>
            {t("moreOnDay", { count: formatNumber(hidden) })}{" "}
            <a href={wholeWeekHref(path, day)} className="text-brand-700 underline">
              {t("showWholeWeek")}
            </a>
          </span>
        </td>
      </tr>
    ) : null;
  return (
    <>
      <style>{"@page { size: A4 landscape; margin: 12mm; } @media print { .schedule-table { font-size: 10pt; } .schedule-table tr { break-inside: avoid; } }"}</style>
      {style}
      <table className="dt dt-grid schedule-table w-full border-collapse bg-white text-sm print:text-black" data-dt={name}>
        <caption className="sr-only">{t("weekCaption", { from: dayMonth(week.days[0]), to: dayMonth(week.days[6]) })}</caption>
        <thead className="hidden bg-slate-100 sm:table-header-group print:table-header-group">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="border border-slate-300 px-2 py-2 text-left font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ day, rows: dayRows }) => (
          <tbody key={day} id={`day-${day}`} className="block sm:table-row-group print:table-row-group">
            <tr className="mb-0 block border-0 bg-transparent sm:table-row print:table-row">
              <th colSpan={5} scope="colgroup" className="block border border-slate-300 bg-brand-50 px-2 py-1.5 text-left font-bold sm:table-cell print:table-cell">
                {weekdays[weekdayOf(day)]}, {dayMonth(day)}
              </th>
            </tr>
            {dayRows.length === 0 ? (
              <tr>
                <td colSpan={5} className="text-slate-500 before:hidden">
                  {t("noConferences")}
                </td>
              </tr>
            ) : (
              <ScheduleDayRows entries={dayRows.map((row) => entry(row, linkConferences, t))} />
            )}
            {moreOnDay(day, hiddenOnDay(dayRows))}
          </tbody>
        ))}
      </table>
    </>
  );
}

/** Above the whole week (&all=1): how many conferences it lists, and the way back to the shorter days. */
export async function WholeWeekNotice({ count, compactHref }: { count: number; compactHref: string }) {
  const t = await getTranslations("schedule");
  return (
    <p className="no-print mb-3 text-slate-800">
      {t("wholeWeekShown", { count: formatNumber(count) })}{" "}
      <a href={compactHref} className="link">
        {t("compactWeek", { limit: SCHEDULE_DAY_LIMITS.table })}
      </a>
    </p>
  );
}
