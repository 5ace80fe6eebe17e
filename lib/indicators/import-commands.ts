import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorReports, indicators, type ReportStatus, type Role } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { CommandContext } from "@/lib/commands";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { normalizeText, type ParsedImportFile, type RawImportRow } from "./import-parse";
import { type ExistingValue, type ImportContext, type ImportIndicator, type ImportValidation, normalizeCode, validateImportRows } from "./import-validate";
import { loadReportForEdit, type SaveReportValuesResult, saveReportValues } from "./report-values";

/*
 * The import of a report's values from a file: a preview that writes nothing, and the
 * confirmation that re-reads the catalogue and the report, checks every row again (the rows
 * come back from the browser and are never trusted) and writes them all through
 * saveReportValues in the caller's transaction, or nothing.
 */

export type Actor = { role: Role; agencyId: number | null };

export interface ImportReport {
  id: number;
  agencyId: number;
  agencyName: string;
  periodCode: string;
  status: ReportStatus;
}

/** The file is the template of another period or another agency (shown above the preview). */
export type FileProblem = { key: "wrongPeriod"; values: { file: string; report: string } } | { key: "wrongAgency"; values: { file: string; report: string } };

export interface ImportPreview {
  report: ImportReport;
  validation: ImportValidation;
  fileProblems: FileProblem[];
}

/** The catalogue rows for the file's codes and the report's current values: three queries whatever the file's size. */
async function loadContext(db: Db, reportId: number, rows: readonly RawImportRow[], statusLabels: ImportContext["statusLabels"]) {
  const edit = await loadReportForEdit(db, reportId);
  if (!edit) return null;
  const byCode = new Map<string, ImportIndicator>();
  const existing = new Map<number, ExistingValue>();
  for (const { indicator, value } of edit.rows) {
    byCode.set(normalizeCode(indicator.code), { ...indicator, reported: true });
    if (value) existing.set(indicator.id, value);
  }
  const others = [...new Set(rows.map((r) => r.code.trim()).filter((code) => code !== "" && !byCode.has(normalizeCode(code))))];
  if (others.length > 0) {
    // Codes are stored as the catalogue writes them (upper case); a file may have "ct-01".
    const spellings = [...new Set(others.flatMap((code) => [code, normalizeCode(code)]))];
    const found = await db
      .select({ id: indicators.id, code: indicators.code, nameVi: indicators.nameVi, unit: indicators.unit, kind: indicators.kind, nonNegative: indicators.nonNegative })
      .from(indicators)
      .where(inArray(indicators.code, spellings));
    for (const row of found) if (!byCode.has(normalizeCode(row.code))) byCode.set(normalizeCode(row.code), { ...row, reported: false });
  }
  const report: ImportReport = { id: edit.report.id, agencyId: edit.report.agencyId, agencyName: edit.report.agencyName, periodCode: edit.report.periodCode, status: edit.report.status };
  return { report, context: { indicators: byCode, existing, statusLabels } satisfies ImportContext };
}

function fileProblems(file: ParsedImportFile, report: ImportReport): FileProblem[] {
  const problems: FileProblem[] = [];
  const { periodCode, agencyName } = file.meta;
  if (periodCode && normalizeCode(periodCode) !== normalizeCode(report.periodCode)) {
    problems.push({ key: "wrongPeriod", values: { file: periodCode, report: report.periodCode } });
  }
  if (agencyName && normalizeText(agencyName) !== normalizeText(report.agencyName)) {
    problems.push({ key: "wrongAgency", values: { file: agencyName, report: report.agencyName } });
  }
  return problems;
}

function assertMayImport(actor: Actor, report: { agencyId: number; status: ReportStatus }): void {
  if (!can(actor, "reports.enter", { agencyId: report.agencyId })) throw new ForbiddenError();
  if (report.status !== "draft") throw new UserFacingError("reportImport.errors.locked");
}

/** What the file would change in the report; writes nothing. */
export async function previewImport(db: Db, actor: Actor, reportId: number, file: ParsedImportFile, statusLabels: ImportContext["statusLabels"]): Promise<ImportPreview> {
  const loaded = await loadContext(db, reportId, file.rows, statusLabels);
  if (!loaded) throw new NotFoundError();
  assertMayImport(actor, loaded.report);
  const validation = validateImportRows(file.rows, { ...loaded.context, decimalMark: file.decimalMark });
  return { report: loaded.report, validation, fileProblems: fileProblems(file, loaded.report) };
}

export interface ApplyImportInput {
  reportId: number;
  file: ParsedImportFile;
  fileName: string;
  statusLabels: ImportContext["statusLabels"];
}

/**
 * Writes every row of a previewed file, or nothing. The report row is locked first so the
 * checks and the write see the same report; any row that is no longer valid (the catalogue
 * or the report changed since the preview, or the rows were tampered with) refuses the lot.
 */
export async function applyImport(ctx: CommandContext, actor: Actor, input: ApplyImportInput): Promise<SaveReportValuesResult> {
  const [locked] = await ctx.tx.select({ agencyId: indicatorReports.agencyId, status: indicatorReports.status }).from(indicatorReports).where(eq(indicatorReports.id, input.reportId)).for("update");
  if (!locked) throw new NotFoundError();
  assertMayImport(actor, locked);
  const preview = await previewImport(ctx.tx, actor, input.reportId, input.file, input.statusLabels);
  const values = preview.validation.values;
  if (preview.fileProblems.length > 0 || values === null) throw new UserFacingError("reportImport.errors.changedSincePreview");
  if (values.length === 0) throw new UserFacingError("reportImport.errors.nothingToWrite");
  const result = await saveReportValues(ctx, { reportId: input.reportId, values, actor });
  await ctx.audit({
    action: "indicator_report.import",
    entityType: "indicator_report",
    entityId: input.reportId,
    after: { fileName: input.fileName, rows: input.file.rows.length, ...result },
  });
  return result;
}
