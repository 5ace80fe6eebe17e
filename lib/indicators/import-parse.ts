import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { detectAllowedType, extensionOf } from "@/lib/storage/content-type";
import { checkUnpackedSize } from "@/lib/zip/unpacked-size";
import { type CsvDelimiter, CsvSyntaxError, parseCsv, stripFormulaGuard } from "./import-csv";
import { decideDecimalMark, type FileDecimalMark, SPREADSHEET_DECIMAL_MARK } from "./import-decimal";

/*
 * Reading an import file (the template from import-template.ts, filled in) into plain rows of
 * text. Nothing here knows the catalogue: import-validate.ts decides what the text means.
 * Columns are found by their header text, not their position, so a user who moves or hides
 * a column, or saves the .xlsx template as CSV, still imports the same figures.
 */

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;
/** How far down the header row may be (the template has a title and instructions above it). */
const HEADER_SEARCH_ROWS = 50;

export const importColumns = ["code", "name", "unit", "value", "status", "note", "growth", "plan"] as const;
export type ImportColumn = (typeof importColumns)[number];

/** The words of the template that the reader recognises, in one language. */
export interface ImportSheetLabels {
  columns: Record<ImportColumn, string>;
  /** Preamble label of the reporting agency's name ("Đơn vị báo cáo"). */
  agency: string;
  /** Preamble label of the period code ("Mã kỳ báo cáo"). */
  periodCode: string;
  /** Preamble label of the CSV template's decimal mark ("Dấu thập phân"). */
  decimalMark: string;
}

/** One data row as text, exactly as the file holds it (numbers from a spreadsheet as "89,16"). */
export interface RawImportRow {
  /** The row number in the spreadsheet, or the line in the CSV file. */
  line: number;
  code: string;
  name: string;
  unit: string;
  value: string;
  status: string;
  note: string;
  growth: string;
  plan: string;
}

/** What the template's preamble says the file is for, when it says so. */
export interface ImportFileMeta {
  agencyName: string | null;
  periodCode: string | null;
}

export interface ParsedImportFile {
  rows: RawImportRow[];
  meta: ImportFileMeta;
  /** How the file's numbers are read (lib/indicators/import-decimal.ts); shown in the preview. */
  decimalMark: FileDecimalMark;
}

/** Why a file could not be read at all (message keys under reportImport.errors). */
export type ImportFileErrorKey = "typeNotAllowed" | "oldExcel" | "csvNotUtf8" | "tooLarge" | "unpackedTooLarge" | "empty" | "unreadable" | "noHeader" | "tooManyRows" | "csvQuote";

/** What an .xlsx may unpack to: far more than 2,000 rows of the template need, far less than a zip bomb's gigabytes. */
export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
/** What one part of it (a worksheet, the shared strings) may unpack to. */
export const MAX_UNPACKED_ENTRY_BYTES = 30 * 1024 * 1024;
/** Parts an .xlsx may have: the template has about a dozen. */
export const MAX_ARCHIVE_ENTRIES = 1000;

export class ImportFileError extends Error {
  constructor(readonly key: ImportFileErrorKey) {
    super(key);
    this.name = "ImportFileError";
  }
}

export interface GridRow {
  line: number;
  cells: string[];
}

/** For comparing words a person typed: Unicode-normalised, trimmed, single spaces, lower case. */
export function normalizeText(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
}

const labelKey = (value: string) => normalizeText(value).replace(/[:*]+$/, "").trim();

/** The file's type from its bytes (never its name or the browser's word): an .xlsx workbook or UTF-8 CSV text. */
export async function detectImportFileKind(bytes: Uint8Array, fileName: string): Promise<"xlsx" | "csv"> {
  if (bytes.length === 0) throw new ImportFileError("empty");
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError("tooLarge");
  const type = await detectAllowedType(bytes, fileName);
  if (type?.ext === "xlsx") return "xlsx";
  if (type?.ext === "csv") return "csv";
  const extension = extensionOf(fileName);
  if (type?.ext === "xls" || extension === "xls") throw new ImportFileError("oldExcel");
  // A .csv that is not clean UTF-8: Excel's plain "CSV" saves in the Windows code page.
  if (!type && extension === "csv") throw new ImportFileError("csvNotUtf8");
  throw new ImportFileError("typeNotAllowed");
}

export async function parseImportFile(bytes: Uint8Array, kind: "xlsx" | "csv", labelSets: readonly ImportSheetLabels[]): Promise<ParsedImportFile> {
  if (kind === "csv") return parseCsvImport(new TextDecoder("utf-8").decode(bytes), labelSets);
  return extractImportRows(await readXlsxGrid(bytes), labelSets);
}

/**
 * CSV from Vietnamese Excel is separated by ";", elsewhere by ","; tabs come from pasting.
 * Each is tried and the one under which the header row shows the most known columns wins.
 */
export function parseCsvImport(text: string, labelSets: readonly ImportSheetLabels[]): ParsedImportFile {
  let best: { parsed: ParsedImportFile; columns: number } | null = null;
  let quoteError: CsvSyntaxError | null = null;
  for (const delimiter of [";", ",", "\t"] as CsvDelimiter[]) {
    let grid: GridRow[];
    try {
      grid = parseCsv(text, delimiter).map((record) => ({ line: record.line, cells: record.cells.map(stripFormulaGuard) }));
    } catch (error) {
      if (error instanceof CsvSyntaxError) {
        quoteError = error;
        continue;
      }
      throw error;
    }
    const header = findHeader(grid, labelSets);
    if (header && (!best || header.found > best.columns)) best = { parsed: extractImportRows(grid, labelSets, delimiter), columns: header.found };
  }
  if (best) return best.parsed;
  throw new ImportFileError(quoteError ? "csvQuote" : "noHeader");
}

