import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addPrintableSheet, markHeaderRow, setDate, sheetName, workbookBuffer } from "./xlsx";
import { expectPrintable, readWorkbook } from "./xlsx-test-helpers";

describe("the shared spreadsheet setup", () => {
  it("print on A4 fitted to the width, landscape only when the columns are wide, with the header row repeated and frozen", async () => {
    for (const [widths, orientation] of [
      [[6, 40, 20], "portrait"],
      [[6, 48, 44, 36], "landscape"],
    ] as const) {
      const workbook = new ExcelJS.Workbook();
      const sheet = addPrintableSheet(workbook, "Nhiệm vụ: quý 3/2012", widths);
      sheet.addRow(["Tiêu đề"]);
      markHeaderRow(sheet, sheet.addRow(["STT", "Tên"]));
      const back = await readWorkbook(await workbookBuffer(workbook));
      expect(back.name).toBe("Nhiệm vụ  quý 3 2012");
      expectPrintable(back, 2, orientation);
    }
  });

  it("write a day as a real date shown dd/mm/yyyy, and nothing for no day", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addPrintableSheet(workbook, "Ngày", [12]);
    setDate(sheet.getCell("A1"), "2012-08-31");
    setDate(sheet.getCell("A2"), null);
    const back = await readWorkbook(await workbookBuffer(workbook));
    expect(back.getCell("A1").value).toEqual(new Date("2012-08-31T00:00:00Z"));
    expect(back.getCell("A1").numFmt).toBe("dd/mm/yyyy");
    expect(back.getCell("A2").value).toBeNull();
    expect(sheetName("a".repeat(40))).toHaveLength(31);
  });
});
