import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import {
  aggregateMonths,
  comparisonsDisagree,
  consolidate,
  describeGrowthVi,
  describePercentOfPlanVi,
  describeYearOnYearVi,
  parseDecimalInput,
  percentOfPlan,
  roundForDisplay,
  subIndicatorExceedsParent,
  yearOnYear,
} from "./compute";

describe("percent of the annual plan", () => {
  it("computes the seed's reported percentages from plausible plans", () => {
    expect(percentOfPlan("6612", "13224")).toBe("50.00");
    expect(percentOfPlan("4.8", "7.5")).toBe("64.00");
    expect(percentOfPlan("89.16", "89.16")).toBe("100.00");
  });

  it("rounds half-up to two places, not through a float", () => {
    expect(percentOfPlan("2", "3")).toBe("66.67");
    expect(percentOfPlan("1", "3")).toBe("33.33");
    // 0.125 exactly: half-up gives 0.13 (banker's rounding would give 0.12).
    expect(percentOfPlan("1", "800")).toBe("0.13");
    expect(percentOfPlan("0", "100")).toBe("0.00");
    expect(percentOfPlan("150", "100")).toBe("150.00");
  });

  it("never invents a base", () => {
    expect(percentOfPlan("6612", null)).toBeNull();
    expect(percentOfPlan("6612", undefined)).toBeNull();
    expect(percentOfPlan("6612", "0")).toBeNull();
    expect(percentOfPlan("6612", "0.000")).toBeNull();
    expect(percentOfPlan("6612", "-10")).toBeNull();
    expect(percentOfPlan("6612", "NaN")).toBeNull();
    expect(percentOfPlan(null, "13224")).toBeNull();
  });

  it("refuses garbage instead of treating it as missing", () => {
    expect(() => percentOfPlan("12,5", "100")).toThrow();
  });
});

describe("year on year", () => {
  it("gives the ratio and the growth officials quote", () => {
    expect(yearOnYear("468112", "429460")).toEqual({ ratio: "109.00", growth: "9.00" });
    expect(yearOnYear("11570", "11019")).toEqual({ ratio: "105.00", growth: "5.00" });
    expect(yearOnYear("96.5", "100")).toEqual({ ratio: "96.50", growth: "-3.50" });
    expect(yearOnYear("100", "100")).toEqual({ ratio: "100.00", growth: "0.00" });
    expect(yearOnYear("250", "100")).toEqual({ ratio: "250.00", growth: "150.00" });
  });

  it("derives the growth from the rounded ratio so both read alike", () => {
    expect(yearOnYear("96.505", "100")).toEqual({ ratio: "96.51", growth: "-3.49" });
  });

  it("has no comparison without a positive base", () => {
    expect(yearOnYear("468112", null)).toBeNull();
    expect(yearOnYear("468112", "0")).toBeNull();
    expect(yearOnYear("468112", "-5")).toBeNull();
    expect(yearOnYear(null, "429460")).toBeNull();
    expect(yearOnYear("", "429460")).toBeNull();
  });

  it("says it in Vietnamese with vi-VN numbers and no trailing zeros", () => {
    expect(describeYearOnYearVi(yearOnYear("468112", "429460"))).toBe("bằng 109% cùng kỳ, tăng 9%");
    expect(describeYearOnYearVi(yearOnYear("96.5", "100"))).toBe("bằng 96,5% cùng kỳ, giảm 3,5%");
    expect(describeYearOnYearVi(yearOnYear("101.3", "100"))).toBe("bằng 101,3% cùng kỳ, tăng 1,3%");
    expect(describeYearOnYearVi(yearOnYear("50", "50"))).toBe("bằng 100% cùng kỳ");
    expect(describeYearOnYearVi(null)).toBe("");
    expect(describeGrowthVi("1.30")).toBe("tăng 1,3%");
    expect(describeGrowthVi("-3.50")).toBe("giảm 3,5%");
    expect(describeGrowthVi("1234.5")).toBe("tăng 1.234,5%");
    expect(describeGrowthVi("0.00")).toBe("không đổi");
    expect(describeGrowthVi(null)).toBe("");
    expect(describePercentOfPlanVi("64.00")).toBe("đạt 64% kế hoạch năm");
    expect(describePercentOfPlanVi("52.50")).toBe("đạt 52,5% kế hoạch năm");
    expect(describePercentOfPlanVi(null)).toBe("");
  });
});

