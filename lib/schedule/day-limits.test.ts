import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { conferences } from "@/db/schema";
import { db } from "@/test/db";
import { countQueries } from "@/test/query-count";
import { createAgency, unique } from "@/test/factories";
import { listScheduleConferences } from "./queries";
import { weeklyTableParams } from "./params";
import { SCHEDULE_DAY_LIMITS, weekOf, wholeWeekHref } from "./rules";

// The views' words in Vietnamese, as a user reads them.
vi.mock("@/lib/i18n/server", () => import("@/test/vietnamese-translations"));
const { WeeklySchedule } = await import("@/components/schedule/weekly-schedule");
const { CalendarGrid } = await import("@/components/schedule/calendar-grid");

const secretariat = { kind: "user", user: { role: "secretariat", agencyId: null }, includeDrafts: false } as const;

/** `count` conferences on one local day from 07:00, a minute apart, in the order they were made. */
async function conferencesOn(day: string, count: number, values: Partial<typeof conferences.$inferInsert> = {}) {
  const host = await createAgency(db(), { name: unique("Sở Tài chính") });
  const rows = Array.from({ length: count }, (_, i) => {
    const startsAt = new Date(`${day}T00:${String(i).padStart(2, "0")}:00Z`);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    return { title: unique(`Giao ban ${i + 1}`), kind: "regular_briefing" as const, status: "scheduled" as const, startsAt, endsAt, hostAgencyId: host.id, ...values };
  });
  return db().insert(conferences).values(rows).returning({ id: conferences.id, status: conferences.status });
}

describe("a day's limit on the schedule", () => {
  it("applies to the weekly table unless ?all=1 asks for the whole week", () => {
    expect(weeklyTableParams({ week: "2033-03-09" })).toMatchObject({ whole: false, perDay: SCHEDULE_DAY_LIMITS.table });
    expect(weeklyTableParams({ week: "2033-03-09" }).week.monday).toBe("2033-03-07");
    expect(weeklyTableParams({ week: "2033-03-09", all: "1" })).toMatchObject({ whole: true, perDay: undefined });
    expect(weeklyTableParams({ all: ["1", "0"] }).whole).toBe(true);
    expect(weeklyTableParams({ all: "yes" }).whole).toBe(false);
  });

  it("keeps each day's first conferences by start, with the day's total, in one query", async () => {
    const week = weekOf("2033-03-09");
    const monday = await conferencesOn("2033-03-07", 6);
    const tuesday = await conferencesOn("2033-03-08", 2);
    // A draft the secretariat's schedule does not show is neither kept nor counted.
    await conferencesOn("2033-03-08", 1, { status: "draft" });

    const { result: rows, queries } = await countQueries(() => listScheduleConferences(db(), week, secretariat, { perDay: 4 }));
    expect(queries).toBe(1);
    expect(rows.map((row) => row.id)).toEqual([...monday.slice(0, 4), ...tuesday].map((row) => row.id));
    expect(rows.map((row) => row.dayTotal)).toEqual([6, 6, 6, 6, 2, 2]);

    const whole = await listScheduleConferences(db(), week, secretariat);
    expect(whole.map((row) => row.id)).toEqual([...monday, ...tuesday].map((row) => row.id));
    expect(whole.every((row) => row.dayTotal === (row.id <= monday.at(-1)!.id ? 6 : 2))).toBe(true);
  });

  it("ends a fuller day of the weekly table with how many more and a link to the whole week at that day", async () => {
    const week = weekOf("2033-05-11");
    await conferencesOn("2033-05-09", 5);
    await conferencesOn("2033-05-10", 1);
    const rows = await listScheduleConferences(db(), week, secretariat, { perDay: 3 });
    const html = renderToStaticMarkup(await WeeklySchedule({ week, rows, linkConferences: true, path: "/schedule" }));

    expect(html.match(/<a href="\/conferences\//g)).toHaveLength(4);
    expect(html).toContain("Còn 2 hội nghị khác trong ngày.");
    expect(html.match(/Còn \d+ hội nghị khác/g)).toHaveLength(1);
    const href = wholeWeekHref("/schedule", "2033-05-09");
    expect(href).toBe("/schedule?week=2033-05-09&all=1#day-2033-05-09");
    expect(html).toContain(`<a href="${href.replace("&", "&amp;")}" class="text-brand-700 underline">Xem đầy đủ cả tuần</a>`);
    // The link's anchor: the day's own block of the table.
    expect(html).toContain('<tbody id="day-2033-05-09"');

    const whole = await listScheduleConferences(db(), week, secretariat);
    const wholeHtml = renderToStaticMarkup(await WeeklySchedule({ week, rows: whole, linkConferences: true, path: "/schedule" }));
    expect(wholeHtml.match(/<a href="\/conferences\//g)).toHaveLength(6);
    expect(wholeHtml).not.toContain("hội nghị khác");
  });

  it("says +N in a calendar day, written once for the desktop grid and the phone's list, leading to the whole week at that day", async () => {
    const week = weekOf("2033-07-13");
    await conferencesOn("2033-07-12", 7);
    const rows = await listScheduleConferences(db(), week, secretariat, { perDay: 4 });
    const html = renderToStaticMarkup(await CalendarGrid({ weeks: [week.days], rows }));
    const more = `<a href="${wholeWeekHref("/schedule", "2033-07-12").replace("&", "&amp;")}"`;
    expect(html.split(more)).toHaveLength(2);
    expect(html.match(/\+3 hội nghị khác/g)).toHaveLength(1);
    expect(html.match(/<a href="\/conferences\//g)).toHaveLength(4);
  });

  it("strikes through a cancelled or postponed conference in a calendar day and says which, the title escaped", async () => {
    const week = weekOf("2033-09-14");
    const [cancelled] = await conferencesOn("2033-09-13", 1, { status: "cancelled", title: unique("Họp <Ban> & tổ") });
    const [scheduled] = await conferencesOn("2033-09-13", 1);
    const html = renderToStaticMarkup(await CalendarGrid({ weeks: [week.days], rows: await listScheduleConferences(db(), week, secretariat) }));
    expect(html).toMatch(new RegExp(`<a href="/conferences/${cancelled.id}" class="struck"><b>00:00</b> Họp &lt;Ban&gt; &amp; tổ`.replace("00:00", "\\d\\dh\\d\\d")));
    expect(html).toContain('<span class="cal-cancelled"> Đã hủy</span>');
    expect(html).toContain(`<a href="/conferences/${scheduled.id}"><b>`);
  });
});
