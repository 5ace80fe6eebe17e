import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ScheduleNav, ScheduleViews } from "@/components/schedule/schedule-nav";
import { WeeklySchedule } from "@/components/schedule/weekly-schedule";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { oneParam } from "@/lib/schedule/params";
import { listScheduleConferences } from "@/lib/schedule/queries";
import { weekOf } from "@/lib/schedule/rules";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("schedule");
  return { title: t("title") };
}

/** /schedule?week=2012-07-02 (any date in the week) — the weekly work schedule, printable on A4. */
export default async function SchedulePage({ searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  const week = weekOf(oneParam((await searchParams).week));
  const rows = await listScheduleConferences(getDb(), week, { kind: "user", user, includeDrafts: can(user, "conferences.manage") });
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
      <WeeklySchedule week={week} rows={rows} linkConferences />
      <p className="no-print mt-4">
        <Link href="/account/calendar" className="font-semibold text-brand-700 underline">
          {t("subscribe")}
        </Link>
      </p>
    </>
  );
}