describe("consolidation over reporting agencies", () => {
  it("sums flows and stocks exactly", () => {
    expect(consolidate("flow", ["13.6", "89.16"])).toBe("102.76");
    expect(consolidate("flow", ["0.1", "0.2"])).toBe("0.3");
    expect(consolidate("flow", Array.from({ length: 10 }, () => "0.1"))).toBe("1");
    expect(consolidate("flow", ["89.16"])).toBe("89.16");
    expect(consolidate("stock", ["468112", "11570", "8759"])).toBe("488441");
    expect(consolidate("stock", ["99999999999999.999", "0.001"])).toBe("100000000000000");
  });

  it("never sums ratios", () => {
    expect(consolidate("ratio", ["94", "30"])).toBeNull();
    expect(consolidate("ratio", ["50"])).toBeNull();
  });

  it("shows no total when an agency's value is missing", () => {
    expect(consolidate("flow", ["13.6", null])).toBeNull();
    expect(consolidate("stock", [undefined, "5"])).toBeNull();
    expect(consolidate("flow", [])).toBeNull();
  });
});

describe("aggregating months into a longer period", () => {
  const h1 = [
    { month: 1, value: "2.2" },
    { month: 2, value: "2.1" },
    { month: 3, value: "2.3" },
    { month: 4, value: "2.26" },
    { month: 5, value: "2.4" },
    { month: 6, value: "2.4" },
    { month: 7, value: "9.9" },
  ];

  it("sums a flow over the months, exactly", () => {
    expect(aggregateMonths("flow", h1, 1, 6)).toBe("13.66");
    expect(aggregateMonths("flow", h1, 4, 6)).toBe("7.06");
    expect(aggregateMonths("flow", h1, 7, 7)).toBe("9.9");
  });

  it("refuses a flow with a missing month", () => {
    expect(aggregateMonths("flow", h1.filter((m) => m.month !== 3), 1, 6)).toBeNull();
    expect(aggregateMonths("flow", [...h1.slice(0, 5), { month: 6, value: null }], 1, 6)).toBeNull();
  });

  it("takes the last month for stocks and ratios", () => {
    const subscribers = [
      { month: 4, value: "460000" },
      { month: 5, value: "465000" },
      { month: 6, value: "468112" },
    ];
    expect(aggregateMonths("stock", subscribers, 1, 6)).toBe("468112");
    expect(aggregateMonths("stock", subscribers, 4, 5)).toBe("465000");
    expect(aggregateMonths("stock", subscribers.slice(0, 2), 1, 6)).toBeNull();
    expect(aggregateMonths("ratio", [{ month: 3, value: "70" }, { month: 6, value: "76" }], 1, 6)).toBe("76");
  });

  it("does not guess between two values of one month or an impossible range", () => {
    expect(aggregateMonths("flow", [...h1, { month: 2, value: "5" }], 1, 6)).toBeNull();
    expect(aggregateMonths("stock", [{ month: 6, value: "1" }, { month: 6, value: "2" }], 1, 6)).toBeNull();
    // A duplicate outside the range does not matter.
    expect(aggregateMonths("flow", [...h1, { month: 7, value: "1" }], 1, 6)).toBe("13.66");
    expect(aggregateMonths("flow", h1, 6, 1)).toBeNull();
    expect(aggregateMonths("flow", h1, 0, 6)).toBeNull();
    expect(aggregateMonths("flow", h1, 1, 13)).toBeNull();
  });
});

