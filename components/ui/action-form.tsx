"use client";

import { createContext, type ReactNode, use, useActionState, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { type FormState, idleFormState } from "@/lib/form-state";
import { buttonClass, type ButtonVariant } from "./button";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const FormStateContext = createContext<FormState>(idleFormState);

/** The current form state, for fields that show their error and keep what the user typed. */
export function useFieldState(name: string): { error?: string; value?: string } {
  const state = use(FormStateContext);
  if (state.status !== "error") return {};
  return { error: state.fieldErrors?.[name], value: state.values?.[name] };
}

/** The whole state of the enclosing ActionForm, for a child that shows what a success returned (a token shown once). */
export function useActionFormState(): FormState {
  return use(FormStateContext);
}

export interface ActionFormLabels {
  submit: string;
  pending: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
}

/**
 * A form bound to a server action (works without JavaScript too). On error it shows
 * the GOV.UK error summary at the top linking to each field, puts "Lỗi:" in front of
 * the page title, moves focus to the summary and keeps every value the user typed.
 */
export function ActionForm({
  action,
  labels,
  children,
  variant = "primary",
  compact = false,
  className = "",
}: {
  action: Action;
  labels: ActionFormLabels;
  children?: ReactNode;
  variant?: ButtonVariant;
  /** A one-button form (disable, sign out everywhere): message beside the button, no summary box. */
  compact?: boolean;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldErrors = state.status === "error" ? Object.entries(state.fieldErrors ?? {}) : [];
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldNames, setFieldNames] = useState<Record<string, string>>({});

  // The summary names each field whose message does not ("Ngày họp: Ngày không hợp lệ"), read
  // from the field's own label before the browser paints, so the words match what is on screen.
  useLayoutEffect(() => {
    if (state.status !== "error" || !formRef.current) return;
    const form = formRef.current;
    setFieldNames(Object.fromEntries(Object.keys(state.fieldErrors ?? {}).map((field) => [field, fieldLabelText(form, field)])));
  }, [state]);

  useEffect(() => {
    const prefix = `${labels.errorTitlePrefix} `;
    const bare = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = state.status === "error" && !compact ? prefix + bare : bare;
    if (state.status === "error" && !compact) summaryRef.current?.focus();
  }, [state, compact, labels.errorTitlePrefix]);

  return (
    <FormStateContext value={state}>
      <form ref={formRef} action={formAction} noValidate className={compact ? `inline-flex flex-wrap items-center gap-3 ${className}` : `space-y-5 ${className}`}>
        {state.status === "error" && !compact ? (
          <div ref={summaryRef} tabIndex={-1} role="group" aria-labelledby="error-summary-title" className="rounded border-4 border-danger-600 bg-white p-4">
            <h2 id="error-summary-title" className="text-lg font-bold text-slate-900">
              {labels.errorSummaryTitle}
            </h2>
            {state.message ? <p className="mt-1 text-slate-800">{state.message}</p> : null}
            {fieldErrors.length > 0 ? (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {fieldErrors.map(([field, message]) => (
                  <li key={field}>
                    <a className="font-semibold text-danger-600 underline" href={`#field-${field}`}>
                      {withFieldName(fieldNames[field], message)}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {state.status === "ok" && state.message && !compact ? (
          <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
            {state.message}
          </p>
        ) : null}
        {children}
        <SubmitButton labels={labels} variant={variant} />
        {compact && state.status !== "idle" && state.message ? (
          <span role="status" className={state.status === "error" ? "text-sm font-semibold text-danger-600" : "text-sm text-green-800"}>
            {state.message}
          </span>
        ) : null}
      </form>
    </FormStateContext>
  );
}

/** The visible name of a form field: its aria-labelledby texts, its label's own words (without "(không bắt buộc)"), or its legend. */
function fieldLabelText(form: HTMLFormElement, field: string): string {
  const element = form.querySelector<HTMLElement>(`[id="field-${CSS.escape(field)}"]`);
  if (!element) return "";
  const labelledBy = element.getAttribute("aria-labelledby");
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
      .filter(Boolean)
      .join(", ");
  }
  if (element instanceof HTMLFieldSetElement) return element.querySelector("legend")?.textContent?.trim() ?? "";
  const label = "labels" in element ? (element as HTMLInputElement).labels?.[0] : undefined;
  return (label?.firstChild?.textContent ?? "").replace(/[\s*:]+$/, "").trim();
}

function withFieldName(name: string | undefined, message: string): string {
  if (!name || message.toLocaleLowerCase("vi").includes(name.toLocaleLowerCase("vi"))) return message;
  return `${name}: ${message}`;
}

function SubmitButton({ labels, variant }: { labels: ActionFormLabels; variant: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant)}>
      {pending ? labels.pending : labels.submit}
    </button>
  );
}
