import { formatNumber } from "@/lib/format";
import { barRect, chartGeometry, DEFAULT_BOX, labelEvery, linePath, niceScale } from "@/lib/indicators/chart-scale";

/*
 * A chart drawn on the server as inline SVG: no chart library and no client JavaScript. The
 * viewBox scales it to the column (width 100%), down to a 360 px phone. It is a picture
 * (role="img" with a summary in aria-label); the figures themselves are in the table that
 * always follows it, which is what screen readers and careful readers use.
 */

export interface ChartSeries {
  label: string;
  /** Display-only numbers (Number of the decimal string); null where there is no value. */
  values: (number | null)[];
  type: "line" | "bar";
  tone: "brand" | "grey";
}

export interface ChartCategory {
  /** Two short lines under the axis: "Quý III" / "2012". */
  line1: string;
  line2: string;
}

const FONT = 12;

const toneClass = {
  brand: { fill: "fill-brand-600", stroke: "stroke-brand-600", swatch: "bg-brand-600" },
  grey: { fill: "fill-slate-400", stroke: "stroke-slate-400", swatch: "bg-slate-400" },
} as const;

export function TrendChart({ title, ariaLabel, categories, series }: { title: string; ariaLabel: string; categories: ChartCategory[]; series: ChartSeries[] }) {
  // Room on the left for the longest tick label ("1.500.000" needs more than "80").
  const tickLabels = niceScale(series.flatMap((s) => s.values.filter((v): v is number => v !== null))).ticks.map((tick) => formatNumber(tick));
  const left = Math.max(36, Math.max(...tickLabels.map((label) => label.length)) * FONT * 0.6 + 12);
  const box = { ...DEFAULT_BOX, margin: { ...DEFAULT_BOX.margin, left } };
  const geometry = chartGeometry(
    series.map((s) => s.values),
    box,
  );
  const { plot, baseline, band, categoryX } = geometry;
  const every = labelEvery(categories.length, band, Math.max(0, ...categories.map((c) => Math.max(c.line1.length, c.line2.length))), FONT);
  const bars = series.map((s, index) => ({ s, index })).filter(({ s }) => s.type === "bar");
  const barWidth = bars.length > 0 ? Math.min(40, (band * 0.7) / bars.length) : 0;

  return (
    <figure className="max-w-2xl">
      <svg viewBox={`0 0 ${box.width} ${box.height}`} width="100%" role="img" aria-label={ariaLabel} className="block h-auto" fontSize={FONT}>
        <title>{title}</title>
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className="stroke-slate-200" strokeWidth={1} />
            <text x={plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end" className="fill-slate-700">
              {formatNumber(tick.value)}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={baseline} y2={baseline} className="stroke-slate-600" strokeWidth={1} />
        {bars.map(({ s, index }, barIndex) =>
          geometry.points[index].map((point, i) => {
            if (!point) return null;
            const centre = categoryX[i] + (barIndex - (bars.length - 1) / 2) * barWidth;
            const rect = barRect(baseline, point, centre, Math.max(1, barWidth - 2));
            return <rect key={`${s.label}-${i}`} {...rect} className={toneClass[s.tone].fill} />;
          }),
        )}
        {series.map((s, index) =>
          s.type === "line" ? (
            <g key={s.label}>
              <path d={linePath(geometry.points[index])} fill="none" className={toneClass[s.tone].stroke} strokeWidth={2.5} />
              {geometry.points[index].map((point, i) => (point ? <circle key={i} cx={point.x} cy={point.y} r={3.5} className={toneClass[s.tone].fill} /> : null))}
            </g>
          ) : null,
        )}
        {categories.map((category, i) =>
          i % every === 0 ? (
            <text key={i} x={categoryX[i]} y={plot.bottom + 16} textAnchor="middle" className="fill-slate-700">
              <tspan x={categoryX[i]}>{category.line1}</tspan>
              <tspan x={categoryX[i]} dy="1.2em">
                {category.line2}
              </tspan>
            </text>
          ) : null,
        )}
      </svg>
      {series.length > 1 ? (
        <figcaption aria-hidden="true" className="mt-1 flex flex-wrap gap-4 text-sm text-slate-700">
          {series.map((s) => (
            <span key={s.label} className="inline-flex items-center gap-1.5">
              <span className={`inline-block size-3 rounded-sm ${toneClass[s.tone].swatch}`} />
              {s.label}
            </span>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}