describe("reported versus computed comparisons", () => {
  it("accepts the writer's rounding and flags real gaps", () => {
    expect(comparisonsDisagree("8.70", "9")).toBe(false);
    expect(comparisonsDisagree("9.50", "9")).toBe(false);
    expect(comparisonsDisagree("8.49", "9")).toBe(true);
    expect(comparisonsDisagree("12.00", "9")).toBe(true);
    expect(comparisonsDisagree("-1.3", "1.3")).toBe(true);
    expect(comparisonsDisagree("9.01", "9", "0")).toBe(true);
    expect(comparisonsDisagree("9.00", "9", "0")).toBe(false);
  });

  it("has nothing to compare when either is missing", () => {
    expect(comparisonsDisagree(null, "9")).toBe(false);
    expect(comparisonsDisagree("9", null)).toBe(false);
    expect(comparisonsDisagree(undefined, undefined)).toBe(false);
  });
});

describe("sub-indicators", () => {
  it("warns when a part exceeds its whole", () => {
    expect(subIndicatorExceedsParent("821", "6612")).toBe(false);
    expect(subIndicatorExceedsParent("900", "16200")).toBe(false);
    expect(subIndicatorExceedsParent("6612", "6612")).toBe(false);
    expect(subIndicatorExceedsParent("6613", "6612")).toBe(true);
    expect(subIndicatorExceedsParent("89.17", "89.16")).toBe(true);
    expect(subIndicatorExceedsParent(null, "6612")).toBe(false);
    expect(subIndicatorExceedsParent("821", null)).toBe(false);
  });
});

describe("rounding for display", () => {
  it("rounds half-up on the decimal digits", () => {
    expect(roundForDisplay("89.16", 2)).toBe("89.16");
    expect(roundForDisplay("89.16", 1)).toBe("89.2");
    expect(roundForDisplay("89.16", 3)).toBe("89.160");
    expect(roundForDisplay("468112", 0)).toBe("468112");
    // As a float 2.005 is 2.00499…, and (2.005).toFixed(2) gives "2.00".
    expect(roundForDisplay("2.005", 2)).toBe("2.01");
    expect(roundForDisplay("1.005", 2)).toBe("1.01");
    expect(roundForDisplay("-2.5", 0)).toBe("-3");
    expect(roundForDisplay("-0.001", 2)).toBe("0.00");
    expect(roundForDisplay(null, 2)).toBeNull();
  });
});

describe("numbers typed by users", () => {
  const ok = (value: string) => ({ ok: true, value });
  it("reads Vietnamese grouping and decimal marks", () => {
    expect(parseDecimalInput("468.112")).toEqual(ok("468112"));
    expect(parseDecimalInput("1.234.567")).toEqual(ok("1234567"));
    expect(parseDecimalInput("13,6")).toEqual(ok("13.6"));
    expect(parseDecimalInput("89,16")).toEqual(ok("89.16"));
    expect(parseDecimalInput("4,8")).toEqual(ok("4.8"));
    expect(parseDecimalInput("1.234,5")).toEqual(ok("1234.5"));
    expect(parseDecimalInput("98,62")).toEqual(ok("98.62"));
    expect(parseDecimalInput("2,067")).toEqual(ok("2.067"));
  });

  it("reads a single dot as a decimal point unless three digits follow", () => {
    expect(parseDecimalInput("13.6")).toEqual(ok("13.6"));
    expect(parseDecimalInput("89.16")).toEqual(ok("89.16"));
    expect(parseDecimalInput("1.2345")).toEqual(ok("1.2345"));
    expect(parseDecimalInput("0.123")).toEqual(ok("0.123"));
    expect(parseDecimalInput("1234.567")).toEqual(ok("1234.567"));
    // Ambiguous by nature; the Vietnamese reading wins.
    expect(parseDecimalInput("2.067")).toEqual(ok("2067"));
  });

  it("drops spaces and accepts a minus sign", () => {
    expect(parseDecimalInput(" 468 112 ")).toEqual(ok("468112"));
    expect(parseDecimalInput("1\u00a0234,5")).toEqual(ok("1234.5"));
    expect(parseDecimalInput("16\u202f200")).toEqual(ok("16200"));
    expect(parseDecimalInput("-3,5")).toEqual(ok("-3.5"));
    expect(parseDecimalInput("\u22123,5")).toEqual(ok("-3.5"));
    expect(parseDecimalInput("-0")).toEqual(ok("0"));
    expect(parseDecimalInput("007")).toEqual(ok("7"));
    expect(parseDecimalInput("71")).toEqual(ok("71"));
  });

  it("refuses what it cannot read for sure", () => {
    for (const text of ["", "   ", "abc", "1,2,3", "1.2.3", "12.34,5", "1,234.5", ",5", "5,", "5.", ".5", "--5", "5-", "+5", "1e5", "12a", "-", "Infinity", "NaN"]) {
      expect(parseDecimalInput(text), text).toEqual({ ok: false });
    }
  });
});

