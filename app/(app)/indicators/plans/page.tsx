import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { PlanForm } from "@/components/indicators/plan-form";
import { SelectField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { todayInVietnam } from "@/lib/directory/rules";
import { listPlanAgencies, listPlanRows } from "@/lib/indicators/catalogue-queries";
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from "@/lib/indicators/catalogue-validation";
import { firstParam } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("indicators.plans");
  return { title: t("title") };
}

/**
 * /indicators/plans?year=2012&agency=ID — the year's targets (indicators.plan): without an
 * agency the department's (province's) plan of every indicator followed that year; with one,
 * that unit's own plan for the indicators it reports, the base of its reports' "% of plan".
 */
export default async function PlansPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("indicators.plan");
  const t = await getTranslations("indicators");
  const params = await searchParams;
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const asked = Number(firstParam(params.year));
  const year = Number.isInteger(asked) && asked >= PLAN_YEAR_MIN && asked <= PLAN_YEAR_MAX ? asked : thisYear;
  const db = getDb();
  const agencies = await listPlanAgencies(db);
  const agency = agencies.find((a) => String(a.id) === firstParam(params.agency)) ?? null;
  const sections = await listPlanRows(db, year, agency?.id ?? null);
  // Recent years first; the asked year is always offered, however old.
  const years = [...new Set([...Array.from({ length: thisYear + 2 - 2000 + 1 }, (_, i) => thisYear + 2 - i), year])].sort((a, b) => b - a);
  // The form remounts when any plan changed, so its hidden versions are the ones just saved.
  const formKey = `${year}:${agency?.id ?? ""}:${sections.flatMap((s) => s.rows.map((r) => `${r.item.id}.${r.item.plan?.version ?? 0}`)).join(",")}`;
  return (
    <>
      <PageHeader
        title={agency ? t("plans.headingUnit", { year, agency: agency.name }) : t("plans.heading", { year })}
        intro={agency ? t("plans.introUnit") : t("plans.intro")}
        back={
          <Link href="/indicators" className="text-brand-700 underline">
            ← {t("back")}
          </Link>
        }
      />
      <FilterForm action="/indicators/plans" filtered={false} submitLabel={t("plans.show")} clearLabel="" gridClassName="sm:grid-cols-[12rem_minmax(0,28rem)_auto] sm:items-end">
        <SelectField name="year" label={t("plans.year")} defaultValue={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <SelectField
          name="agency"
          label={t("plans.agency")}
          defaultValue={agency ? String(agency.id) : ""}
          placeholder={t("plans.department")}
          options={agencies.map((a) => ({ value: String(a.id), label: a.name }))}
        />
      </FilterForm>
      {firstParam(params.saved) === "1" ? (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {agency ? t("plans.savedUnit", { year, agency: agency.name }) : t("plans.saved", { year })}
        </p>
      ) : null}
      {sections.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{agency ? t("plans.emptyUnit", { year, agency: agency.name }) : t("plans.empty", { year })}</p>
      ) : (
        <PlanForm key={formKey} year={year} agencyId={agency?.id ?? null} sections={sections} />
      )}
    </>
  );
}
