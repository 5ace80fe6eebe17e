import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ScheduleRow } from "@/lib/schedule/queries";
import { dayMonth, groupByLocalDay, scheduleTime, weekdayOf, type WeekRange } from "@/lib/schedule/rules";

/** "Sở TT&TT; Giám đốc Sở; 18 đơn vị được mời; 2 đại biểu" — who takes part, as the schedule prints it. */
async function participants(row: ScheduleRow): Promise<string> {
  const t = await getTranslations("schedule");
  const parts = [row.hostAgencyName];
  if (row.invitedAgencies > 0) parts.push(t("invitedAgencies", { count: row.invitedAgencies }));
  if (row.invitedPeople > 0) parts.push(t("invitedPeople", { count: row.invitedPeople }));
  return parts.join("; ");
}

/**
 * The weekly work schedule (lịch công tác tuần) as offices publish it: one block per
 * weekday, then time, content, participants, venue, chair. Shared by the signed-in
 * /schedule and the public /lich-cong-tac (which passes linkConferences = false).
 * Prints on A4; on a phone each conference becomes a card.
 */
export async function WeeklySchedule({ week, rows, linkConferences }: { week: WeekRange; rows: ScheduleRow[]; linkConferences: boolean }) {
  const t = await getTranslations("schedule");
  const weekdays = t.raw("weekdays") as string[];
  const groups = groupByLocalDay(rows, week.days);
  const headers = [t("time"), t("content"), t("participants"), t("venue"), t("chair")];
  const rowsWithParticipants = new Map(await Promise.all(rows.map(async (row) => [row.id, await participants(row)] as const)));
  return (
    <>
      <style>{"@page { size: A4 landscape; margin: 12mm; } @media print { .schedule-table { font-size: 10pt; } .schedule-table tr { break-inside: avoid; } }"}</style>
      <table className="schedule-table w-full border-collapse bg-white text-sm print:text-black">
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
          <tbody key={day} className="block sm:table-row-group print:table-row-group">
            <tr className="block sm:table-row print:table-row">
              <th colSpan={5} scope="colgroup" className="block border border-slate-300 bg-brand-50 px-2 py-1.5 text-left font-bold sm:table-cell print:table-cell">
                {weekdays[weekdayOf(day)]}, {dayMonth(day)}
              </th>
            </tr>
            {dayRows.length === 0 ? (
              <tr className="block sm:table-row print:table-row">
                <td colSpan={5} className="block border border-slate-300 px-2 py-1.5 text-slate-500 sm:table-cell print:table-cell">
                  {t("noConferences")}
                </td>
              </tr>
            ) : (
              dayRows.map((row) => {
                const struck = row.status === "cancelled" || row.status === "postponed";
                const cells = [
                  <span key="time" className="tabular-nums font-semibold">
                    {scheduleTime(row.startsAt)}
                  </span>,
                  <span key="content">
                    <span className={struck ? "line-through" : ""}>
                      {linkConferences ? (
                        <Link href={`/conferences/${row.id}`} className="text-brand-700 underline print:text-black print:no-underline">
                          {row.title}
                        </Link>
                      ) : (
                        row.title
                      )}
                    </span>
                    {row.status === "cancelled" ? <strong className="ml-2 rounded bg-red-100 px-1.5 text-red-900">{t("cancelled")}</strong> : null}
                    {row.status === "postponed" ? <strong className="ml-2 rounded bg-amber-100 px-1.5 text-amber-900">{t("postponed")}</strong> : null}
                    {row.status === "draft" ? <span className="ml-2 rounded bg-slate-200 px-1.5 text-slate-800">{t("draft")}</span> : null}
                  </span>,
                  rowsWithParticipants.get(row.id) ?? "",
                  row.venue ?? "",
                  row.chairName ? (row.chairPosition ? `${row.chairName} (${row.chairPosition})` : row.chairName) : "",
                ];
                return (
                  <tr key={row.id} className="mb-2 block border border-slate-300 sm:mb-0 sm:table-row print:table-row">
                    {cells.map((cell, index) => (
                      <td key={headers[index]} className="flex gap-2 px-2 py-1 align-top sm:table-cell sm:border sm:border-slate-300 print:table-cell print:border print:border-slate-400">
                        <span className="w-28 shrink-0 font-semibold text-slate-600 sm:hidden print:hidden">{headers[index]}</span>
                        <span className="min-w-0 break-words">{cell}</span>
                      </td>
                    ))}
                  </tr>
                );
              })
            )}
          </tbody>
        ))}
      </table>
    </>
  );
}
