import { describe, expect, it } from "vitest";
import { excerpt, indicatorStatus, startsWithOfWhich, targetInputText } from "./catalogue-rules";

describe("indicatorStatus", () => {
  it("reads the validity dates against today", () => {
    expect(indicatorStatus({ validFrom: null, validTo: null }, "2012-07-02")).toEqual({ state: "active" });
    expect(indicatorStatus({ validFrom: "2013-01-01", validTo: null }, "2012-07-02")).toEqual({ state: "pending", from: "2013-01-01" });
    expect(indicatorStatus({ validFrom: null, validTo: "2012-12-31" }, "2012-07-02")).toEqual({ state: "retiring", from: "2013-01-01" });
    // The last day followed is still "in use"; the day after, it is retired from that day.
    expect(indicatorStatus({ validFrom: null, validTo: "2012-07-02" }, "2012-07-02")).toEqual({ state: "retiring", from: "2012-07-03" });
    expect(indicatorStatus({ validFrom: null, validTo: "2012-07-01" }, "2012-07-02")).toEqual({ state: "retired", from: "2012-07-02" });
  });
});

describe("targetInputText", () => {
  it("formats vi-VN with the indicator's decimals without rounding a target away", () => {
    expect(targetInputText("1200.0000", 0)).toBe("1.200");
    expect(targetInputText("89.1600", 2)).toBe("89,16");
    expect(targetInputText("13.6000", 0)).toBe("13,6");
    expect(targetInputText("13.6000", 2)).toBe("13,60");
    expect(targetInputText("468112", 0)).toBe("468.112");
  });
});

describe("startsWithOfWhich and excerpt", () => {
  it("recognises a name already written as a sub-indicator", () => {
    expect(startsWithOfWhich("Trong đó: phát thanh tiếng dân tộc")).toBe(true);
    expect(startsWithOfWhich("Giờ phát sóng")).toBe(false);
  });

  it("cuts a long directive at a word and marks the cut", () => {
    expect(excerpt("Ngắn gọn.")).toBe("Ngắn gọn.");
    const long = "Tăng cường quản lý thuê bao trả trước, ".repeat(20);
    const cut = excerpt(long, 100);
    expect(cut.length).toBeLessThanOrEqual(101);
    expect(cut.endsWith("…")).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