describe("the row comparisons against decimal.js", () => {
  // The formulas as they were written with decimal.js (60 digits, half-up), before the
  // comparisons moved to integers and powers of ten: both must give the same strings.
  const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
  const fixed2 = (d: Decimal) => d.toFixed(2, Decimal.ROUND_HALF_UP).replace(/^-(0\.00)$/, "$1");
  const reference = {
    percent: (v: string, p: string) => (new D(p).lte(0) ? null : fixed2(new D(v).times(100).dividedBy(p))),
    yoy: (v: string, p: string) => {
      if (new D(p).lte(0)) return null;
      const ratio = new D(fixed2(new D(v).times(100).dividedBy(p)));
      return { ratio: fixed2(ratio), growth: fixed2(ratio.minus(100)) };
    },
  };
  // A seeded generator, so a failure names the same figures on every run.
  let seed = 20121202;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const figure = () => {
    const whole = String(Math.floor(next() * 10 ** Math.floor(next() * 12)));
    const places = Math.floor(next() * 5);
    const fraction = places ? `.${String(Math.floor(next() * 10 ** places)).padStart(places, "0")}` : "";
    return `${next() < 0.15 ? "-" : ""}${whole}${fraction}`;
  };

  it("agree on 5 000 random figures and bases", () => {
    for (let i = 0; i < 5000; i++) {
      const [value, base, other] = [figure(), figure(), figure()];
      const label = `${value} / ${base}`;
      expect(percentOfPlan(value, base), label).toBe(reference.percent(value, base));
      expect(yearOnYear(value, base), label).toEqual(reference.yoy(value, base));
      expect(subIndicatorExceedsParent(value, base), label).toBe(new D(value).gt(base));
      expect(comparisonsDisagree(value, other), label).toBe(new D(value).minus(other).abs().gt("0.5"));
    }
  });

  it("agree on halves, negative zeros and figures PostgreSQL writes with trailing zeros", () => {
    const cases: [string, string][] = [["1", "800"], ["-1", "800"], ["-0.00001", "3"], ["96.505", "100"], ["468112.000", "429460.00"], ["0.000", "7"], ["5.", "2"]];
    for (const [value, base] of cases) {
      expect(percentOfPlan(value, base), value).toBe(reference.percent(value, base));
      expect(yearOnYear(value, base), value).toEqual(reference.yoy(value, base));
    }
  });

  it("read NaN, Infinity and exponents as decimal.js does", () => {
    expect(percentOfPlan("Infinity", "3")).toBeNull();
    expect(yearOnYear("5", "-Infinity")).toBeNull();
    expect(percentOfPlan("1e2", "4")).toBe("2500.00");
    expect(subIndicatorExceedsParent("NaN", "1")).toBe(false);
  });
});
