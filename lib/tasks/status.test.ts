import { describe, expect, it } from "vitest";
import {
  TASK_STATUSES,
  TASK_STATUS_LABELS_VI,
  deriveTaskStatus,
  onTimeCompletionRate,
  taskStatusTone,
  todayInVietnam,
  type TaskStatus,
} from "./status";

// A task from the seed conference of 02/07/2012, due at the end of the third quarter.
const due = { deadline: "2012-09-30", originalDeadline: "2012-09-30" };

describe("deriveTaskStatus", () => {
  it("open and before the deadline: within deadline, with the days left", () => {
    expect(deriveTaskStatus({ ...due, completedOn: null }, "2012-09-20")).toEqual({
      status: "open_within_deadline",
      lateAgainstOriginal: false,
      daysOverdue: 0,
      daysLeft: 10,
    });
  });

  it("a task due today is not overdue yet", () => {
    expect(deriveTaskStatus({ ...due, completedOn: null }, "2012-09-30")).toEqual({
      status: "open_within_deadline",
      lateAgainstOriginal: false,
      daysOverdue: 0,
      daysLeft: 0,
    });
  });

  it("open the day after the deadline: overdue by one day", () => {
    expect(deriveTaskStatus({ ...due, completedOn: null }, "2012-10-01")).toEqual({
      status: "open_overdue",
      lateAgainstOriginal: true,
      daysOverdue: 1,
      daysLeft: null,
    });
  });

  it("counts overdue days across month and leap-year boundaries", () => {
    const result = deriveTaskStatus({ deadline: "2012-02-28", originalDeadline: "2012-02-28", completedOn: null }, "2012-03-01");
    expect(result.daysOverdue).toBe(2);
  });

  it("completed on the deadline day is on time", () => {
    expect(deriveTaskStatus({ ...due, completedOn: "2012-09-30" }, "2012-12-31")).toEqual({
      status: "completed_on_time",
      lateAgainstOriginal: false,
      daysOverdue: 0,
      daysLeft: null,
    });
  });

  it("completed before the deadline is on time, whatever today is", () => {
    expect(deriveTaskStatus({ ...due, completedOn: "2012-08-15" }, "2013-06-01").status).toBe("completed_on_time");
  });

  it("completed the day after the deadline is late, by one day", () => {
    expect(deriveTaskStatus({ ...due, completedOn: "2012-10-01" }, "2012-10-05")).toEqual({
      status: "completed_late",
      lateAgainstOriginal: true,
      daysOverdue: 1,
      daysLeft: null,
    });
  });

  it("completed after an extension but within the new deadline: on time, yet late against the original", () => {
    expect(
      deriveTaskStatus({ deadline: "2012-10-31", originalDeadline: "2012-09-30", completedOn: "2012-10-15" }, "2012-11-01"),
    ).toEqual({ status: "completed_on_time", lateAgainstOriginal: true, daysOverdue: 0, daysLeft: null });
  });

  it("completed after an extension within the original deadline: not late against the original", () => {
    const result = deriveTaskStatus({ deadline: "2012-10-31", originalDeadline: "2012-09-30", completedOn: "2012-09-30" }, "2012-11-01");
    expect(result).toMatchObject({ status: "completed_on_time", lateAgainstOriginal: false });
  });

  it("completed after the extended deadline too: late against both", () => {
    const result = deriveTaskStatus({ deadline: "2012-10-31", originalDeadline: "2012-09-30", completedOn: "2012-11-03" }, "2012-11-05");
    expect(result).toEqual({ status: "completed_late", lateAgainstOriginal: true, daysOverdue: 3, daysLeft: null });
  });

  it("open past the original but within the extended deadline: within deadline, late against the original", () => {
    expect(
      deriveTaskStatus({ deadline: "2012-10-31", originalDeadline: "2012-09-30", completedOn: null }, "2012-10-10"),
    ).toEqual({ status: "open_within_deadline", lateAgainstOriginal: true, daysOverdue: 0, daysLeft: 21 });
  });

  it("no deadline and open: ongoing (thường xuyên), never overdue", () => {
    expect(deriveTaskStatus({ deadline: null, originalDeadline: null, completedOn: null }, "2030-01-01")).toEqual({
      status: "ongoing",
      lateAgainstOriginal: false,
      daysOverdue: 0,
      daysLeft: null,
    });
  });

  it("a completed ongoing task counts as completed on time", () => {
    expect(deriveTaskStatus({ deadline: null, originalDeadline: null, completedOn: "2012-12-20" }, "2012-12-31")).toEqual({
      status: "completed_on_time",
      lateAgainstOriginal: false,
      daysOverdue: 0,
      daysLeft: null,
    });
  });

  it("refuses dates that are not yyyy-MM-dd calendar dates rather than guessing", () => {
    expect(() => deriveTaskStatus({ ...due, completedOn: null }, "30/09/2012")).toThrow(RangeError);
    expect(() => deriveTaskStatus({ deadline: "2013-02-29", originalDeadline: "2013-02-29", completedOn: null }, "2013-03-01")).toThrow(
      /deadline/,
    );
    expect(() => deriveTaskStatus({ ...due, completedOn: "2012-9-30" }, "2012-10-01")).toThrow(/completedOn/);
    // Refused every time, not only the first (parsed days are remembered, refused ones are not).
    expect(() => deriveTaskStatus({ ...due, completedOn: null }, "30/09/2012")).toThrow(RangeError);
  });

  it("derives the same from a day seen before as from a new one", () => {
    const first = deriveTaskStatus({ ...due, completedOn: null }, "2012-10-05");
    expect(deriveTaskStatus({ ...due, completedOn: null }, "2012-10-05")).toEqual(first);
    expect(first).toMatchObject({ status: "open_overdue", daysOverdue: 5 });
  });
});

