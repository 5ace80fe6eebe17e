import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  defaultSubmissionDeadline,
  isCumulativeFromYearStart,
  nextPeriod,
  parsePeriod,
  PERIOD_REGEX,
  periodEndDate,
  periodKind,
  periodKinds,
  periodLabelParts,
  periodLabelVi,
  periodMonths,
  periodSortKey,
  periodsOfYear,
  periodStartDate,
  samePeriodPreviousYear,
} from "./periods";

describe("period codes", () => {
  it("accepts only the known codes", () => {
    for (const code of ["2012-M01", "2012-M12", "2012-Q1", "2012-Q4", "2012-H1", "2012-H2", "2012-9M", "2012-Y"]) expect(PERIOD_REGEX.test(code)).toBe(true);
    for (const code of ["2012-M00", "2012-M13", "2012-M7", "2012-Q5", "2012-H3", "2012-6M", "2012", "12-H1", "2012-h1", " 2012-H1"]) expect(PERIOD_REGEX.test(code)).toBe(false);
    expect(parsePeriod("2012-Q3")).toEqual({ year: 2012, unit: "Q", index: 3 });
    expect(parsePeriod("2012-M07")).toEqual({ year: 2012, unit: "M", index: 7 });
    expect(parsePeriod("2012-H2")).toEqual({ year: 2012, unit: "H", index: 2 });
    expect(parsePeriod("2012-9M")).toEqual({ year: 2012, unit: "9M" });
    expect(periodKind("2012-Y")).toBe("Y");
    expect(periodKind("nonsense")).toBeNull();
  });

  it("suggests the next period", () => {
    expect(nextPeriod("2012-H1")).toBe("2012-H2");
    expect(nextPeriod("2012-H2")).toBe("2013-H1");
    expect(nextPeriod("2012-Y")).toBe("2013-Y");
    expect(nextPeriod("2012-Q3")).toBe("2012-Q4");
    expect(nextPeriod("2012-Q4")).toBe("2013-Q1");
    expect(nextPeriod("2012-M07")).toBe("2012-M08");
    expect(nextPeriod("2012-M09")).toBe("2012-M10");
    expect(nextPeriod("2012-M12")).toBe("2013-M01");
    expect(nextPeriod("2012-9M")).toBe("2013-9M");
    expect(nextPeriod(null)).toBeNull();
    expect(nextPeriod("2012-H3")).toBeNull();
  });

  it("names periods as officials write them", () => {
    expect(periodLabelVi("2012-H1")).toBe("6 tháng đầu năm 2012");
    expect(periodLabelVi("2012-H2")).toBe("6 tháng cuối năm 2012");
    expect(periodLabelVi("2012-Q3")).toBe("Quý III/2012");
    expect(periodLabelVi("2012-Q4")).toBe("Quý IV/2012");
    expect(periodLabelVi("2012-M07")).toBe("Tháng 7/2012");
    expect(periodLabelVi("2012-9M")).toBe("9 tháng năm 2012");
    expect(periodLabelVi("2012-Y")).toBe("Năm 2012");
    expect(periodLabelVi("rubbish")).toBe("rubbish");
    expect(periodLabelParts("2012-Q1")).toEqual({ key: "Q", values: { quarter: "I", year: 2012 } });
  });
});

