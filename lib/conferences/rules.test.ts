import { describe, expect, it } from "vitest";
import { conferenceStatuses } from "@/db/schema";
import { formatConferenceTime } from "./format";
import * as periods from "@/lib/periods";
import { allowedTransitions, canDelete, canTransition, needsChangeNotice, nextPeriod, PERIOD_REGEX, periodLabelVi, shouldBumpSequence, transitionTargets } from "./rules";

describe("conference life cycle", () => {
  it("moves forward draft → scheduled → held → concluded → closed and nowhere else", () => {
    expect(allowedTransitions("draft")).toEqual(["schedule", "cancel"]);
    expect(canTransition("scheduled", "hold")).toBe(true);
    expect(canTransition("held", "conclude")).toBe(true);
    expect(canTransition("concluded", "close")).toBe(true);
    expect(canTransition("draft", "hold")).toBe(false);
    expect(canTransition("held", "postpone")).toBe(false);
    expect(canTransition("concluded", "cancel")).toBe(false);
    expect(allowedTransitions("closed")).toEqual([]);
    expect(allowedTransitions("cancelled")).toEqual([]);
  });

  it("postpones and cancels only before the conference is held, and reschedules a postponed one", () => {
    expect(canTransition("scheduled", "postpone")).toBe(true);
    expect(canTransition("postponed", "postpone")).toBe(true);
    expect(canTransition("postponed", "reschedule")).toBe(true);
    expect(transitionTargets.reschedule).toBe("scheduled");
    expect(canTransition("draft", "postpone")).toBe(false);
    for (const status of ["held", "concluded", "closed", "cancelled"] as const) expect(canTransition(status, "cancel")).toBe(false);
  });

  it("deletes only drafts and tells invitees only once invitations have gone out", () => {
    expect(conferenceStatuses.filter(canDelete)).toEqual(["draft"]);
    expect(needsChangeNotice("scheduled", "postponed")).toBe(true);
    expect(needsChangeNotice("postponed", "cancelled")).toBe(true);
    expect(needsChangeNotice("draft", "cancelled")).toBe(false);
    expect(needsChangeNotice("scheduled", "held")).toBe(false);
  });

  it("raises the calendar sequence for title, time, venue or status, not for notes", () => {
    const base = { title: "A", startsAt: new Date("2012-07-02T01:00:00Z"), endsAt: new Date("2012-07-02T04:30:00Z"), venue: "Hội trường", status: "scheduled" as const };
    expect(shouldBumpSequence(base, { ...base })).toBe(false);
    expect(shouldBumpSequence(base, { ...base, startsAt: new Date(base.startsAt) })).toBe(false);
    expect(shouldBumpSequence(base, { ...base, title: "B" })).toBe(true);
    expect(shouldBumpSequence(base, { ...base, endsAt: new Date("2012-07-02T05:00:00Z") })).toBe(true);
    expect(shouldBumpSequence(base, { ...base, venue: null })).toBe(true);
    expect(shouldBumpSequence(base, { ...base, status: "postponed" })).toBe(true);
    expect(shouldBumpSequence({ ...base, venue: null }, { ...base, venue: "" })).toBe(false);
  });
});

describe("reporting periods", () => {
  // The functions moved to lib/periods.ts (tested in lib/periods.test.ts); pages still import them from here.
  it("keeps re-exporting the period helpers from lib/periods", () => {
    expect(nextPeriod).toBe(periods.nextPeriod);
    expect(periodLabelVi).toBe(periods.periodLabelVi);
    expect(PERIOD_REGEX).toBe(periods.PERIOD_REGEX);
  });
});

describe("conference time", () => {
  const weekdays = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
  it("shows a one-day conference as times, weekday and date in Vietnam", () => {
    expect(formatConferenceTime(new Date("2012-07-02T01:00:00Z"), new Date("2012-07-02T04:30:00Z"), weekdays)).toBe("08:00–11:30, Thứ Hai, 02/07/2012");
  });
  it("shows both dates for a conference over several days", () => {
    expect(formatConferenceTime(new Date("2012-07-02T01:00:00Z"), new Date("2012-07-03T10:00:00Z"), weekdays)).toBe("08:00, Thứ Hai, 02/07/2012 – 17:00 03/07/2012");
  });
});
