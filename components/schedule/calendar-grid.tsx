import { getTranslations } from "@/lib/i18n/server";
import type { ScheduleRow } from "@/lib/schedule/queries";
import { type CalendarEntry, CalendarDayList } from "./calendar-day-list";
import { formatNumber } from "@/lib/format";
import { dayMonth, groupByLocalDay, hiddenOnDay, localDay, scheduleTime, weekdayOf, wholeWeekHref } from "@/lib/schedule/rules";

/**
 * A calendar grid of weeks (Monday first). From the sm breakpoint up it is seven columns;
 * on a phone the same cells become a list of the days that have conferences, so nothing
 * is squeezed into 50 px columns. `month` greys out days of other months.
 * `rows` may hold only each day's first conferences (listScheduleConferences' perDay):
 * a day with more says "+N" and links to the whole weekly table at that day.
 * Each conference is written once for both layouts, as words (CalendarDayList): a month
 * of 170 entries drawn twice as elements with next/link cost the server about twice as much.
 */
export async function CalendarGrid({ weeks, rows, month }: { weeks: string[][]; rows: ScheduleRow[]; month?: string }) {
  const t = await getTranslations("schedule");
  const weekdays = t.raw("weekdays") as string[];
  const short = t.raw("weekdaysShort") as string[];
  const today = localDay(new Date());
  const groups = new Map(groupByLocalDay(rows, weeks.flat()).map((g) => [g.day, g.rows]));
  const entry = (row: ScheduleRow): CalendarEntry => {
    const marked = row.status === "cancelled" || row.status === "postponed" ? row.status : undefined;
    return { id: row.id, time: scheduleTime(row.startsAt), title: row.title, mark: marked && { status: marked, text: t(marked) } };
  };
  const more = (day: string, shown: ScheduleRow[]) => {
    const hidden = hiddenOnDay(shown);
    if (hidden <= 0) return null;
    return (
      <a href={wholeWeekHref("/schedule", day)} className="link cal-more">
        {t("moreInCell", { count: formatNumber(hidden) })}
      </a>
    );
  };
  const outside = (day: string) => month !== undefined && !day.startsWith(month);
  // On a phone: only this period's days with conferences, each a card.
  const onPhone = (day: string) => (groups.get(day)?.length ?? 0) > 0 && !outside(day);
  const cell = (day: string) => {
    const shown = groups.get(day) ?? [];
    // A card on a phone (only the days with conferences), a bordered cell of the grid from sm up.
    const shownOnPhone = onPhone(day) ? "mb-3" : "hidden";
    const tone = outside(day) ? " cal-outside" : "";
    const ring = day === today ? " cal-today" : "";
    return (
      <div key={day} role="cell" className={`${shownOnPhone} sm:mb-0 sm:block cal-cell${tone}${ring}`}>
        <div className="cal-day">
          <span className="sm:sr-only">{weekdays[weekdayOf(day)]}, </span>
          {dayMonth(day)}
        </div>
        <CalendarDayList entries={shown.map(entry)} />
        {more(day, shown)}
      </div>
    );
  };
  return (
    <>
      <div className="sm:grid sm:grid-cols-7 sm:border-l sm:border-t sm:border-slate-300 sm:bg-white" role="table" aria-label={t("gridLabel")}>
        <div role="row" className="contents">
          {[1, 2, 3, 4, 5, 6, 0].map((d) => (
            <div key={d} role="columnheader" className="hidden border-b border-r border-slate-300 bg-slate-100 px-2 py-1 text-sm font-semibold sm:block">
              {short[d]}
            </div>
          ))}
        </div>
        {weeks.map((week) => (
          <div key={week[0]} role="row" className="contents">
            {week.map(cell)}
          </div>
        ))}
      </div>
      {weeks.flat().some(onPhone) ? null : <p className="rounded border border-slate-200 bg-white p-3 text-slate-700 sm:hidden">{t("emptyPeriod")}</p>}
    </>
  );
}
