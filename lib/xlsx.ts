import type ExcelJS from "exceljs";

/*
 * What every spreadsheet the app writes has in common, so a clerk can print any of them as
 * it comes: A4, landscape when the columns are wider than a portrait page, fitted to the
 * page's width (as many pages down as it takes), the header row repeated on every printed
 * page and frozen on screen; dates as real dates shown dd/mm/yyyy. One helper, used by the
 * task list, the reports, the consolidated table, the import template and the roster.
 */

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Excel's paper size code for A4. */
const A4 = 9;
/** About how many characters of column width fit across a portrait A4 page at the default font. */
const PORTRAIT_WIDTH = 95;
export const DATE_FORMAT = "dd/mm/yyyy";

/** Safe sheet names: Excel refuses []:*?/\ and more than 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet1";
}

/** A new sheet with its column widths and the print setup: A4, landscape when wide, fit to width. */
export function addPrintableSheet(workbook: ExcelJS.Workbook, name: string, widths: readonly number[]): ExcelJS.Worksheet {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const sheet = workbook.addWorksheet(sheetName(name), {
    pageSetup: {
      paperSize: A4,
      orientation: total > PORTRAIT_WIDTH ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&P / &N" },
  });
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

/** The table's header row: bold, wrapped, repeated at the top of every printed page and frozen on screen. */
export function markHeaderRow(sheet: ExcelJS.Worksheet, row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "middle" };
  sheet.pageSetup.printTitlesRow = `${row.number}:${row.number}`;
  sheet.views = [{ state: "frozen", ySplit: row.number, xSplit: 0 }];
}

/** A calendar day ("2012-08-31") as a real date cell shown 31/08/2012; nothing for no date. */
export function setDate(cell: ExcelJS.Cell, isoDate: string | null | undefined): void {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return;
  // Midnight UTC: Excel dates have no time zone, and exceljs writes the UTC calendar day.
  cell.value = new Date(`${isoDate}T00:00:00Z`);
  cell.numFmt = DATE_FORMAT;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
