"use client";

import { useFieldState } from "@/components/ui/action-form";

/**
 * A checkbox sending "on" that, after a refused save, shows what the user left it as: an
 * unticked box sends nothing, so the echoed "code" field tells a refused form from a fresh one.
 */
export function KeptCheckbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  const { value, error } = useFieldState(name);
  const { value: code } = useFieldState("code");
  const checked = code !== undefined ? value === "on" : defaultChecked;
  return (
    <div className="flex max-w-2xl items-center gap-2">
      <input
        id={`field-${name}`}
        type="checkbox"
        name={name}
        defaultChecked={checked}
        aria-invalid={error ? true : undefined}
        className="size-5 shrink-0 accent-brand-600"
      />
      <label htmlFor={`field-${name}`} className="text-slate-900">
        {label}
      </label>
    </div>
  );
}
