import { addDays } from "@/lib/directory/rules";
import { formatNumber } from "@/lib/format";

/*
 * Small pure rules of the catalogue pages. Dates are calendar dates (yyyy-MM-dd); validTo is
 * the last day an indicator is followed (the directory's convention, lib/directory/rules.ts),
 * so "ngừng theo dõi từ" shows the day after it: the date the clerk typed.
 */

export type IndicatorStatus =
  | { state: "active" }
  | { state: "pending"; from: string }
  | { state: "retiring"; from: string }
  | { state: "retired"; from: string };

export function indicatorStatus(indicator: { validFrom: string | null; validTo: string | null }, today: string): IndicatorStatus {
  if (indicator.validTo !== null && indicator.validTo < today) return { state: "retired", from: addDays(indicator.validTo, 1) };
  if (indicator.validFrom !== null && indicator.validFrom > today) return { state: "pending", from: indicator.validFrom };
  if (indicator.validTo !== null) return { state: "retiring", from: addDays(indicator.validTo, 1) };
  return { state: "active" };
}

/**
 * A stored target as the plan form shows it: vi-VN with the indicator's decimal places, but
 * never fewer digits than the target has, so saving the form unchanged cannot round a
 * target away (13,6 stays 13,6 on an indicator shown without decimals).
 */
export function targetInputText(target: string, decimals: number): string {
  const fraction = /\.(\d*?)0*$/.exec(target)?.[1] ?? "";
  return formatNumber(target, Math.max(decimals, fraction.length));
}

/** "Trong đó" is written once: not again before a name that already starts with it. */
export function startsWithOfWhich(name: string): boolean {
  return /^\s*(trong\s+đó|of\s+which)/iu.test(name);
}

/** The first sentence-sized part of a directive for a list (whole words, with an ellipsis). */
export function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
