import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";
import { PageHeader } from "@/components/ui/page-header";
import { type Column, DataTable } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { createPeriodAction, openReportsAction } from "@/lib/indicators/report-actions";
import { listReportingAgencies, listReportingPeriods } from "@/lib/indicators/report-queries";
import { PERIOD_PARTS } from "@/lib/indicators/report-validation";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { todayInVietnam } from "@/lib/tasks/status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("newTitle") };
}

const ROMAN = ["I", "II", "III", "IV"];

/** /reports/new?period=2012-H1 — the secretariat creates a reporting period with its deadline and opens reports for it. */
export default async function NewReportingPeriodPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("reports.approve");
  const t = await getTranslations("reports");
  const tc = await getTranslations("common");
  const periodLabel = await getPeriodLabel();
  const raw = (await searchParams).period;
  const db = getDb();
  const [periods, agencies] = await Promise.all([listReportingPeriods(db), listReportingAgencies(db)]);
  const chosen = periods.find((p) => p.code === (Array.isArray(raw) ? raw[0] : raw))?.code ?? periods[0]?.code ?? "";
  const kindLabel = (part: (typeof PERIOD_PARTS)[number]) => {
    if (part.startsWith("Q")) return t("periodKinds.quarter", { quarter: ROMAN[Number(part.slice(1)) - 1] });
    if (part.startsWith("M")) return t("periodKinds.month", { month: Number(part.slice(1)) });
    return t(`periodKinds.${part === "9M" ? "nineMonths" : part}`);
  };
  const columns: Column<{ code: string; dueOn: string }>[] = [
    {
      key: "period",
      header: t("list.period"),
      cell: (p) => (
        <Link href={`/reports?period=${p.code}`} className="text-brand-700 underline">
          {periodLabel(p.code)}
        </Link>
      ),
    },
    { key: "due", header: t("list.dueOn"), cell: (p) => formatDate(p.dueOn) },
  ];
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        intro={t("newIntro")}
        back={
          <Link href="/reports" className="text-brand-700 underline">
            {t("title")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="create-period" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="create-period" className="mb-3 text-xl font-bold text-slate-900">
            {t("periodForm.title")}
          </h2>
          <ActionForm action={createPeriodAction} labels={await getFormLabels("reports.periodForm.submit")}>
            <TextField name="year" label={t("periodForm.year")} defaultValue={todayInVietnam().slice(0, 4)} inputMode="numeric" />
            <SelectField name="periodKind" label={t("periodForm.kind")} placeholder={t("periodForm.choose")} options={PERIOD_PARTS.map((part) => ({ value: part, label: kindLabel(part) }))} />
            <TextField name="dueOn" type="date" label={t("periodForm.dueOn")} hint={t("periodForm.dueOnHint")} optionalLabel={tc("optional")} />
          </ActionForm>
        </section>
        <section aria-labelledby="open-reports" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="open-reports" className="mb-3 text-xl font-bold text-slate-900">
            {t("openForm.title")}
          </h2>
          {periods.length === 0 ? (
            <p className="text-slate-700">{t("openForm.noPeriods")}</p>
          ) : (
            <ActionForm action={openReportsAction} labels={await getFormLabels("reports.openForm.submit", "reports.openOwn.sending")}>
              <SelectField name="periodCode" label={t("openForm.period")} defaultValue={chosen} options={periods.map((p) => ({ value: p.code, label: periodLabel(p.code) }))} />
              <SelectField
                name="agencyId"
                label={t("openForm.agency")}
                hint={t("openForm.agencyHint")}
                defaultValue="all"
                options={[{ value: "all", label: t("openForm.allAgencies") }, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
              />
            </ActionForm>
          )}
        </section>
      </div>
      <section aria-labelledby="periods" className="mt-8">
        <h2 id="periods" className="mb-2 text-xl font-bold text-slate-900">
          {t("periodForm.existing")}
        </h2>
        <DataTable caption={t("periodForm.existing")} empty={t("openForm.noPeriods")} rows={periods} rowKey={(p) => p.code} columns={columns} />
      </section>
    </>
  );
}
