"use client";
import { element, fragment, type Markup } from "@/lib/ui/html";
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

// A plain anchor, as in the weekly table: following it is a full navigation.
function entryHtml(entry: CalendarEntry): Markup {
  return element(
    "li",
    null,
    element("a", { href: `/conferences/${entry.id}`, class: entry.mark ? "struck" : undefined }, element("b", null, entry.time), " ", entry.title),
    entry.mark ? element("span", { class: `cal-${entry.mark.status}` }, " ", entry.mark.text) : null,
  );
}

/**
 * The entries as one string of markup (lib/ui/html.ts) with the .cal-list rules of
 * app/globals.css: a month shows up to 170 of them, and with a hundred characters of utility
 * classes each, a month's page was 113 KB of HTML; it is 84 KB (a phone on a slow network
 * gets it sooner). The server's CPU per view did not change measurably (A/B both ways).
 */
export function CalendarDayList({ entries }: { entries: CalendarEntry[] }) {
  return <ul className="cal-list" dangerouslySetInnerHTML={{ __html: fragment(...entries.map(entryHtml)).html }} />;
}
