"use client";

import { type ChangeEvent, useRef } from "react";
import { type SelectOption, SelectField } from "@/components/ui/fields";
import { replacePeriodWords } from "@/lib/period-words";

/** The title the next conference starts from and the periods its words speak of. */
export interface Retitle {
  title: string;
  reviewedPeriod: string | null;
  plannedPeriod: string | null;
}

/**
 * The reviewed and planned periods, chosen from a list (never typed as codes). On the
 * "next period" form, choosing a period rewrites the period words of the title copied from the
 * previous conference, as long as the clerk has not typed over the title. Without JavaScript
 * the server-filled title (for the suggested periods) stays.
 */
export function PeriodFields({
  options,
  reviewed,
  planned,
  labels,
  retitle,
}: {
  options: SelectOption[];
  reviewed: string | null | undefined;
  planned: string | null | undefined;
  labels: { reviewed: string; planned: string; optional: string; none: string };
  retitle?: Retitle;
}) {
  const lastWritten = useRef<string | null>(null);
  const onChange = (event: ChangeEvent<HTMLDivElement>) => {
    const target = event.target;
    if (!retitle || !(target instanceof HTMLSelectElement)) return;
    const form = target.form;
    const title = form?.elements.namedItem("title");
    const reviewedNow = form?.elements.namedItem("reviewedPeriod");
    const plannedNow = form?.elements.namedItem("plannedPeriod");
    if (!(title instanceof HTMLInputElement) || !(reviewedNow instanceof HTMLSelectElement) || !(plannedNow instanceof HTMLSelectElement)) return;
    const expected = lastWritten.current ?? title.defaultValue;
    if (title.value !== expected) return;
    const next = replacePeriodWords(retitle.title, [
      { from: retitle.reviewedPeriod, to: reviewedNow.value || null },
      { from: retitle.plannedPeriod, to: plannedNow.value || null },
    ]);
    title.value = next;
    lastWritten.current = next;
  };
  return (
    <div className="grid gap-5 sm:grid-cols-2" onChange={onChange}>
      <SelectField name="reviewedPeriod" label={labels.reviewed} optionalLabel={labels.optional} placeholder={labels.none} defaultValue={reviewed ?? ""} options={options} />
      <SelectField name="plannedPeriod" label={labels.planned} optionalLabel={labels.optional} placeholder={labels.none} defaultValue={planned ?? ""} options={options} />
    </div>
  );
}
