import ExcelJS from "exceljs";
import type { ValueStatus } from "@/db/schema";
import { numberFormat, setFigure, sheetName } from "./export-cells";
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
  columns: { no: string; indicator: string; unit: string; value: string; planPercent: string; yoyRatio: string; growth: string; status: string; note: string };
  statusLabel: (status: ValueStatus) => string;
  /** Note when the % of plan shown is the one the unit reported (no plan in the system). */
  planAsReported: string;
  /** Note when the unit's reported % of plan differs from the computed one. */
  planReportedDiffers: (reported: string) => string;
  growthAsReported: string;
  growthReportedDiffers: (reported: string) => string;
  exceedsParent: string;
}

const indent = (depth: number, name: string) => `${"- ".repeat(Math.max(0, depth))}${name}`;

function addTitle(sheet: ExcelJS.Worksheet, title: string, subtitle: string, columns: string[]): void {
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.addRow([subtitle]);
  sheet.mergeCells(2, 1, 2, columns.length);
  sheet.addRow([]);
  const header = sheet.addRow(columns);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  sheet.views = [{ state: "frozen", ySplit: header.number, xSplit: 0 }];
}

/** Which comparison to print and what to say about it: computed where the base exists, else as reported. */
function comparison(computed: string | null, reported: string | null, disagrees: boolean, asReported: string, differs: (r: string) => string) {
  if (computed !== null) return { figure: computed, note: reported !== null && disagrees ? differs(reported) : null };
  if (reported !== null) return { figure: reported, note: asReported };
  return { figure: null, note: null };
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
  const sheet = workbook.addWorksheet(sheetName(labels.sheetName));
  const c = labels.columns;
  sheet.columns = [{ width: 7 }, { width: 56 }, { width: 18 }, { width: 18 }, { width: 14 }, { width: 14 }, { width: 16 }, { width: 16 }, { width: 48 }];
  addTitle(sheet, labels.title, labels.subtitle, [c.no, c.indicator, c.unit, c.value, c.planPercent, c.yoyRatio, c.growth, c.status, c.note]);
  const numbers = rowNumbers(rows);
  rows.forEach((row, index) => {
    const plan = comparison(row.percentOfPlan, row.reportedPlanPercent, row.planDisagrees, labels.planAsReported, labels.planReportedDiffers);
    const growth = comparison(row.yoy?.growth ?? null, row.reportedGrowthPercent, row.growthDisagrees, labels.growthAsReported, labels.growthReportedDiffers);
    const notes = [row.note, plan.note, growth.note, row.exceedsParent ? labels.exceedsParent : null].filter((n): n is string => Boolean(n));
    const status = row.status ? labels.statusLabel(row.status) : "";
    const line = sheet.addRow([numbers[index], indent(row.depth, row.nameVi), row.unit, null, null, null, null, status, notes.join("; ")]);
    if (row.depth === 0) line.getCell(2).font = { bold: true };
    line.getCell(9).alignment = { wrapText: true, vertical: "top" };
    setFigure(line.getCell(4), row.value, numberFormat(row.decimals));
    setFigure(line.getCell(5), plan.figure, PERCENT_FORMAT);
    // The ratio exists only where the base does; it is never derived from a reported growth.
    setFigure(line.getCell(6), row.yoy?.ratio ?? null, PERCENT_FORMAT);
    setFigure(line.getCell(7), growth.figure, PERCENT_FORMAT);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
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
  const sheet = workbook.addWorksheet(sheetName(labels.sheetName));
  const c = labels.columns;
  sheet.columns = [{ width: 56 }, { width: 18 }, { width: 20 }, { width: 14 }, { width: 20 }, { width: 40 }];
  addTitle(sheet, labels.title, labels.subtitle, [c.indicator, c.unit, c.total, c.agencies, c.department, c.note]);
  for (const row of rows) {
    const note = row.kind === "ratio" ? labels.ratioNotSummed : row.agencyCount < row.reporterCount ? labels.partial : "";
    const line = sheet.addRow([indent(row.depth, row.nameVi), row.unit, null, labels.agencyCount(row.agencyCount, row.reporterCount), null, note]);
    if (row.depth === 0) line.getCell(1).font = { bold: true };
    line.getCell(4).alignment = { horizontal: "right" };
    setFigure(line.getCell(3), row.total, numberFormat(row.decimals));
    setFigure(line.getCell(5), row.departmentValue, numberFormat(row.decimals));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
