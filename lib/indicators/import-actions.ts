"use server";

import { eq } from "drizzle-orm";
import { getTranslations } from "@/lib/i18n/server";
import { z } from "zod";
import type { Db } from "@/db/client";
import { indicatorReports, type ValueStatus, valueStatuses } from "@/db/schema";
import { mutate } from "@/lib/actions";
import { UserFacingError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { locales } from "@/lib/i18n/locales";
import { idSchema } from "@/lib/validation";
import { importSheetLabels, valueStatusLabels } from "./export-labels";
import { applyImport, type ImportPreview, previewImport } from "./import-commands";
import { detectImportFileKind, ImportFileError, type ImportSheetLabels, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ParsedImportFile, parseImportFile } from "./import-parse";
import { type ImportFormState, presentPreview } from "./import-present";
import type { SaveReportValuesResult } from "./report-values";

/*
 * The import's two steps, public POST endpoints like every server action: mutate() checks the
 * session, "reports.enter" and (for a unit officer) the report's agency; the commands check
 * again inside the transaction that the report is a draft. Step 1 reads the file and returns
 * the preview (nothing written); step 2 gets the rows back from a hidden field, checks them
 * all again on the server and writes them in one transaction.
 */

const previewSchema = z.object({
  reportId: idSchema,
  // mutate() sees a file input as its name; the bytes are read from the FormData below.
  file: z.string({ error: "reportImport.errors.chooseFile" }).min(1, "reportImport.errors.chooseFile"),
});

const cell = z.string().max(5000);
const parsedFileSchema = z.object({
  rows: z
    .array(z.object({ line: z.number().int().min(0), code: cell, name: cell, unit: cell, value: cell, status: cell, note: cell, growth: cell, plan: cell }))
    .max(MAX_IMPORT_ROWS),
  meta: z.object({ agencyName: cell.nullable(), periodCode: cell.nullable() }),
  // Only how the user's own file is read: the rows are checked again whatever it says.
  decimalMark: z.object({ mark: z.enum([",", "."]).nullable(), source: z.enum(["spreadsheet", "values", "hint", "separator", "conflict", "undecided"]) }),
});

const confirmSchema = z.object({
  reportId: idSchema,
  fileName: z.string().max(300).default(""),
  rows: z.string({ error: "reportImport.errors.changedSincePreview" }).transform((text, ctx): ParsedImportFile => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = parsedFileSchema.safeParse(json);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: "reportImport.errors.changedSincePreview" });
      return z.NEVER;
    }
    return parsed.data;
  }),
});

async function reportScope(input: { reportId: number }, db: Db) {
  const [row] = await db.select({ agencyId: indicatorReports.agencyId }).from(indicatorReports).where(eq(indicatorReports.id, input.reportId)).limit(1);
  return { agencyId: row?.agencyId ?? null };
}

/** The template's words in every language, so a template downloaded in English reads back in Vietnamese too. */
async function readerLabels(): Promise<{ sheets: ImportSheetLabels[]; statuses: Record<ValueStatus, string[]> }> {
  const translators = await Promise.all(locales.map((locale) => getTranslations({ locale })));
  const statuses = Object.fromEntries(valueStatuses.map((s) => [s, translators.map((t) => valueStatusLabels(t)[s])])) as Record<ValueStatus, string[]>;
  return { sheets: translators.map(importSheetLabels), statuses };
}

async function readUpload(formData: FormData, sheets: readonly ImportSheetLabels[]): Promise<{ file: ParsedImportFile; fileName: string }> {
  const upload = formData.get("file");
  if (!(upload instanceof File) || upload.name === "") throw new UserFacingError("reportImport.errors.chooseFile", "file");
  // Refuse by the declared size before reading it into memory; the bytes are checked again.
  if (upload.size > MAX_IMPORT_BYTES) throw new UserFacingError("reportImport.errors.tooLarge", "file");
  const bytes = new Uint8Array(await upload.arrayBuffer());
  try {
    const kind = await detectImportFileKind(bytes, upload.name);
    return { file: await parseImportFile(bytes, kind, sheets), fileName: upload.name };
  } catch (error) {
    if (error instanceof ImportFileError) throw new UserFacingError(`reportImport.errors.${error.key}`, "file");
    throw error;
  }
}

export async function previewImportAction(_state: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const labels = await readerLabels();
  let outcome: { preview: ImportPreview; file: ParsedImportFile; fileName: string } | null = null;
  const result = await mutate(formData, {
    schema: previewSchema,
    permission: "reports.enter",
    scope: reportScope,
    run: async ({ tx, input, user }) => {
      const { file, fileName } = await readUpload(formData, labels.sheets);
      outcome = { preview: await previewImport(tx, user, input.reportId, file, labels.statuses), file, fileName };
    },
  });
  if (result.status !== "ok" || outcome === null) return result;
  const { preview, file, fileName } = outcome;
  const t = await getTranslations();
  const statusNames = valueStatusLabels(t);
  return { status: "preview", preview: presentPreview(preview, file, fileName, (key, values) => t(key, values), statusNames) };
}

export async function confirmImportAction(_state: FormState, formData: FormData): Promise<FormState> {
  const labels = await readerLabels();
  return mutate(formData, {
    schema: confirmSchema,
    permission: "reports.enter",
    scope: reportScope,
    run: async ({ tx, input, user, audit }): Promise<SaveReportValuesResult & { reportId: number }> => {
      const result = await applyImport({ tx, actorId: user.id, audit }, user, { reportId: input.reportId, file: input.rows, fileName: input.fileName, statusLabels: labels.statuses });
      return { ...result, reportId: input.reportId };
    },
    // The raw id only names the page to refresh; an invalid one fails validation before anything is written.
    revalidate: [`/reports/${Number(formData.get("reportId"))}`],
    // The rows are not typed by anyone: no need to send them back with an error.
    secretFields: ["rows"],
    redirectTo: (done) => `/reports/${done.reportId}/import?created=${done.created}&revised=${done.revised}&unchanged=${done.unchanged}`,
  });
}
