"use client";
import type { ScheduleEntry } from "./schedule-day-rows";

/**
 * A day's conferences in the week and month grids (components/schedule/calendar-grid.tsx),
 * as words formatted on the server: the page's RSC data carries each entry's time, title
 * and status, not its elements (a month's grid sent 94 KB of RSC data as elements).
 */
export type CalendarEntry = Pick<ScheduleEntry, "id" | "time" | "title"> & {
  /** A cancelled or postponed conference: struck through, its status in strong words after it (drafts are not marked here). */
  mark?: { status: "cancelled" | "postponed"; text: string };
};

const markClass = { cancelled: "font-semibold text-red-800", postponed: "font-semibold text-amber-800" } as const;
const LINK = "block rounded bg-brand-50 px-1 py-0.5 text-brand-800 hover:underline";

export function CalendarDayList({ entries }: { entries: CalendarEntry[] }) {
  return (
    <ul className="mt-1 space-y-1 sm:mt-0">
      {entries.map((entry) => (
        <li key={entry.id} className="text-xs sm:text-[0.8rem]">
          {/* A plain anchor, as in the weekly table: following it is a full navigation. */}
          <a href={`/conferences/${entry.id}`} className={entry.mark ? `${LINK} line-through` : LINK}>
            <span className="font-semibold tabular-nums">{entry.time}</span> {entry.title}
          </a>
          {entry.mark ? <span className={markClass[entry.mark.status]}> {entry.mark.text}</span> : null}
        </li>
      ))}
    </ul>
  );
}
