/*
 * CSV as RFC 4180 describes it, plus what spreadsheets in Vietnam actually write: a UTF-8
 * byte order mark, CRLF or LF line ends, and a semicolon as the delimiter (Excel with
 * Vietnamese regional settings uses ";" because "," is the decimal mark). No CSV library is
 * a dependency of the app (fast-csv is only exceljs' own, stream-based, dependency), and the
 * grammar is small enough to own with tests (import-csv.test.ts).
 */

export type CsvDelimiter = "," | ";" | "\t";

export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`Unterminated quoted field starting on line ${line}`);
    this.name = "CsvSyntaxError";
  }
}

export interface CsvRecord {
  /** The line of the file the record starts on (a quoted field may span lines). */
  line: number;
  cells: string[];
}

const BOM = "\ufeff";

/**
 * Splits CSV text into records. Quoted fields may hold the delimiter, quotes written twice
 * ("") and line breaks; text right after a closing quote is kept, as Excel does, rather than
 * refusing the file. A quote that never closes is an error: everything after it would be one
 * field and the rows would silently shift.
 */
export function parseCsv(input: string, delimiter: CsvDelimiter): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  // A record has started once any character of it was read (an empty line is no record).
  let started = false;
  // Only a quote as a field's first character opens a quoted field (RFC 4180).
  let atFieldStart = true;

  const endField = () => {
    cells.push(field);
    field = "";
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, cells });
    cells = [];
    started = false;
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (!started) {
      recordLine = line;
      started = true;
    }
    if (ch === '"' && atFieldStart) {
      const openLine = line;
      atFieldStart = false;
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
        field += c;
        i++;
      }
      if (!closed) throw new CsvSyntaxError(openLine);
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      continue;
    }
    atFieldStart = false;
    field += ch;
    i++;
  }
  if (started) endRecord();
  return records;
}

/** Characters a spreadsheet reads as the start of a formula when it opens a CSV file. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV line. A field is quoted when it holds the delimiter, a quote, a line break or
 * leading/trailing spaces. Free text (`text: true`) that starts like a formula gets an
 * apostrophe in front so Excel shows it instead of running it (CSV injection); the import
 * removes that apostrophe again (stripFormulaGuard).
 */
export function csvLine(fields: readonly { value: string; text?: boolean }[], delimiter: CsvDelimiter): string {
  return fields
    .map(({ value, text }) => {
      const guarded = text && FORMULA_START.test(value) ? `'${value}` : value;
      const needsQuotes = guarded.includes(delimiter) || /["\r\n]/.test(guarded) || guarded !== guarded.trim();
      return needsQuotes ? `"${guarded.replace(/"/g, '""')}"` : guarded;
    })
    .join(delimiter);
}

/** Undoes csvLine's apostrophe in front of text that looked like a formula. */
export function stripFormulaGuard(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** A whole CSV file for Excel: BOM (so Vietnamese shows correctly) and CRLF line ends. */
export function csvFile(lines: readonly string[]): string {
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
