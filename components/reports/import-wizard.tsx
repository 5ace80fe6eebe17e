"use client";

import { useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { ActionForm, type ActionFormLabels } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { HiddenField } from "@/components/ui/fields";
import { idleFormState } from "@/lib/form-state";
import { confirmImportAction, previewImportAction } from "@/lib/indicators/import-actions";
import type { ImportFormState } from "@/lib/indicators/import-present";
import { ImportPreviewTable, type ImportPreviewTableLabels } from "./import-preview-table";

export interface ImportWizardLabels {
  fileLabel: string;
  fileHint: string;
  preview: string;
  previewing: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  /** "Bước 3. Kiểm tra số liệu đọc được từ tệp {fileName}" with the placeholder left in. */
  previewTitle: string;
  hasErrors: string;
  fileProblemsTitle: string;
  nothingToWrite: string;
  ready: string;
  table: ImportPreviewTableLabels;
  confirm: ActionFormLabels;
}

/**
 * Upload → preview → "Ghi số liệu". The preview is the upload action's answer; the rows it
 * read travel in a hidden field to the confirmation, which checks them all again on the
 * server. A new upload replaces the preview. Works without JavaScript as a plain form post.
 */
export function ImportWizard({ reportId, labels }: { reportId: number; labels: ImportWizardLabels }) {
  const [state, formAction] = useActionState<ImportFormState, FormData>(previewImportAction, idleFormState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fileError = state.status === "error" ? state.fieldErrors?.file : undefined;
  const preview = state.status === "preview" ? state.preview : null;
  const hasProblems = state.status === "error" || (preview !== null && (preview.errorCount > 0 || preview.fileProblems.length > 0));

  useEffect(() => {
    const prefix = `${labels.errorTitlePrefix} `;
    const bare = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = hasProblems ? prefix + bare : bare;
    if (hasProblems) summaryRef.current?.focus();
  }, [state, hasProblems, labels.errorTitlePrefix]);

  return (
    <div className="space-y-8">
      <form action={formAction} noValidate className="space-y-5">
        {state.status === "error" ? (
          <div ref={summaryRef} tabIndex={-1} role="group" aria-labelledby="import-error-title" className="rounded border-4 border-danger-600 bg-white p-4">
            <h2 id="import-error-title" className="text-lg font-bold text-slate-900">
              {labels.errorSummaryTitle}
            </h2>
            {fileError ? (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                <li>
                  <a className="font-semibold text-danger-600 underline" href="#field-file">
                    {fileError}
                  </a>
                </li>
              </ul>
            ) : state.message ? (
              <p className="mt-1 text-slate-800">{state.message}</p>
            ) : null}
          </div>
        ) : null}
        <input type="hidden" name="reportId" value={reportId} />
        <div className={`max-w-2xl ${fileError ? "border-l-4 border-danger-600 pl-3" : ""}`}>
          <label htmlFor="field-file" className="block font-semibold text-slate-900">
            {labels.fileLabel}
          </label>
          <p id="hint-file" className="mt-0.5 text-sm text-slate-600">
            {labels.fileHint}
          </p>
          <p id="error-file" aria-live="polite" className="mt-0.5 text-sm font-semibold text-danger-600">
            {fileError}
          </p>
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby="hint-file error-file"
            className={`mt-1 block w-full max-w-full rounded border-2 bg-white px-3 py-2 text-base file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 file:font-semibold ${fileError ? "border-danger-600" : "border-slate-600"}`}
          />
        </div>
        <UploadButton label={labels.preview} pending={labels.previewing} />
      </form>

      {preview ? (
        <section aria-labelledby="import-preview-title" className="space-y-4">
          <h2 id="import-preview-title" className="text-xl font-bold text-slate-900">
            {labels.previewTitle.replace("{fileName}", preview.fileName)}
          </h2>
          <p className="text-slate-800">{preview.summary}</p>
          <p className={preview.decimalMarkOpen ? "rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900" : "text-slate-800"}>{preview.decimalMark}</p>
          {preview.fileProblems.length > 0 || preview.errorCount > 0 ? (
            <div ref={summaryRef} tabIndex={-1} role="group" aria-labelledby="import-problems-title" className="rounded border-4 border-danger-600 bg-white p-4">
              <h3 id="import-problems-title" className="text-lg font-bold text-slate-900">
                {preview.fileProblems.length > 0 ? labels.fileProblemsTitle : labels.errorSummaryTitle}
              </h3>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
                {preview.fileProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
                {preview.errorCount > 0 ? <li>{labels.hasErrors.replace("{count}", String(preview.errorCount))}</li> : null}
              </ul>
            </div>
          ) : preview.payload === null ? (
            <p role="status" className="rounded border-l-4 border-brand-600 bg-brand-50 p-3 text-slate-900">
              {labels.nothingToWrite}
            </p>
          ) : (
            <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
              {labels.ready}
            </p>
          )}
          <ImportPreviewTable rows={preview.rows} caption={labels.table.caption.replace("{fileName}", preview.fileName)} labels={labels.table} />
          {preview.payload !== null ? (
            // Keyed by the payload so a new preview never confirms the previous one's rows.
            <ActionForm key={preview.payload} action={confirmImportAction} labels={labels.confirm}>
              <HiddenField name="reportId" value={preview.reportId} />
              <HiddenField name="fileName" value={preview.fileName} />
              <HiddenField name="rows" value={preview.payload} />
            </ActionForm>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

function UploadButton({ label, pending }: { label: string; pending: string }) {
  const status = useFormStatus();
  return (
    <button type="submit" disabled={status.pending} aria-disabled={status.pending} className={buttonClass("primary")}>
      {status.pending ? pending : label}
    </button>
  );
}
