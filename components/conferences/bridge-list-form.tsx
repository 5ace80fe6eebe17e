"use client";

import { useActionState } from "react";
import { ActionForm, type ActionFormLabels } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { HiddenField } from "@/components/ui/fields";
import { addBridgeListAction, type BridgePreviewState, previewBridgeListAction } from "@/lib/conferences/bridge-actions";

export interface BridgeListLabels {
  title: string;
  list: string;
  listHint: string;
  file: string;
  fileHint: string;
  preview: string;
  previewing: string;
  previewTitle: string;
  line: string;
  name: string;
  agency: string;
  check: string;
  ok: string;
  summary: string;
  summaryErrors: string;
  save: ActionFormLabels;
}

const idle: BridgePreviewState = { status: "idle", list: "", lines: [] };

/**
 * Many bridge points at once: paste a list (or choose a spreadsheet), see every line as it will
 * be saved with its responsible agency found in the directory and each line's problem, then
 * save all of them in one step. A list with any bad line cannot be saved (all or nothing).
 */
export function BridgeListForm({ conferenceId, labels }: { conferenceId: number; labels: BridgeListLabels }) {
  const [state, preview, pending] = useActionState(previewBridgeListAction, idle);
  const errors = state.lines.filter((line) => line.error !== null).length;
  return (
    <div className="space-y-4">
      <form action={preview} className="space-y-4">
        <input type="hidden" name="conferenceId" value={conferenceId} />
        <div className="max-w-2xl">
          <label htmlFor="bridge-list" className="block font-semibold text-slate-900">
            {labels.list}
          </label>
          <p id="bridge-list-hint" className="mt-0.5 text-sm text-slate-600">
            {labels.listHint}
          </p>
          <textarea
            key={state.list}
            id="bridge-list"
            name="list"
            rows={8}
            defaultValue={state.list}
            aria-describedby="bridge-list-hint"
            className="mt-1 block w-full rounded border-2 border-slate-600 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
        <div className="max-w-2xl">
          <label htmlFor="bridge-file" className="block font-semibold text-slate-900">
            {labels.file}
          </label>
          <p id="bridge-file-hint" className="mt-0.5 text-sm text-slate-600">
            {labels.fileHint}
          </p>
          <input id="bridge-file" name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="bridge-file-hint" className="mt-1 block w-full max-w-full text-base" />
        </div>
        <button type="submit" disabled={pending} className={buttonClass("secondary")}>
          {pending ? labels.previewing : labels.preview}
        </button>
      </form>
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded border-l-4 border-danger-600 bg-white p-3 font-semibold text-danger-600">
          {state.message}
        </p>
      ) : null}
      {state.status === "preview" ? (
        <section aria-labelledby="bridge-preview-title" className="space-y-3">
          <h4 id="bridge-preview-title" className="font-semibold">
            {labels.previewTitle}
          </h4>
          <p role="status" className={errors > 0 ? "font-semibold text-danger-600" : "text-slate-800"}>
            {(errors > 0 ? labels.summaryErrors : labels.summary).replace("{count}", String(state.lines.length)).replace("{errors}", String(errors))}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm">
              <thead>
                <tr className="bg-slate-100 text-left">
                  <th scope="col" className="border border-slate-300 px-2 py-1 text-right">
                    {labels.line}
                  </th>
                  <th scope="col" className="border border-slate-300 px-2 py-1">
                    {labels.name}
                  </th>
                  <th scope="col" className="border border-slate-300 px-2 py-1">
                    {labels.agency}
                  </th>
                  <th scope="col" className="border border-slate-300 px-2 py-1">
                    {labels.check}
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.lines.map((line) => (
                  <tr key={line.line} className={line.error ? "bg-red-50" : ""}>
                    <td className="border border-slate-300 px-2 py-1 text-right tabular-nums">{line.line}</td>
                    <td className="border border-slate-300 px-2 py-1">{line.name}</td>
                    <td className="border border-slate-300 px-2 py-1">{line.agency ?? "—"}</td>
                    <td className={`border border-slate-300 px-2 py-1 ${line.error ? "font-semibold text-danger-600" : "text-green-800"}`}>{line.error ?? labels.ok}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {errors === 0 ? (
            <ActionForm action={addBridgeListAction} labels={labels.save}>
              <HiddenField name="conferenceId" value={conferenceId} />
              <input type="hidden" name="list" value={state.list} />
            </ActionForm>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
