import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { CalendarGrid } from "@/components/schedule/calendar-grid";
import { ScheduleNav, ScheduleViews } from "@/components/schedule/schedule-nav";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listScheduleConferences } from "@/lib/schedule/queries";
import { addDays, monthOf, SCHEDULE_DAY_LIMITS, startOfLocalDay } from "@/lib/schedule/rules";
import { firstParam } from "@/lib/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("schedule");
  return { title: t("monthTitle") };
}

/** /schedule/month?month=2012-07 — the month as a grid of weeks (a list by day on a phone). */
export default async function MonthPage({ searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  const month = monthOf(firstParam((await searchParams).month));
  // The grid shows the edges of the neighbouring months too, so read its whole span.
  const days = month.weeks.flat();
  const span = { from: startOfLocalDay(days[0]), to: startOfLocalDay(addDays(days[days.length - 1], 1)) };
  const audience = { kind: "user", user, includeDrafts: can(user, "conferences.manage") } as const;
  const rows = await listScheduleConferences(getDb(), span, audience, { perDay: SCHEDULE_DAY_LIMITS.monthGrid });
  const t = await getTranslations("schedule");
  const [year, monthNumber] = month.month.split("-");
  return (
    <>
      <PageHeader title={t("monthHeading", { month: Number(monthNumber), year })} />
      <ScheduleViews current="month" />
      <ScheduleNav
        previousHref={`/schedule/month?month=${month.previous}`}
        currentHref="/schedule/month"
        nextHref={`/schedule/month?month=${month.next}`}
        previousLabel={t("previousMonth")}
        currentLabel={t("thisMonth")}
        nextLabel={t("nextMonth")}
        jump={{ action: "/schedule/month", name: "month", type: "month", label: t("jumpMonth"), value: month.month }}
      />
      <CalendarGrid weeks={month.weeks} rows={rows} month={month.month} />
    </>
  );
}
