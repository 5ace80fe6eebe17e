import { describe, expect, it } from "vitest";
import { periodChoices, replacePeriodWords } from "./period-words";

const SEED_TITLE = "Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2012";

describe("the period words of a copied title", () => {
  it("move to the chosen periods, each phrase keeping a year that is still true", () => {
    const toYear = replacePeriodWords(SEED_TITLE, [
      { from: "2012-H1", to: "2012-Y" },
      { from: "2012-H2", to: "2013-Y" },
    ]);
    expect(toYear).toBe("Hội nghị sơ kết tình hình thực hiện nhiệm vụ năm 2012 và triển khai nhiệm vụ năm 2013");
    const toNextHalf = replacePeriodWords(SEED_TITLE, [
      { from: "2012-H1", to: "2012-H2" },
      { from: "2012-H2", to: "2013-H1" },
    ]);
    // The first phrase borrowed 2012 from the second; now they differ, so it says its own year.
    expect(toNextHalf).toBe("Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng cuối năm 2012 và triển khai nhiệm vụ 6 tháng đầu năm 2013");
    expect(replacePeriodWords("Báo cáo kết quả 6 tháng đầu năm 2012", [{ from: "2012-H1", to: "2012-Y" }])).toBe("Báo cáo kết quả năm 2012");
  });

  it("handles years, quarters and months, keeps capitals and leaves other years alone", () => {
    expect(replacePeriodWords("Năm 2012 và năm 2011", [{ from: "2012-Y", to: "2013-Y" }])).toBe("Năm 2013 và năm 2011");
    expect(replacePeriodWords("Giao ban quý III/2012", [{ from: "2012-Q3", to: "2012-Q4" }])).toBe("Giao ban quý IV/2012");
    expect(replacePeriodWords("Giao ban tháng 7 năm 2012", [{ from: "2012-M07", to: "2012-M08" }])).toBe("Giao ban tháng 8 năm 2012");
    expect(replacePeriodWords("6 tháng đầu năm 2013", [{ from: "2012-H1", to: "2012-H2" }])).toBe("6 tháng đầu năm 2013");
    expect(replacePeriodWords("6 tháng đầu năm 2012", [{ from: "2012-Y", to: "2013-Y" }])).toBe("6 tháng đầu năm 2012");
    expect(replacePeriodWords("Không có kỳ", [{ from: "2012-H1", to: "2012-H2" }, { from: null, to: "2012-Y" }])).toBe("Không có kỳ");
  });
});

describe("the periods a form offers", () => {
  it("cover the years around the reference and keep the current value", () => {
    const choices = periodChoices("2012-H1", 2026, ["2005-Y"]);
    expect(choices).toContain("2011-Y");
    expect(choices).toContain("2013-H2");
    expect(choices).toContain("2012-M07");
    expect(choices).not.toContain("2013-M07");
    expect(choices).toContain("2005-Y");
    expect(periodChoices(null, 2026)).toContain("2026-H1");
  });
});
