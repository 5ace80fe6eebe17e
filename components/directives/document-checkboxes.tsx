"use client";

import { useId, useState } from "react";
import { useFieldState } from "@/components/ui/action-form";
import { DOCUMENT_FIELD_PREFIX } from "@/lib/directives/fields";
import { foldForSearch } from "@/lib/text";

function DocumentCheckbox({ id, label, checked, hidden }: { id: number; label: string; checked: boolean; hidden: boolean }) {
  const name = `${DOCUMENT_FIELD_PREFIX}${id}`;
  const { value, error } = useFieldState(name);
  // After a refused save the echoed values say what was ticked (an unticked box sends nothing).
  const { value: text } = useFieldState("text");
  const kept = text !== undefined ? value === "on" : checked;
  // Filtered-out boxes are hidden, not removed, so what was ticked is still sent.
  return (
    <div className="flex items-start gap-2" hidden={hidden}>
      <input id={`field-${name}`} type="checkbox" name={name} defaultChecked={kept} aria-invalid={error ? true : undefined} className="mt-1 size-5 shrink-0 accent-brand-600" />
      <label htmlFor={`field-${name}`} className="text-slate-900">
        {label}
      </label>
    </div>
  );
}

/**
 * The register as a checkbox list ("doc_<id>" fields), scrollable when long, with a search
 * box that narrows it by number, symbol or title, with or without diacritics.
 */
export function DocumentCheckboxes({
  legend,
  hint,
  options,
  selected,
  searchLabel,
  noMatch,
}: {
  legend: string;
  hint: string;
  options: { id: number; label: string }[];
  selected: number[];
  searchLabel: string;
  noMatch: string;
}) {
  const chosen = new Set(selected);
  const [query, setQuery] = useState("");
  const searchId = useId();
  const folded = foldForSearch(query);
  const matches = (label: string) => folded === "" || foldForSearch(label).includes(folded);
  const shown = options.filter((option) => matches(option.label)).length;
  return (
    <fieldset className="max-w-2xl">
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <p className="mt-0.5 text-sm text-slate-600">{hint}</p>
      {options.length > 3 ? (
        <div className="mt-2">
          <label htmlFor={searchId} className="block text-sm font-semibold text-slate-800">
            {searchLabel}
          </label>
          {/* No name: the search text is not part of the form. */}
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            className="mt-1 w-full rounded border-2 border-slate-500 px-3 py-2"
          />
        </div>
      ) : null}
      <div className="mt-2 max-h-64 space-y-2 overflow-y-auto rounded border border-slate-300 bg-white p-3">
        {options.map((option) => (
          <DocumentCheckbox key={option.id} id={option.id} label={option.label} checked={chosen.has(option.id)} hidden={!matches(option.label)} />
        ))}
        {shown === 0 ? (
          <p role="status" className="text-slate-700">
            {noMatch}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
