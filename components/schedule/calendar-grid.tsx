import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import type { ScheduleRow } from "@/lib/schedule/queries";
import { dayMonth, groupByLocalDay, localDay, scheduleTime, weekdayOf } from "@/lib/schedule/rules";

/**
 * A calendar grid of weeks (Monday first). From the sm breakpoint up it is seven columns;
 * on a phone it becomes a list of the days that have conferences (plus today), so
 * nothing is squeezed into 50 px columns. `month` greys out days of other months.
 */
export async function CalendarGrid({ weeks, rows, month }: { weeks: string[][]; rows: ScheduleRow[]; month?: string }) {
  const t = await getTranslations("schedule");
  const weekdays = t.raw("weekdays") as string[];
  const short = t.raw("weekdaysShort") as string[];
  const today = localDay(new Date());
  const groups = new Map(groupByLocalDay(rows, weeks.flat()).map((g) => [g.day, g.rows]));
  const item = (row: ScheduleRow) => (
    <li key={row.id} className="text-xs sm:text-[0.8rem]">
      <Link href={`/conferences/${row.id}`} className={`block rounded bg-brand-50 px-1 py-0.5 text-brand-800 hover:underline ${row.status === "cancelled" || row.status === "postponed" ? "line-through" : ""}`}>
        <span className="font-semibold tabular-nums">{scheduleTime(row.startsAt)}</span> {row.title}
      </Link>
      {row.status === "cancelled" ? <span className="font-semibold text-red-800"> {t("cancelled")}</span> : null}
      {row.status === "postponed" ? <span className="font-semibold text-amber-800"> {t("postponed")}</span> : null}
    </li>
  );
  return (
    <>
      <div className="hidden sm:block">
        <div className="grid grid-cols-7 border-l border-t border-slate-300 bg-white" role="table" aria-label={t("gridLabel")}>
          <div role="row" className="contents">
            {[1, 2, 3, 4, 5, 6, 0].map((d) => (
              <div key={d} role="columnheader" className="border-b border-r border-slate-300 bg-slate-100 px-2 py-1 text-sm font-semibold">
                {short[d]}
              </div>
            ))}
          </div>
          {weeks.map((week) => (
            <div key={week[0]} role="row" className="contents">
              {week.map((day) => {
                const outside = month !== undefined && !day.startsWith(month);
                return (
                  <div key={day} role="cell" className={`min-h-24 border-b border-r border-slate-300 p-1 ${outside ? "bg-slate-100 text-slate-700" : ""} ${day === today ? "ring-2 ring-inset ring-brand-600" : ""}`}>
                    <div className="text-right text-sm font-semibold">
                      <span className="sr-only">{weekdays[weekdayOf(day)]}, </span>
                      {dayMonth(day)}
                    </div>
                    <ul className="space-y-1">{(groups.get(day) ?? []).map(item)}</ul>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
      <ol className="space-y-3 sm:hidden">
        {weeks
          .flat()
          .filter((day) => (groups.get(day)?.length ?? 0) > 0 && (month === undefined || day.startsWith(month)))
          .map((day) => (
            <li key={day} className="rounded border border-slate-200 bg-white p-2">
              <h3 className="font-bold">
                {weekdays[weekdayOf(day)]}, {dayMonth(day)}
              </h3>
              <ul className="mt-1 space-y-1">{(groups.get(day) ?? []).map(item)}</ul>
            </li>
          ))}
        {rows.length === 0 ? <li className="rounded border border-slate-200 bg-white p-3 text-slate-700">{t("emptyPeriod")}</li> : null}
      </ol>
    </>
  );
}
