"use client";

import { useFieldState } from "@/components/ui/action-form";
import { DOCUMENT_FIELD_PREFIX } from "@/lib/directives/fields";

function DocumentCheckbox({ id, label, checked }: { id: number; label: string; checked: boolean }) {
  const name = `${DOCUMENT_FIELD_PREFIX}${id}`;
  const { value, error } = useFieldState(name);
  // After a refused save the echoed values say what was ticked (an unticked box sends nothing).
  const { value: text } = useFieldState("text");
  const kept = text !== undefined ? value === "on" : checked;
  return (
    <div className="flex items-start gap-2">
      <input id={`field-${name}`} type="checkbox" name={name} defaultChecked={kept} aria-invalid={error ? true : undefined} className="mt-1 size-5 shrink-0 accent-brand-600" />
      <label htmlFor={`field-${name}`} className="text-slate-900">
        {label}
      </label>
    </div>
  );
}

/** The register as a checkbox list ("doc_<id>" fields), scrollable when long. */
export function DocumentCheckboxes({ legend, hint, options, selected }: { legend: string; hint: string; options: { id: number; label: string }[]; selected: number[] }) {
  const chosen = new Set(selected);
  return (
    <fieldset className="max-w-2xl">
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <p className="mt-0.5 text-sm text-slate-600">{hint}</p>
      <div className="mt-2 max-h-64 space-y-2 overflow-y-auto rounded border border-slate-300 bg-white p-3">
        {options.map((option) => (
          <DocumentCheckbox key={option.id} id={option.id} label={option.label} checked={chosen.has(option.id)} />
        ))}
      </div>
    </fieldset>
  );
}
