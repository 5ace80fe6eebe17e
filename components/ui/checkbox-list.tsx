"use client";

import { useId, useState } from "react";
import { useFieldState } from "@/components/ui/action-form";
import { matchesSearch, parseSearch } from "@/lib/search/query";

export interface CheckboxOption {
  id: number;
  label: string;
}

function ListCheckbox({ name, label, checked, echoField, hidden }: { name: string; label: string; checked: boolean; echoField: string; hidden: boolean }) {
  const { value } = useFieldState(name);
  // After a refused save the echoed values say what was ticked (an unticked box sends
  // nothing, so the echo of another field tells a refused save from a first render).
  const { value: echoed } = useFieldState(echoField);
  const kept = echoed !== undefined ? value === "on" : checked;
  // Filtered-out boxes are hidden, not removed, so what was ticked is still sent.
  return (
    <label className="flex items-start gap-2 text-slate-900" hidden={hidden}>
      <input type="checkbox" name={name} defaultChecked={kept} className="mt-1 size-5 shrink-0 accent-brand-600" />
      <span>{label}</span>
    </label>
  );
}

/**
 * A long list of records to tick ("<prefix><id>" fields, one per record, so a refused form
 * keeps each tick and it works without JavaScript), scrollable, with an optional search box
 * that narrows it with or without diacritics. Used for cited documents, related indicators
 * and reporting agencies.
 */
export function CheckboxList({
  prefix,
  echoField,
  errorField,
  legend,
  hint,
  empty,
  options,
  selected,
  search,
}: {
  prefix: string;
  /** A field always sent by the form (e.g. "text"): its echo marks a refused save. */
  echoField: string;
  /** The field the server reports list errors under, if any. */
  errorField?: string;
  legend: string;
  hint?: string;
  empty?: string;
  options: CheckboxOption[];
  selected: number[];
  /** Shown when the list is longer than a few entries. */
  search?: { label: string; noMatch: string };
}) {
  const chosen = new Set(selected);
  const [query, setQuery] = useState("");
  const baseId = useId();
  const { error } = useFieldState(errorField ?? `${prefix}list`);
  // The same matching as every search: no diacritics needed, words in any order, "thong tu 04" finds 04/2012/TT-BTTTT.
  const typed = parseSearch(query);
  const matches = (label: string) => matchesSearch(typed, label);
  const shown = options.filter((option) => matches(option.label)).length;
  const hintId = `${baseId}-hint`;
  const errorId = errorField ? `error-${errorField}` : `${baseId}-error`;
  return (
    <fieldset className={`max-w-2xl ${error ? "border-l-4 border-danger-600 pl-3" : ""}`} aria-describedby={`${hintId} ${errorId}`}>
      <legend id={errorField ? `field-${errorField}` : undefined} className="font-semibold text-slate-900">
        {legend}
      </legend>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={errorId} aria-live="polite" className="mt-0.5 text-sm font-semibold text-danger-600">
        {error}
      </p>
      {search && options.length > 3 ? (
        <div className="mt-2">
          <label htmlFor={`${baseId}-search`} className="block text-sm font-semibold text-slate-800">
            {search.label}
          </label>
          {/* No name: the search text is not part of the form. */}
          <input
            id={`${baseId}-search`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            className="mt-1 w-full rounded border-2 border-slate-500 px-3 py-2"
          />
        </div>
      ) : null}
      <div className="mt-2 max-h-64 space-y-2 overflow-y-auto rounded border border-slate-300 bg-white p-3">
        {options.length === 0 && empty ? <p className="text-slate-700">{empty}</p> : null}
        {options.map((option) => (
          <ListCheckbox
            key={option.id}
            name={`${prefix}${option.id}`}
            label={option.label}
            checked={chosen.has(option.id)}
            echoField={echoField}
            hidden={!matches(option.label)}
          />
        ))}
        {search && options.length > 0 && shown === 0 ? (
          <p role="status" className="text-slate-700">
            {search.noMatch}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
