import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / this / next links for a schedule view; hidden on paper. */
export async function ScheduleNav({ previousHref, currentHref, nextHref, previousLabel, currentLabel, nextLabel }: { previousHref: string; currentHref: string; nextHref: string; previousLabel: string; currentLabel: string; nextLabel: string }) {
  const t = await getTranslations("schedule");
  const link = "rounded border-2 border-brand-600 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50";
  return (
    <nav aria-label={t("navLabel")} className="no-print mb-4 flex flex-wrap gap-2">
      <Link href={previousHref} className={link}>
        ← {previousLabel}
      </Link>
      <Link href={currentHref} className={link}>
        {currentLabel}
      </Link>
      <Link href={nextHref} className={link}>
        {nextLabel} →
      </Link>
    </nav>
  );
}

/** Tabs between the three schedule views. */
export async function ScheduleViews({ current }: { current: "schedule" | "week" | "month" }) {
  const t = await getTranslations("schedule");
  const views = [
    { key: "schedule", href: "/schedule", label: t("viewSchedule") },
    { key: "week", href: "/schedule/week", label: t("viewWeek") },
    { key: "month", href: "/schedule/month", label: t("viewMonth") },
  ] as const;
  return (
    <nav aria-label={t("viewsLabel")} className="no-print mb-4 flex flex-wrap gap-4 border-b border-slate-300">
      {views.map((view) => (
        <Link
          key={view.key}
          href={view.href}
          aria-current={view.key === current ? "page" : undefined}
          className={`-mb-px border-b-4 px-1 pb-2 font-semibold ${view.key === current ? "border-brand-600 text-slate-900" : "border-transparent text-brand-700 underline"}`}
        >
          {view.label}
        </Link>
      ))}
    </nav>
  );
}
