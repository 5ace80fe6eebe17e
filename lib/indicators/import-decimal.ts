import { type ParsedDecimalInput, parseDecimalInput } from "./compute";

/*
 * Which character is a CSV file's decimal mark. "2.067" is two thousand and sixty-seven to a
 * Vietnamese spreadsheet and two point zero six seven to LibreOffice in an English locale,
 * which writes "," between fields and "." in numbers. Reading every number the Vietnamese
 * way turned 5.125 into 5125 beside a 47.25 that was read right, in the same file. So the
 * mark is decided once per file: from the numbers that can only be read one way (47.25,
 * 13,6), else the template's "Dấu thập phân" line, else the field separator; and where the
 * file leaves it open, a number that reads two ways is flagged, never guessed.
 */

export type DecimalMark = "," | ".";

/**
 * spreadsheet: an .xlsx, whose numbers are numbers (import-parse.ts writes them with ",");
 * values: the file's numbers that read only one way; hint: the template's "Dấu thập phân"
 * line; separator: ";" files come from Vietnamese settings, "," files from English ones;
 * conflict: the numbers contradict each other; undecided: nothing tells.
 */
export type DecimalMarkSource = "spreadsheet" | "values" | "hint" | "separator" | "conflict" | "undecided";

export interface FileDecimalMark {
  mark: DecimalMark | null;
  source: DecimalMarkSource;
}

export const SPREADSHEET_DECIMAL_MARK: FileDecimalMark = { mark: ",", source: "spreadsheet" };

/** 1.234 or 1.234.567 (with "," read as "." when the mark is "."). */
const GROUPED = /^[1-9]\d{0,2}(\.\d{3})+$/;

/** The number read strictly with "," as the decimal mark: "." only groups thousands. */
function readWithComma(text: string): ParsedDecimalInput {
  const body = text.replace(/\s/g, "").replace(/^[-\u2212]/, "");
  const integer = body.split(",")[0];
  if (integer.includes(".") && !GROUPED.test(integer)) return { ok: false };
  return parseDecimalInput(text);
}

/** The number read with the given mark, strictly (the other character only groups thousands). */
export function readWithMark(text: string, mark: DecimalMark): ParsedDecimalInput {
  if (mark === ",") return readWithComma(text);
  return readWithComma(text.replace(/[.,]/g, (c) => (c === "." ? "," : ".")));
}

export type FileNumber = ParsedDecimalInput | { ok: false; ambiguous: { comma: string; dot: string } };

/** A number of the file: read with the file's mark, or flagged when the mark is open and it reads two ways. */
export function readFileNumber(text: string, file: FileDecimalMark): FileNumber {
  if (file.source === "spreadsheet") return parseDecimalInput(text);
  if (file.mark) return readWithMark(text, file.mark);
  const comma = readWithMark(text, ",");
  const dot = readWithMark(text, ".");
  if (comma.ok && dot.ok && comma.value !== dot.value) return { ok: false, ambiguous: { comma: comma.value, dot: dot.value } };
  return comma.ok ? comma : dot;
}

/** "dấu phẩy", ",", "comma" → ","; "dấu chấm", ".", "point" → "."; anything else → null. */
export function hintMark(text: string | null): DecimalMark | null {
  const t = (text ?? "").normalize("NFC").toLocaleLowerCase("vi").trim();
  if (/^(,|dấu phẩy|phẩy|comma)(\s*\(,\))?$/.test(t)) return ",";
  if (/^(\.|dấu chấm|chấm|point|dot|period|full stop)(\s*\(\.\))?$/.test(t)) return ".";
  return null;
}

/**
 * The file's mark from its numbers (the value and percentage columns), the preamble hint and
 * the separator, in that order: what the numbers show is what the program that wrote them
 * did, even when the hint came with a template another program re-saved.
 */
export function decideDecimalMark(numbers: readonly string[], hint: string | null, delimiter: "," | ";" | "\t"): FileDecimalMark {
  let comma = false;
  let dot = false;
  for (const text of numbers) {
    if (text.trim() === "") continue;
    const asComma = readWithMark(text, ",").ok;
    const asDot = readWithMark(text, ".").ok;
    if (asComma && !asDot) comma = true;
    if (asDot && !asComma) dot = true;
  }
  if (comma && dot) return { mark: null, source: "conflict" };
  if (comma || dot) return { mark: comma ? "," : ".", source: "values" };
  const hinted = hintMark(hint);
  if (hinted) return { mark: hinted, source: "hint" };
  if (delimiter === ";") return { mark: ",", source: "separator" };
  if (delimiter === ",") return { mark: ".", source: "separator" };
  return { mark: null, source: "undecided" };
}
