"use client";

import { useFieldState } from "@/components/ui/action-form";

/**
 * One target of the annual plan form, typed as a Vietnamese number ("1.200", "13,6"). The
 * label is the whole row ("Kế hoạch năm 2012: VT-01 Thuê bao (thuê bao)") for screen readers;
 * after a refused save the field keeps what was typed and shows its error underneath.
 */
export function PlanTargetInput({ name, label, defaultValue }: { name: string; label: string; defaultValue: string }) {
  const { error, value } = useFieldState(name);
  return (
    <span className="block">
      <label htmlFor={`field-${name}`} className="sr-only">
        {label}
      </label>
      <input
        id={`field-${name}`}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={value ?? defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={`error-${name}`}
        className={`block w-full min-w-28 rounded border-2 bg-white px-2 py-1.5 text-right tabular-nums ${error ? "border-danger-600" : "border-slate-600"}`}
      />
      <span id={`error-${name}`} aria-live="polite" className="mt-0.5 block text-sm font-semibold text-danger-600">
        {error}
      </span>
    </span>
  );
}
