import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { SummaryList } from "@/components/ui/summary-list";
import { formatDate, formatNumber } from "@/lib/format";
import type { IndicatorDetail } from "@/lib/indicators/catalogue-queries";
import { IndicatorStatusTag } from "./indicator-status-tag";

/** The indicator as a summary list, then its annual plans. */
export async function IndicatorSummary({ detail, today, canPlan }: { detail: IndicatorDetail; today: string; canPlan: boolean }) {
  const t = await getTranslations("indicators");
  const ts = await getTranslations("sectors");
  const tc = await getTranslations("common");
  const { indicator, parent, children, reporters } = detail;
  // The department's (province's) plans; a unit's own plans are read with its figures.
  const plans = detail.plans.filter((plan) => plan.agencyId === null);
  const validity = [indicator.validFrom ? t("detail.validFrom", { date: formatDate(indicator.validFrom) }) : null, indicator.validTo ? t("detail.validTo", { date: formatDate(indicator.validTo) }) : null]
    .filter(Boolean)
    .join(" · ");
  const linkTo = (row: { id: number; code: string; nameVi: string }) => (
    <Link href={`/indicators/${row.id}`} className="text-brand-700 underline">
      {`${row.code} — ${row.nameVi}`}
    </Link>
  );
  return (
    <>
      <SummaryList
        rows={[
          { label: t("fields.code"), value: <span className="font-mono">{indicator.code}</span> },
          { label: t("fields.nameVi"), value: indicator.nameVi },
          { label: t("fields.nameEn"), value: indicator.nameEn },
          { label: t("fields.unit"), value: indicator.unit },
          { label: t("fields.sector"), value: ts(indicator.sector) },
          { label: t("fields.kind"), value: t(`kinds.${indicator.kind}`) },
          { label: t("fields.decimals"), value: formatNumber(indicator.decimals) },
          { label: t("fields.nonNegative"), value: indicator.nonNegative ? tc("yes") : tc("no") },
          { label: t("detail.parent"), value: parent ? linkTo(parent) : t("detail.none") },
          {
            label: t("detail.children"),
            value:
              children.length === 0 ? (
                t("detail.none")
              ) : (
                <ul className="space-y-1">
                  {children.map((child) => (
                    <li key={child.id}>{linkTo(child)}</li>
                  ))}
                </ul>
              ),
          },
          {
            label: t("detail.reporters"),
            value:
              reporters.length === 0 ? (
                t("detail.none")
              ) : (
                <ul className="list-disc space-y-0.5 pl-5">
                  {reporters.map((agency) => (
                    <li key={agency.id}>{agency.name}</li>
                  ))}
                </ul>
              ),
          },
          {
            label: t("detail.validity"),
            value: (
              <span className="flex flex-wrap items-center gap-2">
                <IndicatorStatusTag indicator={indicator} today={today} />
                <span className="text-sm text-slate-700">{validity || t("detail.always")}</span>
              </span>
            ),
          },
        ]}
      />
      <section aria-labelledby="plans" className="mt-8">
        <h2 id="plans" className="mb-3 text-lg font-bold">
          {t("detail.plans")}
        </h2>
        {plans.length === 0 ? (
          <p className="text-slate-700">{t("detail.plansEmpty")}</p>
        ) : (
          <table className="w-full max-w-md border-collapse bg-white text-sm">
            <caption className="sr-only">{t("detail.plans")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="border-b border-slate-300 px-3 py-2 text-left">
                  {t("detail.planYear")}
                </th>
                <th scope="col" className="border-b border-slate-300 px-3 py-2 text-right">
                  {`${t("detail.planTarget")} (${indicator.unit})`}
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr key={plan.id} className="border-b border-slate-200">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {plan.year}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(plan.target, indicator.decimals)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canPlan ? (
          <p className="no-print mt-3 text-sm">
            <Link href={`/indicators/plans?year=${plans.at(-1)?.year ?? today.slice(0, 4)}`} className="link">
              {t("detail.editPlans")}
            </Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
