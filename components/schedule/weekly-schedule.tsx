import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import type { ReactNode } from "react";
import { columnLabels } from "@/components/ui/table";
import type { ScheduleRow } from "@/lib/schedule/queries";
import { dayMonth, groupByLocalDay, scheduleTime, weekdayOf, type WeekRange } from "@/lib/schedule/rules";

type Format = Awaited<ReturnType<typeof getTranslations<"schedule">>>;

/** "Sở TT&TT; Giám đốc Sở; 18 đơn vị được mời; 2 đại biểu" — who takes part, as the schedule prints it. */
function participants(row: ScheduleRow, t: Format): string {
  const parts = [row.hostAgencyName];
  if (row.invitedAgencies > 0) parts.push(t("invitedAgencies", { count: row.invitedAgencies }));
  if (row.invitedPeople > 0) parts.push(t("invitedPeople", { count: row.invitedPeople }));
  return parts.join("; ");
}

// A cancelled or postponed conference stays on the schedule, struck through and marked in strong words.
const statusMarks = {
  cancelled: { struck: true, className: "ml-2 rounded bg-red-100 px-1.5 text-red-900" },
  postponed: { struck: true, className: "ml-2 rounded bg-amber-100 px-1.5 text-amber-900" },
  draft: { struck: false, className: "ml-2 rounded bg-slate-200 px-1.5 text-slate-800" },
} as const;

/** The title (a link on the signed-in schedule), struck through and marked when the conference is cancelled or postponed, marked as a draft. */
function contentCell(row: ScheduleRow, linkConferences: boolean, t: Format): ReactNode {
  const title = linkConferences ? (
    <Link href={`/conferences/${row.id}`} className="text-brand-700 underline print:text-black print:no-underline">
      {row.title}
    </Link>
  ) : (
    row.title
  );
  const mark = row.status in statusMarks ? statusMarks[row.status as keyof typeof statusMarks] : null;
  if (!mark) return title;
  return (
    <span>
      {mark.struck ? <span className="line-through">{title}</span> : title}
      {mark.struck ? <strong className={mark.className}>{t(row.status)}</strong> : <span className={mark.className}>{t(row.status)}</span>}
    </span>
  );
}

/**
 * The weekly work schedule (lịch công tác tuần) as offices publish it: one block per
 * weekday, then time, content, participants, venue, chair. Shared by the signed-in
 * /schedule and the public /lich-cong-tac (which passes linkConferences = false).
 * Prints on A4; on a phone each conference becomes a card, its cells labelled by the
 * column rules of .dt (as DataTable's), so a week of fifty conferences carries no
 * label or class on each of its cells.
 */
export async function WeeklySchedule({ week, rows, linkConferences }: { week: WeekRange; rows: ScheduleRow[]; linkConferences: boolean }) {
  const t = await getTranslations("schedule");
  const weekdays = t.raw("weekdays") as string[];
  const groups = groupByLocalDay(rows, week.days);
  const headers = [t("time"), t("content"), t("participants"), t("venue"), t("chair")];
  const { name, style } = columnLabels(headers.map((header) => ({ header })));
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
          <tbody key={day} className="block sm:table-row-group print:table-row-group">
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
              dayRows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <span className="font-semibold tabular-nums">{scheduleTime(row.startsAt)}</span>
                  </td>
                  <td>{contentCell(row, linkConferences, t)}</td>
                  <td>{participants(row, t)}</td>
                  <td>{row.venue ?? ""}</td>
                  <td>{row.chairName ? (row.chairPosition ? `${row.chairName} (${row.chairPosition})` : row.chairName) : ""}</td>
                </tr>
              ))
            )}
          </tbody>
        ))}
      </table>
    </>
  );
}
