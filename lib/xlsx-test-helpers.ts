import type ExcelJS from "exceljs";
import { expect } from "vitest";

/* Test-only: what every spreadsheet the app writes must carry when read back (lib/xlsx.ts). */

export async function readWorkbook(bytes: ArrayBuffer | Buffer): Promise<ExcelJS.Worksheet> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(bytes instanceof ArrayBuffer ? bytes : (Uint8Array.from(bytes).buffer as ArrayBuffer));
  return workbook.worksheets[0];
}

/** A4, the given orientation, fit to one page wide, the header row repeated on each page and frozen. */
export function expectPrintable(sheet: ExcelJS.Worksheet, headerRow: number, orientation: "landscape" | "portrait"): void {
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(sheet.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
}
