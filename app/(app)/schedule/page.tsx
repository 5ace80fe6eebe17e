import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ScheduleNav, ScheduleViews } from "@/components/schedule/schedule-nav";
import { WeeklySchedule, WholeWeekNotice } from "@/components/schedule/weekly-schedule";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { weeklyTableParams } from "@/lib/schedule/params";
import { listScheduleConferences } from "@/lib/schedule/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("schedule");
  return { title: t("title") };
}

/**
 * /schedule?week=2012-07-02 (any date in the week) — the weekly work schedule, printable on
 * A4: up to SCHEDULE_DAY_LIMITS.table conferences a day, or the whole week with &all=1.
 */
export default async function SchedulePage({ searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  const { week, whole, perDay } = weeklyTableParams(await searchParams);
  const audience = { kind: "user", user, includeDrafts: can(user, "conferences.manage") } as const;
  const rows = await listScheduleConferences(getDb(), week, audience, { perDay });
  const t = await getTranslations("schedule");
  return (
    <>
      <PageHeader title={t("title")} intro={t("weekRange", { from: formatDate(week.days[0]), to: formatDate(week.days[6]) })} />
      <ScheduleViews current="schedule" />
      <ScheduleNav
        previousHref={`/schedule?week=${week.previous}`}
        currentHref="/schedule"
        nextHref={`/schedule?week=${week.next}`}
        previousLabel={t("previousWeek")}
        currentLabel={t("thisWeek")}
        nextLabel={t("nextWeek")}
        jump={{ action: "/schedule", name: "week", type: "date", label: t("jumpWeek"), value: week.monday }}
      />
      {whole ? <WholeWeekNotice count={rows.length} compactHref={`/schedule?week=${week.monday}`} /> : null}
      <WeeklySchedule week={week} rows={rows} linkConferences path="/schedule" />
      <p className="no-print mt-4">
        <Link href="/account/calendar" className="link">
          {t("subscribe")}
        </Link>
      </p>
    </>
  );
}
