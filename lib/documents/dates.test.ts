import { describe, expect, it } from "vitest";
import { documentDateParts, documentDatePhrase, documentShortDate, formatDocumentDate } from "./dates";

describe("formatDocumentDate", () => {
  it.each([
    ["2012-07-02", "Điện Biên, ngày 02 tháng 7 năm 2012"],
    ["2013-02-05", "Điện Biên, ngày 05 tháng 02 năm 2013"],
    ["2012-12-15", "Điện Biên, ngày 15 tháng 12 năm 2012"],
    ["2013-01-01", "Điện Biên, ngày 01 tháng 01 năm 2013"],
    ["2012-10-09", "Điện Biên, ngày 09 tháng 10 năm 2012"],
  ])("%s → %s", (iso, expected) => {
    expect(formatDocumentDate("Điện Biên", iso)).toBe(expected);
  });

  it("refuses anything but yyyy-MM-dd", () => {
    expect(() => documentDatePhrase("02/07/2012")).toThrow();
  });
});

describe("documentShortDate", () => {
  it.each([
    ["2012-07-02", "02/7/2012"],
    ["2013-02-05", "05/02/2013"],
    ["2012-12-31", "31/12/2012"],
    ["2013-01-10", "10/01/2013"],
  ])("%s → %s, as the date line writes day and month", (iso, expected) => {
    expect(documentShortDate(iso)).toBe(expected);
    const { day, month, year } = documentDateParts(iso);
    expect(formatDocumentDate("Điện Biên", iso)).toBe(`Điện Biên, ngày ${day} tháng ${month} năm ${year}`);
    expect(expected).toBe(`${day}/${month}/${year}`);
  });
});
