"use client";

import { useActionFormState, useFieldState } from "@/components/ui/action-form";

/**
 * The write scopes the account's role may use, as checkboxes named "scopes"; reading is
 * always granted and shown ticked. A refused form keeps what was ticked.
 */
export function ScopeCheckboxes({ legend, hint, readLabel, options }: { legend: string; hint: string; readLabel: string; options: { value: string; label: string }[] }) {
  const state = useActionFormState();
  const { error } = useFieldState("scopes");
  // A refused form echoes single values only; the scopes are re-ticked from the raw echo when present.
  const echoed = state.status === "error" ? state.values?.scopes : undefined;
  return (
    <fieldset id="field-scopes" className={`max-w-2xl ${error ? "border-l-4 border-danger-600 pl-3" : ""}`} aria-describedby="hint-scopes error-scopes">
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <p id="hint-scopes" className="mt-0.5 text-sm text-slate-600">
        {hint}
      </p>
      <p id="error-scopes" aria-live="polite" className="mt-0.5 text-sm font-semibold text-danger-600">
        {error}
      </p>
      <label className="mt-1 flex items-start gap-2 text-slate-900">
        <input type="checkbox" checked disabled className="mt-1 size-5 shrink-0 accent-brand-600" />
        <span>{readLabel}</span>
      </label>
      {options.map((option) => (
        <label key={option.value} className="mt-1 flex items-start gap-2 text-slate-900">
          <input type="checkbox" name="scopes" value={option.value} defaultChecked={echoed === option.value} className="mt-1 size-5 shrink-0 accent-brand-600" />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
