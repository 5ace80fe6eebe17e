"use client";

import { useFieldState } from "@/components/ui/action-form";

/** A form checkbox sending "on"; after a refused save it shows what the user had ticked. */
export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  const { value, error } = useFieldState(name);
  return (
    <div className="flex max-w-2xl items-center gap-2">
      <input
        id={`field-${name}`}
        type="checkbox"
        name={name}
        defaultChecked={value !== undefined ? value === "on" : defaultChecked}
        aria-invalid={error ? true : undefined}
        className="size-5 shrink-0 accent-brand-600"
      />
      <label htmlFor={`field-${name}`} className="text-slate-900">
        {label}
      </label>
    </div>
  );
}
