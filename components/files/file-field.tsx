"use client";

import { type ChangeEvent, useState } from "react";
import { useFieldState } from "@/components/ui/action-form";
import { describedBy, FieldFrame } from "@/components/ui/field-inputs";

/**
 * A file input in the frame of the other fields (FieldFrame: label, hint, error under the
 * label). A refused upload cannot keep the chosen file (browsers forbid setting it),
 * so the user picks it again. A file over `maxBytes` is refused as soon as it is chosen
 * (the server refuses it too, but only after receiving it all).
 */
export function FileField({
  name,
  label,
  hint,
  accept,
  maxBytes,
  tooLargeMessage,
  optionalLabel,
}: {
  name: string;
  label: string;
  hint?: string;
  accept?: string;
  maxBytes?: number;
  tooLargeMessage?: string;
  optionalLabel?: string;
}) {
  const { error: serverError } = useFieldState(name);
  const [chosenTooLarge, setChosenTooLarge] = useState(false);
  const error = chosenTooLarge ? tooLargeMessage : serverError;
  function checkSize(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    const tooLarge = Boolean(file && maxBytes !== undefined && file.size > maxBytes);
    setChosenTooLarge(tooLarge);
    if (tooLarge) event.target.value = "";
  }
  return (
    <FieldFrame name={name} label={label} hint={hint} optionalLabel={optionalLabel} error={error}>
      <input
        id={`field-${name}`}
        name={name}
        type="file"
        accept={accept}
        onChange={checkSize}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint)}
        className={`block w-full max-w-full rounded border-2 bg-white px-3 py-2 text-base file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 file:font-semibold ${error ? "border-danger-600" : "border-slate-600"}`}
      />
    </FieldFrame>
  );
}