describe("months a period covers", () => {
  it("maps each kind to its calendar months", () => {
    expect(periodMonths("2012-H1")).toEqual({ firstMonth: 1, lastMonth: 6 });
    expect(periodMonths("2012-H2")).toEqual({ firstMonth: 7, lastMonth: 12 });
    expect(periodMonths("2012-9M")).toEqual({ firstMonth: 1, lastMonth: 9 });
    expect(periodMonths("2012-Q1")).toEqual({ firstMonth: 1, lastMonth: 3 });
    expect(periodMonths("2012-Q3")).toEqual({ firstMonth: 7, lastMonth: 9 });
    expect(periodMonths("2012-Q4")).toEqual({ firstMonth: 10, lastMonth: 12 });
    expect(periodMonths("2012-Y")).toEqual({ firstMonth: 1, lastMonth: 12 });
    expect(periodMonths("2012-M07")).toEqual({ firstMonth: 7, lastMonth: 7 });
    expect(periodMonths("2012-X")).toBeNull();
  });

  it("knows which periods run from 1 January", () => {
    for (const code of ["2012-H1", "2012-9M", "2012-Y", "2012-Q1", "2012-M01"]) expect(isCumulativeFromYearStart(code)).toBe(true);
    for (const code of ["2012-H2", "2012-Q2", "2012-Q3", "2012-M02", "2012-M12", "junk"]) expect(isCumulativeFromYearStart(code)).toBe(false);
  });

  it("finds the same period of the previous year", () => {
    expect(samePeriodPreviousYear("2012-H1")).toBe("2011-H1");
    expect(samePeriodPreviousYear("2012-M07")).toBe("2011-M07");
    expect(samePeriodPreviousYear("2000-9M")).toBe("1999-9M");
    expect(samePeriodPreviousYear("2012-Y")).toBe("2011-Y");
    expect(samePeriodPreviousYear("2012-H3")).toBeNull();
  });
});

describe("ordering periods", () => {
  it("sorts by end month, then shorter first", () => {
    expect(periodSortKey("2012-H1")).toBe(20120606);
    expect(periodSortKey("2012-Q3")).toBe(20120903);
    expect(periodSortKey("bad")).toBeNull();
    const shuffled = ["2013-Q1", "2012-Y", "2012-H1", "2012-M06", "bad", "2012-Q2", "2012-9M", "2011-Y", "2012-H2", "2012-Q4", "2012-M12"];
    expect([...shuffled].sort(comparePeriods)).toEqual([
      "2011-Y",
      "2012-M06",
      "2012-Q2",
      "2012-H1",
      "2012-9M",
      "2012-M12",
      "2012-Q4",
      "2012-H2",
      "2012-Y",
      "2013-Q1",
      "bad",
    ]);
  });

  it("lists the periods of a year for select boxes", () => {
    expect(periodKinds).toEqual(["M", "Q", "H", "9M", "Y"]);
    expect(periodsOfYear(2012, "H")).toEqual(["2012-H1", "2012-H2"]);
    expect(periodsOfYear(2012, "Q")).toEqual(["2012-Q1", "2012-Q2", "2012-Q3", "2012-Q4"]);
    expect(periodsOfYear(2012, "9M")).toEqual(["2012-9M"]);
    expect(periodsOfYear(2012, "Y")).toEqual(["2012-Y"]);
    const months = periodsOfYear(2012, "M");
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2012-M01");
    expect(months[11]).toBe("2012-M12");
    // Every generated code is a valid one, in chronological order.
    for (const kind of periodKinds) {
      const codes = periodsOfYear(2012, kind);
      expect(codes.every((code) => parsePeriod(code) !== null)).toBe(true);
      expect([...codes].sort(comparePeriods)).toEqual(codes);
    }
  });
});

describe("period dates", () => {
  it("gives the first and last calendar day", () => {
    expect(periodStartDate("2012-H2")).toBe("2012-07-01");
    expect(periodEndDate("2012-H1")).toBe("2012-06-30");
    expect(periodEndDate("2012-H2")).toBe("2012-12-31");
    expect(periodEndDate("2012-9M")).toBe("2012-09-30");
    expect(periodEndDate("2012-Q1")).toBe("2012-03-31");
    expect(periodEndDate("2012-Y")).toBe("2012-12-31");
    expect(periodEndDate("2012-M02")).toBe("2012-02-29");
    expect(periodEndDate("2011-M02")).toBe("2011-02-28");
    expect(periodEndDate("2012-M04")).toBe("2012-04-30");
    expect(periodEndDate("0050-Y")).toBe("0050-12-31");
    expect(periodEndDate("x")).toBeNull();
  });

  it("defaults the submission deadline to ten days after the period ends", () => {
    expect(defaultSubmissionDeadline("2012-H1")).toBe("2012-07-10");
    expect(defaultSubmissionDeadline("2012-Y")).toBe("2013-01-10");
    expect(defaultSubmissionDeadline("2012-M02")).toBe("2012-03-10");
    expect(defaultSubmissionDeadline("2012-Q3")).toBe("2012-10-10");
    expect(defaultSubmissionDeadline("x")).toBeNull();
  });
});
