"use client";

import { useFieldState } from "@/components/ui/action-form";

/**
 * Coordinating units as a list of checkboxes (a multi-select that works on a phone and
 * without JavaScript). Every ticked box sends "coordinatorIds"; after a refused save the
 * boxes keep the first ticked value only, so the form shows what was last saved instead.
 */
export function CoordinatorField({ label, hint, options, defaultValues }: { label: string; hint: string; options: { value: string; label: string }[]; defaultValues: string[] }) {
  const { error } = useFieldState("coordinatorIds");
  return (
    <fieldset className={`max-w-2xl ${error ? "border-l-4 border-danger-600 pl-3" : ""}`} aria-describedby="hint-coordinatorIds error-coordinatorIds">
      <legend id="field-coordinatorIds" className="font-semibold text-slate-900">
        {label}
      </legend>
      <p id="hint-coordinatorIds" className="mt-0.5 text-sm text-slate-600">
        {hint}
      </p>
      <p id="error-coordinatorIds" aria-live="polite" className="mt-0.5 text-sm font-semibold text-danger-600">
        {error}
      </p>
      <div className="mt-2 max-h-72 space-y-1 overflow-y-auto rounded border border-slate-300 bg-white p-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-slate-900">
            <input type="checkbox" name="coordinatorIds" value={option.value} defaultChecked={defaultValues.includes(option.value)} className="mt-1 size-5 shrink-0 accent-brand-600" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
