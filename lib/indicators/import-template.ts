import ExcelJS from "exceljs";
import type { ValueStatus } from "@/db/schema";
import { addPrintableSheet, markHeaderRow } from "@/lib/xlsx";
import { exactCellValue, numberFormat, plainViNumber } from "./export-cells";
import { csvFile, csvLine } from "./import-csv";
import type { ImportColumn, ImportSheetLabels } from "./import-parse";
import type { ReportForEdit, ReportForEditRow } from "./report-values";

/*
 * The import template of one report: its agency and period above, then one row per
 * indicator the agency reports, with what is already entered. Code, name and unit are
 * locked and grey (the import matches rows by code and checks the unit); the columns to
 * fill are open, the status column offers its three words as a list.
 */

/** Every word of the template, already in the user's language. */
export interface TemplateLabels {
  sheet: ImportSheetLabels;
  sheetName: string;
  title: string;
  /** Preamble label of the period's name ("Kỳ báo cáo"). */
  period: string;
  instructions: string[];
  statuses: Record<ValueStatus, string>;
  statusListTitle: string;
  statusListError: string;
}

export interface TemplateSource {
  report: ReportForEdit["report"];
  rows: ReportForEditRow[];
  /** "6 tháng đầu năm 2012". */
  periodText: string;
}

const COLUMN_ORDER: readonly ImportColumn[] = ["code", "name", "unit", "value", "status", "note", "growth", "plan"];
const WIDTHS: Record<ImportColumn, number> = { code: 14, name: 50, unit: 18, value: 16, status: 18, note: 36, growth: 20, plan: 20 };
const LOCKED = new Set<ImportColumn>(["code", "name", "unit"]);
const GREY: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };

/** Sub-indicators ("trong đó") are written "- name" under their parent, as in the report. */
function indentedNames(rows: readonly ReportForEditRow[]): string[] {
  const depth = new Map<number, number>();
  return rows.map(({ indicator }) => {
    const d = indicator.parentId !== null && depth.has(indicator.parentId) ? (depth.get(indicator.parentId) ?? 0) + 1 : 0;
    depth.set(indicator.id, d);
    return `${"- ".repeat(d)}${indicator.nameVi}`;
  });
}

interface TemplateRow {
  code: string;
  name: string;
  unit: string;
  decimals: number;
  value: string | null;
  status: string;
  note: string;
  growth: string | null;
  plan: string | null;
}

function templateRows(source: TemplateSource, labels: TemplateLabels): TemplateRow[] {
  const names = indentedNames(source.rows);
  return source.rows.map(({ indicator, value }, index) => ({
    code: indicator.code,
    name: names[index],
    unit: indicator.unit,
    decimals: indicator.decimals,
    value: value?.value ?? null,
    status: value ? labels.statuses[value.status] : "",
    note: value?.note ?? "",
    growth: value?.reportedGrowthPercent ?? null,
    plan: value?.reportedPlanPercent ?? null,
  }));
}

export async function buildTemplateWorkbook(source: TemplateSource, labels: TemplateLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addPrintableSheet(workbook, labels.sheetName, COLUMN_ORDER.map((column) => WIDTHS[column]));
  sheet.addRow([labels.title]).font = { bold: true, size: 14 };
  sheet.addRow([labels.sheet.agency, source.report.agencyName]);
  sheet.addRow([labels.period, source.periodText]);
  sheet.addRow([labels.sheet.periodCode, source.report.periodCode]);
  for (const row of [2, 3, 4]) sheet.getCell(row, 1).font = { bold: true };
  sheet.addRow([]);
  for (const line of labels.instructions) sheet.addRow([line]).font = { italic: true };
  sheet.addRow([]);

  const header = sheet.addRow(COLUMN_ORDER.map((column) => labels.sheet.columns[column]));
  markHeaderRow(sheet, header);
  header.eachCell((cell) => {
    cell.fill = GREY;
  });

  const statusList = `"${Object.values(labels.statuses).join(",")}"`;
  for (const data of templateRows(source, labels)) {
    const row = sheet.addRow([data.code, data.name, data.unit, null, data.status, data.note]);
    COLUMN_ORDER.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      if (LOCKED.has(column)) cell.fill = GREY;
      else cell.protection = { locked: false };
    });
    const valueCell = row.getCell(4);
    valueCell.numFmt = numberFormat(data.decimals);
    if (data.value !== null) valueCell.value = exactCellValue(data.value);
    if (data.growth !== null) row.getCell(7).value = exactCellValue(data.growth);
    if (data.plan !== null) row.getCell(8).value = exactCellValue(data.plan);
    row.getCell(5).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [statusList],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: labels.statusListTitle,
      error: labels.statusListError,
    };
  }
  // No password: the lock keeps a hurried hand off the codes, it is not a security measure.
  await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The same template as CSV (UTF-8 with BOM, ";" as Excel with Vietnamese settings expects,
 * figures with the decimal comma), for units whose tools do not write .xlsx.
 */
export function buildTemplateCsv(source: TemplateSource, labels: TemplateLabels): string {
  const d = ";" as const;
  const text = (value: string) => ({ value, text: true });
  const figure = (value: string | null) => ({ value: value === null ? "" : plainViNumber(value) });
  const lines = [
    csvLine([text(labels.title)], d),
    csvLine([text(labels.sheet.agency), text(source.report.agencyName)], d),
    csvLine([text(labels.period), text(source.periodText)], d),
    csvLine([text(labels.sheet.periodCode), text(source.report.periodCode)], d),
    // Read back by the import when the numbers themselves do not tell (import-decimal.ts).
    csvLine([text(labels.sheet.decimalMark), { value: "," }], d),
    "",
    ...labels.instructions.map((line) => csvLine([text(line)], d)),
    "",
    csvLine(
      COLUMN_ORDER.map((column) => text(labels.sheet.columns[column])),
      d,
    ),
    ...templateRows(source, labels).map((row) =>
      csvLine([text(row.code), text(row.name), text(row.unit), figure(row.value), text(row.status), text(row.note), figure(row.growth), figure(row.plan)], d),
    ),
  ];
  return csvFile(lines);
}
