import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ScheduleNav } from "@/components/schedule/schedule-nav";
import { WeeklySchedule, WholeWeekNotice } from "@/components/schedule/weekly-schedule";
import { getDb } from "@/db/client";
import { formatDate } from "@/lib/format";
import { weeklyTableParams } from "@/lib/schedule/params";
import { listScheduleConferences } from "@/lib/schedule/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("schedule");
  return { title: t("publicTitle") };
}

// Read at request time: the schedule changes and the week depends on today.
export const dynamic = "force-dynamic";

/**
 * /lich-cong-tac?week=2012-07-02 — the public weekly schedule, without sign-in: only
 * conferences marked "public on schedule" and not drafts, no links into the app.
 */
export default async function PublicSchedulePage({ searchParams }: Props) {
  const { week, whole, perDay } = weeklyTableParams(await searchParams);
  const rows = await listScheduleConferences(getDb(), week, { kind: "public" }, { perDay });
  const t = await getTranslations("schedule");
  return (
    <main className="mx-auto max-w-6xl px-3 py-6 sm:px-6">
      <header className="mb-4">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("publicTitle")}</h1>
        <p className="mt-1 text-slate-700">{t("weekRange", { from: formatDate(week.days[0]), to: formatDate(week.days[6]) })}</p>
      </header>
      <ScheduleNav
        previousHref={`/lich-cong-tac?week=${week.previous}`}
        currentHref="/lich-cong-tac"
        nextHref={`/lich-cong-tac?week=${week.next}`}
        previousLabel={t("previousWeek")}
        currentLabel={t("thisWeek")}
        nextLabel={t("nextWeek")}
      />
      {whole ? <WholeWeekNotice count={rows.length} compactHref={`/lich-cong-tac?week=${week.monday}`} /> : null}
      <WeeklySchedule week={week} rows={rows} linkConferences={false} path="/lich-cong-tac" />
    </main>
  );
}