describe("todayInVietnam", () => {
  it("is already the next day in Vietnam at 17:00 UTC", () => {
    expect(todayInVietnam(new Date("2012-07-01T16:59:59Z"))).toBe("2012-07-01");
    expect(todayInVietnam(new Date("2012-07-01T17:00:00Z"))).toBe("2012-07-02");
    expect(todayInVietnam(new Date("2012-07-01T17:30:00Z"))).toBe("2012-07-02");
  });

  it("crosses the year boundary at 17:00 UTC on 31 December", () => {
    expect(todayInVietnam(new Date("2012-12-31T17:00:00Z"))).toBe("2013-01-01");
  });

  it("makes a task due 01/07 overdue at 00:30 Vietnam time on 02/07, even on a UTC server", () => {
    const today = todayInVietnam(new Date("2012-07-01T17:30:00Z"));
    const result = deriveTaskStatus({ deadline: "2012-07-01", originalDeadline: "2012-07-01", completedOn: null }, today);
    expect(result.status).toBe("open_overdue");
  });

  it("defaults to now", () => {
    expect(todayInVietnam()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("labels and tones", () => {
  it("use the wording of QĐ 42/2014/QĐ-TTg", () => {
    expect(TASK_STATUS_LABELS_VI).toEqual({
      completed_on_time: "Đã hoàn thành đúng hạn",
      completed_late: "Đã hoàn thành quá hạn",
      open_within_deadline: "Chưa hoàn thành, trong hạn",
      open_overdue: "Chưa hoàn thành, quá hạn",
      ongoing: "Thường xuyên",
    });
  });

  it("colour each status", () => {
    const tones = Object.fromEntries(TASK_STATUSES.map((status) => [status, taskStatusTone(status)]));
    expect(tones).toEqual({
      completed_on_time: "green",
      completed_late: "yellow",
      open_within_deadline: "blue",
      open_overdue: "red",
      ongoing: "grey",
    });
  });
});

describe("onTimeCompletionRate", () => {
  const repeat = (status: TaskStatus, times: number): TaskStatus[] => Array.from({ length: times }, () => status);

  it("is null when nothing is completed", () => {
    expect(onTimeCompletionRate([])).toEqual({ completed: 0, onTime: 0, rate: null });
    expect(onTimeCompletionRate(["ongoing", "open_overdue", "open_within_deadline"])).toEqual({ completed: 0, onTime: 0, rate: null });
  });

  it("rounds 2 of 3 half up to 66.67", () => {
    expect(onTimeCompletionRate(["completed_on_time", "completed_on_time", "completed_late"])).toEqual({
      completed: 3,
      onTime: 2,
      rate: "66.67",
    });
  });

  it("keeps the trailing zero: 1 of 8 is 12.50", () => {
    expect(onTimeCompletionRate(["completed_on_time", ...repeat("completed_late", 7)]).rate).toBe("12.50");
  });

  it("leaves open and ongoing tasks out of the base", () => {
    const result = onTimeCompletionRate(["completed_on_time", "completed_late", "ongoing", "open_overdue", "open_within_deadline"]);
    expect(result).toEqual({ completed: 2, onTime: 1, rate: "50.00" });
  });

  it("rounds exactly at the half: 1 of 16 = 6.25, 1 of 32 = 3.125 → 3.13, 1 of 3 = 33.33", () => {
    expect(onTimeCompletionRate(["completed_on_time", ...repeat("completed_late", 15)]).rate).toBe("6.25");
    expect(onTimeCompletionRate(["completed_on_time", ...repeat("completed_late", 31)]).rate).toBe("3.13");
    expect(onTimeCompletionRate(["completed_on_time", ...repeat("completed_late", 2)]).rate).toBe("33.33");
  });

  it("gives 100.00 and 0.00 at the extremes", () => {
    expect(onTimeCompletionRate(repeat("completed_on_time", 7)).rate).toBe("100.00");
    expect(onTimeCompletionRate(repeat("completed_late", 7)).rate).toBe("0.00");
  });

  it("rounds exact halves up where floating point would not (201 of 20000 = 1.005 % → 1.01)", () => {
    // (201 / 20000 * 100).toFixed(2) gives "1.00" because 1.005 has no exact binary form.
    const statuses = [...repeat("completed_on_time", 201), ...repeat("completed_late", 19_799)];
    expect(onTimeCompletionRate(statuses)).toEqual({ completed: 20_000, onTime: 201, rate: "1.01" });
  });
});
