import { describe, expect, it } from "vitest";
import { barRect, chartGeometry, DEFAULT_BOX, labelEvery, linePath, niceScale } from "./chart-scale";

describe("niceScale", () => {
  it("runs from zero to a round number above the largest value, in 1-2-5 steps", () => {
    expect(niceScale([468112, 430000])).toEqual({ min: 0, max: 500000, step: 100000, ticks: [0, 100000, 200000, 300000, 400000, 500000] });
    expect(niceScale([89.16, 72])).toMatchObject({ min: 0, max: 100, step: 20 });
    expect(niceScale([13.6])).toEqual({ min: 0, max: 15, step: 5, ticks: [0, 5, 10, 15] });
  });

  it("prints small steps without floating-point noise", () => {
    const scale = niceScale([0.3, 0.7]);
    expect(scale.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(scale.ticks.every((tick) => String(tick).length <= 3)).toBe(true);
  });

  it("extends below zero for negative values and keeps zero a tick", () => {
    const scale = niceScale([-35, 80]);
    expect(scale.min).toBeLessThanOrEqual(-35);
    expect(scale.max).toBeGreaterThanOrEqual(80);
    expect(scale.ticks).toContain(0);
  });

  it("gives a usable axis when every value is zero or there are none", () => {
    expect(niceScale([0, 0])).toMatchObject({ min: 0, max: 1 });
    expect(niceScale([])).toMatchObject({ min: 0, max: 1 });
  });
});

describe("chartGeometry", () => {
  const { margin, width, height } = DEFAULT_BOX;

  it("places periods left to right and larger values higher, on one scale for all series", () => {
    const g = chartGeometry([
      [100, 200, null],
      [400, 400, 400],
    ]);
    expect(g.scale).toMatchObject({ min: 0, max: 400 });
    expect(g.categoryX[0]).toBeLessThan(g.categoryX[1]);
    expect(g.categoryX[1]).toBeLessThan(g.categoryX[2]);
    expect(g.points[0][2]).toBeNull();
    const [a, b] = [g.points[0][0]!, g.points[0][1]!];
    expect(b.y).toBeLessThan(a.y);
    // 400 is the top of the scale: the top of the plot; 0 the bottom.
    expect(g.points[1][0]!.y).toBe(margin.top);
    expect(g.baseline).toBe(height - margin.bottom);
    expect(g.ticks.at(-1)).toEqual({ value: 400, y: margin.top });
    expect(g.categoryX.at(-1)! + g.band / 2).toBeCloseTo(width - margin.right, 1);
  });

  it("puts zero above the bottom when values go negative", () => {
    const g = chartGeometry([[-50, 100]]);
    expect(g.baseline).toBeLessThan(g.plot.bottom);
    expect(g.points[0][0]!.y).toBeGreaterThan(g.baseline);
  });
});

describe("linePath and barRect", () => {
  it("breaks the line at a missing value instead of bridging it", () => {
    expect(linePath([{ x: 1, y: 2 }, { x: 3, y: 4 }, null, { x: 5, y: 6 }])).toBe("M1 2 L3 4 M5 6");
    expect(linePath([null, null])).toBe("");
  });

  it("draws a bar from the baseline, downwards for a negative value", () => {
    expect(barRect(200, { x: 50, y: 120 }, 50, 20)).toEqual({ x: 40, y: 120, width: 20, height: 80 });
    expect(barRect(200, { x: 50, y: 230 }, 50, 20)).toEqual({ x: 40, y: 200, width: 20, height: 30 });
  });
});

describe("labelEvery", () => {
  it("skips labels when many periods share a narrow axis", () => {
    expect(labelEvery(4, 100, 10)).toBe(1);
    expect(labelEvery(24, 16, 10)).toBeGreaterThan(4);
    expect(labelEvery(0, 0, 10)).toBe(1);
  });
});
