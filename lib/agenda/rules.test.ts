import { describe, expect, it } from "vitest";
import { computeAgendaTimes, findOverrun, moveItem, sameItemSet, timeOnConferenceDay } from "./rules";

// 02/07/2012 07:30–11:30 in Asia/Ho_Chi_Minh.
const start = new Date("2012-07-02T00:30:00Z");
const end = new Date("2012-07-02T04:30:00Z");

describe("agenda times", () => {
  it("derive each start from the previous start and duration, and honour explicit starts", () => {
    const times = computeAgendaTimes(
      [
        { id: 1, startsAt: null, durationMinutes: 60 },
        { id: 2, startsAt: null, durationMinutes: 30 },
        { id: 3, startsAt: new Date("2012-07-02T02:30:00Z"), durationMinutes: 45 },
        { id: 4, startsAt: null, durationMinutes: null },
        { id: 5, startsAt: null, durationMinutes: 10 },
      ],
      start,
    );
    expect(times.map((t) => t.start?.toISOString() ?? null)).toEqual([
      "2012-07-02T00:30:00.000Z",
      "2012-07-02T01:30:00.000Z",
      "2012-07-02T02:30:00.000Z",
      "2012-07-02T03:15:00.000Z",
      null,
    ]);
    expect(times[0].derived).toBe(true);
    expect(times[2].derived).toBe(false);
    expect(times[3].end).toBeNull();
  });

  it("report no overrun when the agenda fits the window", () => {
    expect(findOverrun([{ id: 1, startsAt: null, durationMinutes: 240 }], { startsAt: start, endsAt: end })).toBeNull();
  });

  it("report the items that end after the conference", () => {
    const overrun = findOverrun(
      [
        { id: 1, startsAt: null, durationMinutes: 200 },
        { id: 2, startsAt: null, durationMinutes: 60 },
      ],
      { startsAt: start, endsAt: end },
    );
    expect(overrun?.itemIds).toEqual([2]);
    expect(overrun?.agendaEnd?.toISOString()).toBe("2012-07-02T04:50:00.000Z");
  });

  it("report an item set before the conference starts", () => {
    expect(findOverrun([{ id: 7, startsAt: new Date("2012-07-02T00:00:00Z"), durationMinutes: 10 }], { startsAt: start, endsAt: end })?.itemIds).toEqual([7]);
  });
});

describe("reorder helpers", () => {
  it("accept only the same ids, each once", () => {
    expect(sameItemSet([1, 2, 3], [3, 1, 2])).toBe(true);
    expect(sameItemSet([1, 2, 3], [1, 2])).toBe(false);
    expect(sameItemSet([1, 2, 3], [1, 1, 2])).toBe(false);
    expect(sameItemSet([1, 2], [1, 2, 4])).toBe(false);
  });

  it("move an item", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 5)).toEqual(["a", "b", "c"]);
  });

  it("read HH:mm on the conference's local day", () => {
    // A conference at 23:30 UTC on 01/07 is on 02/07 local.
    expect(timeOnConferenceDay("08:15", new Date("2012-07-01T23:30:00Z"))?.toISOString()).toBe("2012-07-02T01:15:00.000Z");
    expect(timeOnConferenceDay("8h05", start)?.toISOString()).toBe("2012-07-02T01:05:00.000Z");
    expect(timeOnConferenceDay("25:00", start)).toBeUndefined();
  });
});
