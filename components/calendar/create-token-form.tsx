"use client";

import { useActionState, useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import { type FormState, idleFormState } from "@/lib/form-state";

export interface CreateTokenLabels {
  submit: string;
  pending: string;
  urlLabel: string;
  shownOnce: string;
}

/**
 * Creates a subscription URL and shows it this once, selected for copying. The server
 * keeps only its hash, so reloading the page cannot show it again.
 */
export function CreateTokenForm({ action, labels }: { action: (state: FormState, data: FormData) => Promise<FormState>; labels: CreateTokenLabels }) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const inputRef = useRef<HTMLInputElement>(null);
  const token = state.status === "ok" ? state.values?.token : undefined;
  const url = token ? new URL(`/api/calendar/${token}`, window.location.origin).toString() : "";

  useEffect(() => {
    if (url) inputRef.current?.select();
  }, [url]);

  return (
    <form action={formAction} className="space-y-3">
      <button type="submit" className={buttonClass("primary")} disabled={pending} aria-disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
      {state.status === "error" && state.message ? (
        <p role="alert" className="font-semibold text-danger-600">
          {state.message}
        </p>
      ) : null}
      {url ? (
        <div role="status" className="max-w-2xl rounded border-l-4 border-green-700 bg-green-50 p-3">
          {state.status === "ok" && state.message ? <p className="font-semibold text-green-900">{state.message}</p> : null}
          <label htmlFor="calendar-url" className="mt-2 block font-semibold">
            {labels.urlLabel}
          </label>
          <input ref={inputRef} id="calendar-url" readOnly value={url} className="mt-1 block w-full rounded border-2 border-slate-600 bg-white px-3 py-2 font-mono text-sm" />
          <p className="mt-1 text-sm text-slate-700">{labels.shownOnce}</p>
        </div>
      ) : null}
    </form>
  );
}
