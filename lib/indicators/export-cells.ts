import Decimal from "decimal.js";
import type ExcelJS from "exceljs";

/*
 * Figures in spreadsheets. A stored decimal ("89.1600") becomes a real numeric cell whose
 * double prints back as the same decimal (89.16, never 89.15999…), formatted with the
 * indicator's decimal places; the few figures a double cannot hold exactly (more than 15
 * significant digits) are written as text rather than silently changed.
 */

/** The number for a cell, or the exact text when a double would change it. */
export function exactCellValue(value: string): number | string {
  const decimal = new Decimal(value);
  const plain = decimal.toFixed();
  const asNumber = Number(plain);
  return Number.isFinite(asNumber) && new Decimal(String(asNumber)).equals(decimal) ? asNumber : plainViNumber(value);
}

/** Excel's number format for an indicator's decimal places: "#,##0" or "#,##0.00". */
export function numberFormat(decimals: number): string {
  const places = Math.max(0, Math.min(4, Math.trunc(decimals)));
  return places === 0 ? "#,##0" : `#,##0.${"0".repeat(places)}`;
}

/** A decimal as a Vietnamese types it into a form or a CSV file: decimal comma, no grouping, no trailing zeros ("89,16"). */
export function plainViNumber(value: string): string {
  return new Decimal(value).toFixed().replace(/^-0$/, "0").replace(".", ",");
}

/** Writes a figure into a cell: numeric with its format, or nothing for a missing figure. */
export function setFigure(cell: ExcelJS.Cell, value: string | null | undefined, format: string): void {
  if (value === null || value === undefined || value.trim() === "") return;
  cell.value = exactCellValue(value);
  cell.numFmt = format;
  cell.alignment = { horizontal: "right" };
}

export { sheetName } from "@/lib/xlsx";
