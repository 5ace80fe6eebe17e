import type { ConferenceStatus } from "@/db/schema";

/*
 * The conference life cycle and reporting periods as pure functions, so the pages, the
 * commands and the tests agree on what is allowed without touching the database.
 */

/** A button on the conference page: the status it leads to and whether it needs a reason / a new time. */
export type TransitionName = "schedule" | "hold" | "conclude" | "close" | "postpone" | "cancel" | "reschedule";

export const transitionTargets: Record<TransitionName, ConferenceStatus> = {
  schedule: "scheduled",
  hold: "held",
  conclude: "concluded",
  close: "closed",
  postpone: "postponed",
  cancel: "cancelled",
  reschedule: "scheduled",
};

const allowed: Record<ConferenceStatus, TransitionName[]> = {
  draft: ["schedule", "cancel"],
  scheduled: ["hold", "postpone", "cancel"],
  // A postponed conference either gets confirmed on its new date, is postponed again, or is called off.
  postponed: ["reschedule", "postpone", "hold", "cancel"],
  held: ["conclude"],
  concluded: ["close"],
  closed: [],
  cancelled: [],
};

export function allowedTransitions(status: ConferenceStatus): TransitionName[] {
  return allowed[status];
}

export function canTransition(status: ConferenceStatus, transition: TransitionName): boolean {
  return allowed[status].includes(transition);
}

/** Postponing and cancelling must say why; postponing must say when. */
export function transitionNeedsReason(transition: TransitionName): boolean {
  return transition === "postpone" || transition === "cancel";
}
export function transitionNeedsNewTime(transition: TransitionName): boolean {
  return transition === "postpone";
}

/** Only a draft has never been sent to anyone, so only a draft may disappear; anything else is cancelled. */
export function canDelete(status: ConferenceStatus): boolean {
  return status === "draft";
}

/** Invitees must hear of a postponement or cancellation once invitations have gone out (any status past draft). */
export function needsChangeNotice(from: ConferenceStatus, to: ConferenceStatus): boolean {
  return (to === "postponed" || to === "cancelled") && from !== "draft";
}

/** Calendar programs re-read an event only when its SEQUENCE goes up: raise it for what they show. */
export interface SequenceFields {
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  status: ConferenceStatus;
}
export function shouldBumpSequence(before: SequenceFields, after: SequenceFields): boolean {
  return (
    before.title !== after.title ||
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    (before.venue ?? "") !== (after.venue ?? "") ||
    before.status !== after.status
  );
}

// ---- Periods -------------------------------------------------------------------------

export const PERIOD_REGEX = /^(\d{4})-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])|9M|Y)$/;

export type ParsedPeriod =
  | { year: number; unit: "H"; index: 1 | 2 }
  | { year: number; unit: "Q"; index: number }
  | { year: number; unit: "M"; index: number }
  | { year: number; unit: "9M" }
  | { year: number; unit: "Y" };

export function parsePeriod(code: string): ParsedPeriod | null {
  const match = PERIOD_REGEX.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  if (part === "Y") return { year, unit: "Y" };
  if (part === "9M") return { year, unit: "9M" };
  if (part.startsWith("H")) return { year, unit: "H", index: part === "H1" ? 1 : 2 };
  if (part.startsWith("Q")) return { year, unit: "Q", index: Number(part.slice(1)) };
  return { year, unit: "M", index: Number(part.slice(1)) };
}

/** The period the next conference of the same kind covers: H1→H2, H2→next H1, Q4→next Q1, M12→next M01, Y→next Y. */
export function nextPeriod(code: string | null | undefined): string | null {
  if (!code) return null;
  const p = parsePeriod(code);
  if (!p) return null;
  switch (p.unit) {
    case "Y":
      return `${p.year + 1}-Y`;
    case "9M":
      return `${p.year + 1}-9M`;
    case "H":
      return p.index === 1 ? `${p.year}-H2` : `${p.year + 1}-H1`;
    case "Q":
      return p.index === 4 ? `${p.year + 1}-Q1` : `${p.year}-Q${p.index + 1}`;
    case "M":
      return p.index === 12 ? `${p.year + 1}-M01` : `${p.year}-M${String(p.index + 1).padStart(2, "0")}`;
  }
}

const ROMAN = ["I", "II", "III", "IV"];

/** A message key under "periods" and its values: 2012-Q3 → { key: "Q", values: { quarter: "III", year: 2012 } }. */
export function periodLabelParts(code: string): { key: "H1" | "H2" | "Q" | "M" | "NineMonths" | "Y"; values: Record<string, string | number> } | null {
  const p = parsePeriod(code);
  if (!p) return null;
  switch (p.unit) {
    case "Y":
      return { key: "Y", values: { year: p.year } };
    case "9M":
      return { key: "NineMonths", values: { year: p.year } };
    case "H":
      return { key: p.index === 1 ? "H1" : "H2", values: { year: p.year } };
    case "Q":
      return { key: "Q", values: { quarter: ROMAN[p.index - 1], year: p.year } };
    case "M":
      return { key: "M", values: { month: p.index, year: p.year } };
  }
}

/** The label in Vietnamese without going through the messages (seed, exports, tests). */
export function periodLabelVi(code: string): string {
  const parts = periodLabelParts(code);
  if (!parts) return code;
  const { year, quarter, month } = parts.values;
  switch (parts.key) {
    case "H1":
      return `6 tháng đầu năm ${year}`;
    case "H2":
      return `6 tháng cuối năm ${year}`;
    case "Q":
      return `Quý ${quarter}/${year}`;
    case "M":
      return `Tháng ${month}/${year}`;
    case "NineMonths":
      return `9 tháng năm ${year}`;
    case "Y":
      return `Năm ${year}`;
  }
}
