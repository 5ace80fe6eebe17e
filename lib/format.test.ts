import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber } from "./format";

describe("vi-VN formats", () => {
  it("writes dates as dd/MM/yyyy in Asia/Ho_Chi_Minh", () => {
    expect(formatDate("2012-07-02")).toBe("02/07/2012");
    // 20:30 UTC on 1 July is 03:30 on 2 July in Điện Biên.
    expect(formatDate(new Date("2012-07-01T20:30:00Z"))).toBe("02/07/2012");
    expect(formatDateTime(new Date("2012-07-02T01:30:00Z"))).toBe("08:30 02/07/2012");
    expect(formatDate(null)).toBe("");
  });

  it("groups thousands with dots and uses a decimal comma, exactly", () => {
    expect(formatNumber(468112)).toBe("468.112");
    expect(formatNumber("13.6")).toBe("13,6");
    expect(formatNumber("89.16")).toBe("89,16");
    expect(formatNumber("89.1600")).toBe("89,16");
    expect(formatNumber("418732")).toBe("418.732");
    expect(formatNumber("2.067")).toBe("2,067");
    expect(formatNumber("-1234.5")).toBe("-1.234,5");
  });

  it("rounds half up on the decimal digits, never through a float", () => {
    expect(formatNumber("98.615", 2)).toBe("98,62");
    expect(formatNumber("0.125", 2)).toBe("0,13");
    expect(formatNumber("9.995", 2)).toBe("10,00");
    expect(formatNumber("999.96", 1)).toBe("1.000,0");
    expect(formatNumber("13.6", 0)).toBe("14");
    expect(formatNumber("-0.004", 2)).toBe("0,00");
  });
});
