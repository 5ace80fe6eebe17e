import { describe, expect, it } from "vitest";
import { exactCellValue, numberFormat, plainViNumber, sheetName } from "./export-cells";

describe("figures in spreadsheet cells", () => {
  it("become numbers that print back as the stored decimal", () => {
    expect(exactCellValue("89.1600")).toBe(89.16);
    expect(String(exactCellValue("89.1600"))).toBe("89.16");
    expect(exactCellValue("468112.0000")).toBe(468112);
    expect(exactCellValue("-3.5")).toBe(-3.5);
    expect(exactCellValue("0.0001")).toBe(0.0001);
  });

  it("stay text when a double cannot hold them exactly", () => {
    expect(exactCellValue("1234567890123456.7891")).toBe("1234567890123456,7891");
    expect(exactCellValue("9007199254740993")).toBe("9007199254740993");
  });

  it("get the indicator's decimal places as their format, and Vietnamese text without grouping", () => {
    expect(numberFormat(0)).toBe("#,##0");
    expect(numberFormat(2)).toBe("#,##0.00");
    expect(numberFormat(9)).toBe("#,##0.0000");
    expect(plainViNumber("89.1600")).toBe("89,16");
    expect(plainViNumber("468112.0000")).toBe("468112");
    expect(plainViNumber("-0.0000")).toBe("0");
  });

  it("go into sheets whose names Excel accepts", () => {
    expect(sheetName("Báo cáo [6/2012]: tổng hợp số liệu các đơn vị")).toBe("Báo cáo  6 2012   tổng hợp số l");
    expect(sheetName("")).toBe("Sheet1");
  });
});
