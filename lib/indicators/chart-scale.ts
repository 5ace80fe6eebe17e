/*
 * Geometry of the indicator charts (components/indicators/trend-chart.tsx), kept pure so it is
 * tested without rendering. The charts are drawn on the server as inline SVG with a fixed
 * viewBox and width 100%, so they need no client JavaScript and shrink to a 360 px phone.
 * Coordinates are display-only: the figures themselves are printed from the decimal strings
 * in the table beside the chart, never from these floats.
 */

export interface NiceScale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/** 1, 2, 5 or 10 times a power of ten, the steps people read axes in. */
function niceNumber(value: number, round: boolean): number {
  const exponent = Math.floor(Math.log10(value));
  const fraction = value / 10 ** exponent;
  let nice: number;
  if (round) nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
  else nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * 10 ** exponent;
}

/** Digits after the decimal point of a 1-2-5 step (0.05 → 2, 20 → 0), so ticks print without float noise. */
function stepDecimals(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/**
 * An axis from 0 (bars start at zero, and a line chart that starts elsewhere exaggerates a
 * change) to a round number above the largest value, with about `maxTicks` round ticks.
 * Negative values extend the axis below zero.
 */
export function niceScale(values: readonly number[], maxTicks = 5): NiceScale {
  const finite = values.filter((value) => Number.isFinite(value));
  let low = Math.min(0, ...finite);
  let high = Math.max(0, ...finite);
  if (low === high) high = low + 1;
  const range = niceNumber(high - low, false);
  const step = niceNumber(range / Math.max(1, maxTicks - 1), true);
  const decimals = stepDecimals(step);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let i = 0; low + i * step <= high + step / 2; i++) ticks.push(Number((low + i * step).toFixed(decimals)));
  return { min: ticks[0], max: ticks[ticks.length - 1], step, ticks };
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the axis labels: left for the ticks, bottom for the periods. */
  margin: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_BOX: ChartBox = { width: 480, height: 280, margin: { top: 16, right: 12, bottom: 44, left: 64 } };

export interface Point {
  x: number;
  y: number;
}

export interface ChartGeometry {
  box: ChartBox;
  scale: NiceScale;
  /** The plotting area in viewBox units. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** y of each tick, for grid lines and labels. */
  ticks: { value: number; y: number }[];
  /** y of zero, where bars start. */
  baseline: number;
  /** Centre of each category (period) on the x axis. */
  categoryX: number[];
  /** Width of one category's slot. */
  band: number;
  /** One list per series; null where that series has no value for the category. */
  points: (Point | null)[][];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Places every value of every series: categories spread evenly across the plot, values on
 * one shared nice scale so a plan and its actual are comparable by eye.
 */
export function chartGeometry(series: readonly (readonly (number | null)[])[], box: ChartBox = DEFAULT_BOX): ChartGeometry {
  const count = Math.max(0, ...series.map((values) => values.length));
  const all = series.flat().filter((value): value is number => value !== null);
  const scale = niceScale(all);
  const plot = { left: box.margin.left, right: box.width - box.margin.right, top: box.margin.top, bottom: box.height - box.margin.bottom };
  const yOf = (value: number) => round2(plot.bottom - ((value - scale.min) / (scale.max - scale.min)) * (plot.bottom - plot.top));
  const band = count > 0 ? (plot.right - plot.left) / count : 0;
  const categoryX = Array.from({ length: count }, (_, i) => round2(plot.left + band * (i + 0.5)));
  return {
    box,
    scale,
    plot,
    ticks: scale.ticks.map((value) => ({ value, y: yOf(value) })),
    baseline: yOf(0),
    categoryX,
    band: round2(band),
    points: series.map((values) => categoryX.map((x, i) => (values[i] === null || values[i] === undefined ? null : { x, y: yOf(values[i] as number) }))),
  };
}

/** An SVG path through the points; a missing value breaks the line rather than bridging the gap. */
export function linePath(points: readonly (Point | null)[]): string {
  const parts: string[] = [];
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? "L" : "M"}${point.x} ${point.y}`);
    drawing = true;
  }
  return parts.join(" ");
}

/** A bar from the baseline to the value (downwards for a negative value), `width` wide centred on `centre`. */
export function barRect(baseline: number, point: Point, centre: number, width: number): { x: number; y: number; width: number; height: number } {
  return { x: round2(centre - width / 2), y: Math.min(point.y, baseline), width: round2(width), height: round2(Math.abs(baseline - point.y)) };
}

/**
 * Show every n-th category label so the labels do not overlap: a label of `chars`
 * characters takes about 0.6 em per character at `fontSize`.
 */
export function labelEvery(count: number, band: number, chars: number, fontSize = 12): number {
  if (count === 0 || band <= 0) return 1;
  const needed = chars * fontSize * 0.6 + 6;
  return Math.max(1, Math.ceil(needed / band));
}
