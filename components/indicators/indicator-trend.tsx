import { getTranslations } from "@/lib/i18n/server";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { SelectField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatNumber } from "@/lib/format";
import { comparisonsDisagree, type YearOnYear } from "@/lib/indicators/compute";
import type { IndicatorRow } from "@/lib/indicators/catalogue-queries";
import type { TrendAgency } from "@/lib/indicators/trend-queries";
import type { Trend, TrendPoint } from "@/lib/indicators/trend-series";
import { parsePeriod, type PeriodKind, periodLabelParts } from "@/lib/periods";
import { type ChartCategory, TrendChart } from "./trend-chart";

const kindKey = (kind: PeriodKind) => (kind === "9M" ? "NineMonths" : kind);
const isZero = (decimal: string) => /^-?0*(\.0*)?$/.test(decimal);

/**
 * "Diễn biến số liệu qua các kỳ": the chosen agency's figures of one kind of period as a line,
 * and where annual plans exist, actual against plan as bars; each chart followed by a table
 * with the same figures and the computed comparisons (never against an invented base).
 */
export async function IndicatorTrend({ indicator, agencies, agencyId, trend }: { indicator: IndicatorRow; agencies: TrendAgency[]; agencyId: number | null; trend: Trend }) {
  const t = await getTranslations("indicators.trend");
  const tv = await getTranslations("indicators.valueStatuses");
  const periodLabel = await getPeriodLabel();
  const agency = agencies.find((a) => a.id === agencyId);

  const heading = (
    <>
      <h2 id="trend" className="mb-1 text-lg font-bold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("caption")}</p>
    </>
  );
  if (!agency || trend.kind === null) {
    return (
      <section aria-labelledby="trend" className="mt-8">
        {heading}
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t("empty")}</p>
      </section>
    );
  }

  const kindName = t(`kinds.${kindKey(trend.kind)}`);
  const figure = (value: string | null) => (value === null ? "—" : formatNumber(value, indicator.decimals));
  const percent = (value: string) => formatNumber(value);
  const names = { indicator: indicator.nameVi, agency: agency.name, unit: indicator.unit };
  const axis = (code: string): ChartCategory => {
    const parts = periodLabelParts(code);
    return { line1: parts ? t(`axis.${parts.key}`, parts.values) : code, line2: String(parsePeriod(code)?.year ?? "") };
  };
  const yoyText = (yoy: YearOnYear) => {
    const ratio = percent(yoy.ratio);
    if (isZero(yoy.growth)) return t("yoySame", { ratio });
    return yoy.growth.startsWith("-") ? t("yoyDown", { ratio, growth: percent(yoy.growth.slice(1)) }) : t("yoyUp", { ratio, growth: percent(yoy.growth) });
  };
  const yoyCell = (point: TrendPoint) => (
    <span className="flex flex-col gap-1">
      <span>{point.yearOnYear ? yoyText(point.yearOnYear) : t("noBase")}</span>
      {point.reportedGrowthPercent !== null ? <span className="text-sm text-slate-600">{t("reportedGrowth", { growth: percent(point.reportedGrowthPercent) })}</span> : null}
      {point.yearOnYear && comparisonsDisagree(point.yearOnYear.growth, point.reportedGrowthPercent) ? <Tag tone="yellow">{t("disagree")}</Tag> : null}
    </span>
  );

  const points = trend.points;
  const [firstPoint, lastPoint] = [points[0], points[points.length - 1]];
  const planPoints = points.filter((point) => point.plan !== null);
  const lastPlan = planPoints[planPoints.length - 1];

  return (
    <section aria-labelledby="trend" className="mt-8">
      {heading}
      <FilterForm action={`/indicators/${indicator.id}#trend`} filtered={false} submitLabel={t("show")} clearLabel="" gridClassName="md:grid-cols-[1fr_14rem_auto] md:items-end">
        <SelectField name="agency" label={t("agency")} defaultValue={String(agency.id)} options={agencies.map((a) => ({ value: String(a.id), label: t("agencyOption", { name: a.name, count: a.values }) }))} />
        <SelectField name="kind" label={t("kind")} defaultValue={trend.kind} options={trend.kinds.map((k) => ({ value: k.kind, label: t("kindOption", { kind: t(`kinds.${kindKey(k.kind)}`), count: k.count }) }))} />
      </FilterForm>

      <h3 className="mb-2 font-bold">{t("chartTitle", { ...names, kind: kindName })}</h3>
      <TrendChart
        title={t("chartTitle", { ...names, kind: kindName })}
        ariaLabel={t("chartLabel", {
          ...names,
          count: points.length,
          first: periodLabel(firstPoint.periodCode),
          firstValue: figure(firstPoint.value),
          last: periodLabel(lastPoint.periodCode),
          lastValue: figure(lastPoint.value),
        })}
        categories={points.map((point) => axis(point.periodCode))}
        series={[{ label: t("actual"), values: points.map((point) => Number(point.value)), type: "line", tone: "brand" }]}
      />
      <div className="mt-3">
        <DataTable
          caption={t("tableCaption", names)}
          empty={t("empty")}
          rows={points}
          rowKey={(point) => point.periodCode}
          columns={[
            { key: "period", header: t("period"), cell: (point) => periodLabel(point.periodCode) },
            { key: "value", header: t("value", { unit: indicator.unit }), numeric: true, cell: (point) => figure(point.value) },
            { key: "status", header: t("valueStatus"), cell: (point) => tv(point.status) },
            { key: "previous", header: t("previous"), numeric: true, cell: (point) => figure(point.previousValue) },
            ...(indicator.kind === "ratio" ? [] : [{ key: "yoy", header: t("yoy"), cell: yoyCell }]),
          ]}
        />
      </div>

      {lastPlan ? (
        <div className="mt-8">
          <h3 className="mb-1 font-bold">{t("planTitle")}</h3>
          <p className="mb-3 text-sm text-slate-700">{t("planIntro")}</p>
          <TrendChart
            title={t("planTitle")}
            ariaLabel={t("planChartLabel", {
              ...names,
              count: planPoints.length,
              last: periodLabel(lastPlan.periodCode),
              value: figure(lastPlan.value),
              percent: lastPlan.percentOfPlan === null ? "—" : percent(lastPlan.percentOfPlan),
            })}
            categories={planPoints.map((point) => axis(point.periodCode))}
            series={[
              { label: t("actual"), values: planPoints.map((point) => Number(point.value)), type: "bar", tone: "brand" },
              { label: t("plan"), values: planPoints.map((point) => Number(point.plan)), type: "bar", tone: "grey" },
            ]}
          />
          <div className="mt-3">
            <DataTable
              caption={t("planTableCaption", names)}
              empty={t("noPlan")}
              rows={planPoints}
              rowKey={(point) => point.periodCode}
              columns={[
                { key: "period", header: t("period"), cell: (point) => periodLabel(point.periodCode) },
                { key: "actual", header: t("actual"), numeric: true, cell: (point) => figure(point.value) },
                { key: "plan", header: t("plan"), numeric: true, cell: (point) => figure(point.plan) },
                {
                  key: "percent",
                  header: t("percentOfPlan"),
                  numeric: true,
                  cell: (point) => (
                    <span className="flex flex-col gap-1 sm:items-end">
                      <span>{point.percentOfPlan === null ? "—" : `${percent(point.percentOfPlan)}%`}</span>
                      {point.reportedPlanPercent !== null ? <span className="text-sm text-slate-600">{t("reportedPlan", { percent: percent(point.reportedPlanPercent) })}</span> : null}
                      {comparisonsDisagree(point.percentOfPlan, point.reportedPlanPercent) ? <Tag tone="yellow">{t("disagree")}</Tag> : null}
                    </span>
                  ),
                },
              ]}
            />
          </div>
        </div>
      ) : null}
    </section>
  );
}
