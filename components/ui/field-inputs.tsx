"use client";

import type { ReactNode } from "react";
import { formatDate } from "@/lib/format";
import { useFieldState } from "./action-form";

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  optionalLabel?: string;
}

const inputClass = (error?: string) =>
  `block w-full rounded border-2 bg-white px-3 py-2 text-base ${error ? "border-danger-600" : "border-slate-600"} focus:outline-none`;

/** Label above, hint, then the error in Vietnamese right under the label (GOV.UK order), then the control. */
export function FieldFrame({ name, label, hint, optionalLabel, error, children }: FieldProps & { error?: string; children: ReactNode }) {
  return (
    <div className={`max-w-2xl ${error ? "border-l-4 border-danger-600 pl-3" : ""}`}>
      <label htmlFor={`field-${name}`} className="block font-semibold text-slate-900">
        {label} {optionalLabel ? <span className="font-normal text-slate-600">{optionalLabel}</span> : null}
      </label>
      {hint ? (
        <p id={`hint-${name}`} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={`error-${name}`} aria-live="polite" className="mt-0.5 text-sm font-semibold text-danger-600">
        {error}
      </p>
      <div className="mt-1">{children}</div>
    </div>
  );
}

/** The ids a control is described by: its hint, if any, and its error line. */
export function describedBy(name: string, hint?: string) {
  return [hint ? `hint-${name}` : null, `error-${name}`].filter(Boolean).join(" ");
}

export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  inputMode,
  ...props
}: FieldProps & { type?: "text" | "email" | "tel" | "password" | "date" | "search"; defaultValue?: string | null; autoComplete?: string; inputMode?: "text" | "numeric" | "tel" | "email" }) {
  const { error, value } = useFieldState(props.name);
  // Dates are typed as dd/mm/yyyy whatever the browser's own locale (a native date
  // picker would show mm/dd/yyyy on an English browser); the server parses them.
  const isDate = type === "date";
  const initial = isDate ? formatDate(defaultValue ?? "") : (defaultValue ?? "");
  return (
    <FieldFrame {...props} error={error}>
      <input
        id={`field-${props.name}`}
        name={props.name}
        type={isDate ? "text" : type}
        placeholder={isDate ? "dd/mm/yyyy" : undefined}
        defaultValue={type === "password" ? undefined : (value ?? initial)}
        autoComplete={isDate ? "off" : autoComplete}
        inputMode={isDate ? "numeric" : inputMode}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.name, props.hint)}
        className={`${inputClass(error)} ${isDate ? "max-w-40" : ""}`}
      />
    </FieldFrame>
  );
}

export function TextAreaField({ defaultValue, rows = 4, ...props }: FieldProps & { defaultValue?: string | null; rows?: number }) {
  const { error, value } = useFieldState(props.name);
  return (
    <FieldFrame {...props} error={error}>
      <textarea
        id={`field-${props.name}`}
        name={props.name}
        rows={rows}
        defaultValue={value ?? defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.name, props.hint)}
        className={inputClass(error)}
      />
    </FieldFrame>
  );
}

/** A select's option as it travels in the page's RSC data: [value, label] (see SelectField in fields.tsx). */
export type SelectOptionPair = [value: string, label: string];

export function SelectInput({ options, defaultValue, placeholder, ...props }: FieldProps & { options: SelectOptionPair[]; defaultValue?: string | null; placeholder?: string }) {
  const { error, value } = useFieldState(props.name);
  const selected = value ?? defaultValue ?? "";
  return (
    <FieldFrame {...props} error={error}>
      <select
        // Re-mount when the kept value changes so the browser shows it after the form resets.
        key={selected}
        id={`field-${props.name}`}
        name={props.name}
        defaultValue={selected}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.name, props.hint)}
        className={inputClass(error)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([optionValue, label]) => (
          <option key={optionValue} value={optionValue}>
            {label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function HiddenField({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={String(value)} />;
}
