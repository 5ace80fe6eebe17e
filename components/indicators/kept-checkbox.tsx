"use client";

import { useFieldState } from "@/components/ui/action-form";

/**
 * A checkbox sending "on" that, after a refused save, shows what the user left it as: an
 * unticked box sends nothing, so another field the form always sends (`echoField`, "code" by
 * default) tells a refused form from a fresh one.
 */
export function KeptCheckbox({ name, label, defaultChecked, echoField = "code" }: { name: string; label: string; defaultChecked: boolean; echoField?: string }) {
  const { value, error } = useFieldState(name);
  const { value: echoed } = useFieldState(echoField);
  const checked = echoed !== undefined ? value === "on" : defaultChecked;
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
