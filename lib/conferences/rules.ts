import type { ConferenceStatus } from "@/db/schema";
import { localIsoDate } from "./time";

/*
 * The conference life cycle as pure functions, so the pages, the
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

// ---- Dates -------------------------------------------------------------------------

/** Where a day (yyyy-MM-dd in Vietnam) stands against the conference's own days. */
export type ConferenceDay = "before" | "during" | "after";

export function dayOfConference(today: string, conference: { startsAt: Date; endsAt: Date }): ConferenceDay {
  if (today < localIsoDate(conference.startsAt)) return "before";
  if (today > localIsoDate(conference.endsAt)) return "after";
  return "during";
}

/**
 * "Đã họp" before the conference's day is almost always a slip of the finger: the secretariat
 * may still record it (a conference brought forward without editing its date), with a reason.
 */
export function holdNeedsOverride(transition: TransitionName, day: ConferenceDay): boolean {
  return transition === "hold" && day === "before";
}

/** Check-in happens on the conference's days; on other days only once the secretariat opened it with a reason. */
export function checkInOpen(day: ConferenceDay, conference: { checkInOverrideAt: Date | null }): boolean {
  return day === "during" || conference.checkInOverrideAt !== null;
}

/** Conclusions are approved after the conference was held (approval moves it to "concluded"). */
export function canApproveConclusions(status: ConferenceStatus): boolean {
  return status === "held" || status === "concluded" || status === "closed";
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

// Period codes now live in lib/periods.ts (indicator reports use them too); re-exported so
// existing imports from "@/lib/conferences/rules" keep working.
export { PERIOD_REGEX, type ParsedPeriod, parsePeriod, nextPeriod, periodLabelParts, periodLabelVi } from "@/lib/periods";
