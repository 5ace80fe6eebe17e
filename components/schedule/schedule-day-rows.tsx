"use client";

/**
 * One conference on the weekly schedule, formatted and translated on the server
 * (components/schedule/weekly-schedule.tsx). Plain words, so a week of two hundred
 * conferences sends its words in the page's RSC data, not two hundred rows of elements.
 */
export interface ScheduleEntry {
  id: number;
  time: string;
  title: string;
  /** The conference's page on the signed-in schedule; none on the public one. */
  href?: string;
  /** A cancelled or postponed conference (struck through) or a draft, with its status in words. */
  mark?: { status: "cancelled" | "postponed" | "draft"; text: string };
  participants: string;
  venue: string;
  chair: string;
}

// A cancelled or postponed conference stays on the schedule, struck through and marked in strong words.
const markClass = {
  cancelled: "ml-2 rounded bg-red-100 px-1.5 text-red-900",
  postponed: "ml-2 rounded bg-amber-100 px-1.5 text-amber-900",
  draft: "ml-2 rounded bg-slate-200 px-1.5 text-slate-800",
} as const;

function Title({ entry }: { entry: ScheduleEntry }) {
  // A plain anchor, like the rows of every word table: following a row is a full navigation.
  const title = entry.href ? (
    <a href={entry.href} className="text-brand-700 underline print:text-black print:no-underline">
      {entry.title}
    </a>
  ) : (
    entry.title
  );
  const { mark } = entry;
  if (!mark) return title;
  if (mark.status === "draft") {
    return (
      <span>
        {title}
        <span className={markClass.draft}>{mark.text}</span>
      </span>
    );
  }
  return (
    <span>
      <span className="line-through">{title}</span>
      <strong className={markClass[mark.status]}>{mark.text}</strong>
    </span>
  );
}

/** A day's conferences as rows of the schedule table: time, content, participants, venue, chair. */
export function ScheduleDayRows({ entries }: { entries: ScheduleEntry[] }) {
  return entries.map((entry) => (
    <tr key={entry.id}>
      <td>
        <span className="font-semibold tabular-nums">{entry.time}</span>
      </td>
      <td>
        <Title entry={entry} />
      </td>
      <td>{entry.participants}</td>
      <td>{entry.venue}</td>
      <td>{entry.chair}</td>
    </tr>
  ));
}
