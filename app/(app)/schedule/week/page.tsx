import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { CalendarGrid } from "@/components/schedule/calendar-grid";
import { ScheduleNav, ScheduleViews } from "@/components/schedule/schedule-nav";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listScheduleConferences } from "@/lib/schedule/queries";
import { SCHEDULE_DAY_LIMITS, weekOf } from "@/lib/schedule/rules";
import { firstParam } from "@/lib/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("schedule");
  return { title: t("weekTitle") };
}

/** /schedule/week?week=2012-07-02 — the week as a seven-column grid (a list by day on a phone). */
export default async function WeekGridPage({ searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  const week = weekOf(firstParam((await searchParams).week));
  const audience = { kind: "user", user, includeDrafts: can(user, "conferences.manage") } as const;
  const rows = await listScheduleConferences(getDb(), week, audience, { perDay: SCHEDULE_DAY_LIMITS.weekGrid });
  const t = await getTranslations("schedule");
  return (
    <>
      <PageHeader title={t("weekTitle")} intro={t("weekRange", { from: formatDate(week.days[0]), to: formatDate(week.days[6]) })} />
      <ScheduleViews current="week" />
      <ScheduleNav
        previousHref={`/schedule/week?week=${week.previous}`}
        currentHref="/schedule/week"
        nextHref={`/schedule/week?week=${week.next}`}
        previousLabel={t("previousWeek")}
        currentLabel={t("thisWeek")}
        nextLabel={t("nextWeek")}
        jump={{ action: "/schedule/week", name: "week", type: "date", label: t("jumpWeek"), value: week.monday }}
      />
      <CalendarGrid weeks={[week.days]} rows={rows} />
    </>
  );
}
