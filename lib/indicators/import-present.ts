import type { ValueStatus } from "@/db/schema";
import { formatNumber } from "@/lib/format";
import type { FormState } from "@/lib/form-state";
import type { ImportPreview } from "./import-commands";
import type { ParsedImportFile } from "./import-parse";
import type { RowChange, ValidatedRow } from "./import-validate";

/*
 * The preview as the page shows it: every row with what was read, what it would change and
 * its errors, all already in the user's language (the client component only lays it out).
 * Shared by the server action and the client component, so it holds no server-only code.
 */

export interface ImportPreviewRowView {
  line: number;
  code: string;
  name: string;
  unit: string;
  value: string;
  status: string;
  note: string;
  growth: string;
  plan: string;
  change: string;
  tone: "green" | "blue" | "grey" | "red";
  errors: string[];
}

export interface ImportPreviewView {
  reportId: number;
  fileName: string;
  rows: ImportPreviewRowView[];
  summary: string;
  /** Problems of the whole file (the template of another period or agency). */
  fileProblems: string[];
  /** How the file's numbers were read: "Dấu thập phân: dấu chấm (13.6), nhận ra từ các số trong tệp." */
  decimalMark: string;
  /** The mark is open (numbers contradict each other, or nothing tells): numbers that read two ways are flagged. */
  decimalMarkOpen: boolean;
  errorCount: number;
  /** The rows to send back with "Ghi số liệu" (checked again on the server), when every row is valid and some would be written. */
  payload: string | null;
}

/** What the import form's action returns: a form state, or a preview to confirm. */
export type ImportFormState = FormState | { status: "preview"; preview: ImportPreviewView };

type Translate = (key: string, values?: Record<string, string | number>) => string;

const TONES: Record<RowChange["kind"], ImportPreviewRowView["tone"]> = { new: "green", revised: "blue", unchanged: "grey", skipped: "grey", invalid: "red" };

function changeText(row: ValidatedRow, t: Translate): string {
  const change = row.change;
  if (change.kind !== "revised") return t(`reportImport.changes.${change.kind}`);
  const to = row.input?.value ?? null;
  if (to !== null && change.from.value !== null && formatNumber(change.from.value) !== formatNumber(to)) {
    return t("reportImport.changes.revised", { from: formatNumber(change.from.value), to: formatNumber(to) });
  }
  return t("reportImport.changes.revisedDetails");
}

function rowView(row: ValidatedRow, t: Translate, statusLabels: Record<ValueStatus, string>): ImportPreviewRowView {
  const { raw, input, indicator } = row;
  return {
    line: raw.line,
    code: raw.code,
    name: indicator?.nameVi ?? raw.name,
    unit: raw.unit || indicator?.unit || "",
    // A valid figure as the app read it (so "2.067" read as 2067 is visible), else the text as written.
    value: input?.value != null ? formatNumber(input.value) : raw.value,
    status: input ? statusLabels[input.status] : raw.status,
    note: raw.note,
    growth: input?.reportedGrowthPercent != null ? formatNumber(input.reportedGrowthPercent) : raw.growth,
    plan: input?.reportedPlanPercent != null ? formatNumber(input.reportedPlanPercent) : raw.plan,
    change: changeText(row, t),
    tone: TONES[row.change.kind],
    errors: row.errors.map((error) => t(`reportImport.rowErrors.${error.key}`, error.values)),
  };
}

export function presentPreview(preview: ImportPreview, file: ParsedImportFile, fileName: string, t: Translate, statusLabels: Record<ValueStatus, string>): ImportPreviewView {
  const { validation } = preview;
  const fileProblems = preview.fileProblems.map((problem) => t(`reportImport.errors.${problem.key}`, problem.values));
  const writable = validation.values !== null && validation.values.length > 0 && fileProblems.length === 0;
  return {
    reportId: preview.report.id,
    fileName,
    rows: validation.rows.map((row) => rowView(row, t, statusLabels)),
    summary: t("reportImport.summary", { rows: validation.rows.length, ...validation.counts }),
    fileProblems,
    ...decimalMarkText(file, t),
    errorCount: validation.errorCount,
    payload: writable ? JSON.stringify(file) : null,
  };
}

function decimalMarkText(file: ParsedImportFile, t: Translate): Pick<ImportPreviewView, "decimalMark" | "decimalMarkOpen"> {
  const { mark, source } = file.decimalMark;
  if (mark === null) return { decimalMark: t(`reportImport.decimalMark.${source === "conflict" ? "conflict" : "undecided"}`), decimalMarkOpen: true };
  return {
    decimalMark: t("reportImport.decimalMark.decided", { mark: t(`reportImport.decimalMark.${mark === "," ? "comma" : "dot"}`), source: t(`reportImport.decimalMark.sources.${source}`) }),
    decimalMarkOpen: false,
  };
}
