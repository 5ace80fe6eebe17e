import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";

/** A date (or month) picker that opens the view on any week or month in one step: a plain GET form. */
export interface ScheduleJump {
  /** The view's own path and its search parameter ("week" takes any day of the week, "month" yyyy-MM). */
  action: string;
  name: "week" | "month";
  type: "date" | "month";
  label: string;
  value: string;
}

/** Previous / this / next links for a schedule view, and the picker; hidden on paper. */
export async function ScheduleNav({
  previousHref,
  currentHref,
  nextHref,
  previousLabel,
  currentLabel,
  nextLabel,
  jump,
}: {
  previousHref: string;
  currentHref: string;
  nextHref: string;
  previousLabel: string;
  currentLabel: string;
  nextLabel: string;
  jump?: ScheduleJump;
}) {
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
      {jump ? (
        <form action={jump.action} method="get" className="flex flex-wrap items-center gap-2 sm:ml-auto">
          <label htmlFor="schedule-jump" className="text-sm font-semibold text-slate-900">
            {jump.label}
          </label>
          <input id="schedule-jump" name={jump.name} type={jump.type} defaultValue={jump.value} required className="rounded border-2 border-slate-600 bg-white px-2 py-1 text-base" />
          <button type="submit" className={link}>
            {t("jumpSubmit")}
          </button>
        </form>
      ) : null}
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
