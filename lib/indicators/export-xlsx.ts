import ExcelJS from "exceljs";
import type { ValueStatus } from "@/db/schema";
import { addPrintableSheet, markHeaderRow, workbookBuffer } from "@/lib/xlsx";
import { numberFormat, setFigure } from "./export-cells";
import type { ConsolidatedRow } from "./report-consolidated";
import type { ReportTableRow } from "./report-table";

/*
 * A report, and a period's consolidated table, as .xlsx files: the same rows as the pages
 * (sub-indicators indented "- " under their parent), each figure a real number cell with
 * the indicator's decimal places, so a secretariat can paste it into a conference document
 * or add up columns without retyping. The builders know no messages: labels come in.
 */

const PERCENT_FORMAT = "#,##0.00";

export interface ReportSheetLabels {
  sheetName: string;
  title: string;
  subtitle: string;
  columns: {
    no: string;
    indicator: string;
    unit: string;
    value: string;
    planPercent: string;
    planReported: string;
    yoyRatio: string;
    growth: string;
    growthReported: string;
    status: string;
    note: string;
  };
  statusLabel: (status: ValueStatus) => string;
  /** Note when a comparison as reported differs from the one computed from the base. */
  planReportedDiffers: string;
  growthReportedDiffers: string;
  exceedsParent: string;
}

const indent = (depth: number, name: string) => `${"- ".repeat(Math.max(0, depth))}${name}`;

function addTitle(sheet: ExcelJS.Worksheet, title: string, subtitle: string, columns: string[]): void {
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.addRow([subtitle]);
  sheet.mergeCells(2, 1, 2, columns.length);
  sheet.addRow([]);
  markHeaderRow(sheet, sheet.addRow(columns));
}

/** Row numbers as in a conference document (and on the report page): 1, 2, … and 1.1, 1.2 for "trong đó" rows. */
function rowNumbers(rows: readonly ReportTableRow[]): string[] {
  const numbers = new Map<number, string>();
  const children = new Map<number, number>();
  let top = 0;
  return rows.map((row) => {
    let number: string;
    if (row.depth === 0 || row.parentId === null || !numbers.has(row.parentId)) number = String(++top);
    else {
      const n = (children.get(row.parentId) ?? 0) + 1;
      children.set(row.parentId, n);
      number = `${numbers.get(row.parentId)}.${n}`;
    }
    numbers.set(row.indicatorId, number);
    return number;
  });
}

export async function buildReportWorkbook(rows: readonly ReportTableRow[], labels: ReportSheetLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addPrintableSheet(workbook, labels.sheetName, [7, 50, 14, 16, 12, 12, 12, 12, 12, 14, 40]);
  const c = labels.columns;
  addTitle(sheet, labels.title, labels.subtitle, [c.no, c.indicator, c.unit, c.value, c.planPercent, c.planReported, c.yoyRatio, c.growth, c.growthReported, c.status, c.note]);
  const numbers = rowNumbers(rows);
  rows.forEach((row, index) => {
    const notes = [
      row.note,
      row.planDisagrees ? labels.planReportedDiffers : null,
      row.growthDisagrees ? labels.growthReportedDiffers : null,
      row.exceedsParent ? labels.exceedsParent : null,
    ].filter((n): n is string => Boolean(n));
    const status = row.status ? labels.statusLabel(row.status) : "";
    const line = sheet.addRow([numbers[index], indent(row.depth, row.nameVi), row.unit, null, null, null, null, null, null, status, notes.join("; ")]);
    if (row.depth === 0) line.getCell(2).font = { bold: true };
    line.getCell(11).alignment = { wrapText: true, vertical: "top" };
    setFigure(line.getCell(4), row.value, numberFormat(row.decimals));
    // Computed and as reported side by side, each exactly (10,28 stays 10,28): where they
    // differ, the reader sees both, and the note says so.
    setFigure(line.getCell(5), row.percentOfPlan, PERCENT_FORMAT);
    setFigure(line.getCell(6), row.reportedPlanPercent, PERCENT_FORMAT);
    // The ratio exists only where the base does; it is never derived from a reported growth.
    setFigure(line.getCell(7), row.yoy?.ratio ?? null, PERCENT_FORMAT);
    setFigure(line.getCell(8), row.yoy?.growth ?? null, PERCENT_FORMAT);
    setFigure(line.getCell(9), row.reportedGrowthPercent, PERCENT_FORMAT);
  });
  return workbookBuffer(workbook);
}

export interface ConsolidatedSheetLabels {
  sheetName: string;
  title: string;
  subtitle: string;
  columns: { indicator: string; unit: string; total: string; agencies: string; department: string; note: string };
  /** "3/5": units with a value out of units that report the indicator. */
  agencyCount: (count: number, reporters: number) => string;
  ratioNotSummed: string;
  partial: string;
}

export async function buildConsolidatedWorkbook(rows: readonly ConsolidatedRow[], labels: ConsolidatedSheetLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addPrintableSheet(workbook, labels.sheetName, [56, 18, 20, 14, 20, 40]);
  const c = labels.columns;
  addTitle(sheet, labels.title, labels.subtitle, [c.indicator, c.unit, c.total, c.agencies, c.department, c.note]);
  for (const row of rows) {
    const note = row.kind === "ratio" ? labels.ratioNotSummed : row.agencyCount < row.reporterCount ? labels.partial : "";
    const line = sheet.addRow([indent(row.depth, row.nameVi), row.unit, null, labels.agencyCount(row.agencyCount, row.reporterCount), null, note]);
    if (row.depth === 0) line.getCell(1).font = { bold: true };
    line.getCell(4).alignment = { horizontal: "right" };
    setFigure(line.getCell(3), row.total, numberFormat(row.decimals));
    setFigure(line.getCell(5), row.departmentValue, numberFormat(row.decimals));
  }
  return workbookBuffer(workbook);
}