/** The first worksheet that has the header row, as rows of text. */
export async function readXlsxGrid(bytes: Uint8Array): Promise<GridRow[]> {
  // exceljs unpacks the whole archive into memory: measure what it really unpacks to first
  // (whatever its headers claim), and refuse a zip bomb after inflating at most the limit.
  const unpacked = checkUnpackedSize(bytes, { perEntry: MAX_UNPACKED_ENTRY_BYTES, total: MAX_UNPACKED_BYTES, entries: MAX_ARCHIVE_ENTRIES });
  if (!unpacked.ok) throw new ImportFileError(unpacked.reason === "tooLarge" ? "unpackedTooLarge" : "unreadable");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  } catch {
    throw new ImportFileError("unreadable");
  }
  const grids = workbook.worksheets.map((sheet) => {
    const grid: GridRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell.value, cell.numFmt);
      });
      grid.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? "") });
    });
    return grid;
  });
  return grids.find((grid) => grid.length > 0) ?? [];
}

/**
 * A spreadsheet number as text the validator reads unambiguously: the shortest decimal
 * that the stored double stands for (String(89.16) is "89.16", never 89.1599…), with the
 * Vietnamese decimal comma ("89,16"), since "468.112" would read as 468112. A cell shown
 * as a percentage holds the fraction (13,6% is 0.136) and is given back as 13,6.
 */
export function numberText(value: number, numFmt?: string): string {
  if (!Number.isFinite(value)) return String(value);
  let decimal = new Decimal(String(value));
  if (numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ""))) decimal = decimal.times(100);
  return decimal.toFixed().replace(".", ",");
}

function dateText(value: Date): string {
  const iso = value.toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Whatever a cell holds, as the text a person would read in it. */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberText(value, numFmt);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null) return "";
    if (typeof result === "object" && !(result instanceof Date)) return result.error;
    return cellText(result, numFmt);
  }
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : "";
  if ("error" in value) return value.error;
  return "";
}

interface HeaderMatch {
  index: number;
  columns: Partial<Record<ImportColumn, number>>;
  found: number;
}

/** The header row: the first row naming at least the code and the value columns. */
function findHeader(grid: readonly GridRow[], labelSets: readonly ImportSheetLabels[]): HeaderMatch | null {
  const byLabel = new Map<string, ImportColumn>();
  for (const set of labelSets) for (const column of importColumns) byLabel.set(labelKey(set.columns[column]), column);
  for (let index = 0; index < Math.min(grid.length, HEADER_SEARCH_ROWS); index++) {
    const columns: Partial<Record<ImportColumn, number>> = {};
    grid[index].cells.forEach((cell, position) => {
      const column = byLabel.get(labelKey(cell));
      if (column && columns[column] === undefined) columns[column] = position;
    });
    if (columns.code !== undefined && columns.value !== undefined) return { index, columns, found: Object.keys(columns).length };
  }
  return null;
}

/** The value beside a preamble label ("Mã kỳ báo cáo" | "2012-H1"), in the rows above the header. */
function preambleValue(rows: readonly GridRow[], labels: readonly string[]): string | null {
  const wanted = new Set(labels.map(labelKey));
  for (const row of rows) {
    const at = row.cells.findIndex((cell) => wanted.has(labelKey(cell)));
    if (at < 0) continue;
    const value = row.cells.slice(at + 1).find((cell) => cell.trim() !== "");
    if (value) return value.trim();
  }
  return null;
}

/** The file's rows; `delimiter` for a CSV file, whose decimal mark is then decided from it (an .xlsx has real numbers). */
export function extractImportRows(grid: readonly GridRow[], labelSets: readonly ImportSheetLabels[], delimiter?: CsvDelimiter): ParsedImportFile {
  const header = findHeader(grid, labelSets);
  if (!header) throw new ImportFileError("noHeader");
  const preamble = grid.slice(0, header.index);
  const meta: ImportFileMeta = {
    agencyName: preambleValue(
      preamble,
      labelSets.map((s) => s.agency),
    ),
    periodCode: preambleValue(
      preamble,
      labelSets.map((s) => s.periodCode),
    ),
  };
  const rows: RawImportRow[] = [];
  for (const { line, cells } of grid.slice(header.index + 1)) {
    const read = (column: ImportColumn) => {
      const position = header.columns[column];
      return position === undefined ? "" : (cells[position] ?? "").replace(/\r\n?/g, "\n").trim();
    };
    const row: RawImportRow = {
      line,
      code: read("code"),
      // The name is only shown beside the code (the catalogue's name wins); a pasted essay is cut.
      name: read("name").slice(0, 300),
      unit: read("unit"),
      value: read("value"),
      status: read("status"),
      note: read("note"),
      growth: read("growth"),
      plan: read("plan"),
    };
    if (importColumns.every((column) => row[column] === "")) continue;
    rows.push(row);
    if (rows.length > MAX_IMPORT_ROWS) throw new ImportFileError("tooManyRows");
  }
  if (delimiter === undefined) return { rows, meta, decimalMark: SPREADSHEET_DECIMAL_MARK };
  const percent = (text: string) => text.replace(/%\s*$/, "").replace(/^\s*\+/, "");
  const numbers = rows.flatMap((row) => [row.value, percent(row.growth), percent(row.plan)]);
  const hint = preambleValue(
    preamble,
    labelSets.map((s) => s.decimalMark),
  );
  return { rows, meta, decimalMark: decideDecimalMark(numbers, hint, delimiter) };
}
