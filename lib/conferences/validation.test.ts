import { describe, expect, it } from "vitest";
import { changeStatusSchema, createConferenceSchema, parseTime } from "./validation";

const valid = {
  title: "Hội nghị sơ kết",
  kind: "mid_year_review",
  reviewedPeriod: "2012-h1",
  plannedPeriod: "2012-H2",
  date: "02/07/2012",
  startTime: "08:00",
  endTime: "11:30",
  endDate: "",
  hostAgencyId: "3",
  chairPersonId: "",
  secretaryPersonId: "",
  format: "in_person",
  venue: "Hội trường",
  notes: "",
  publishedToAll: "on",
  replyDeadline: "29/06/2012",
};

function errorsOf(input: Record<string, string>): Record<string, string> {
  const result = createConferenceSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("conference form", () => {
  it("turns the date and times into instants in Asia/Ho_Chi_Minh", () => {
    const parsed = createConferenceSchema.parse(valid);
    expect(parsed.startsAt.toISOString()).toBe("2012-07-02T01:00:00.000Z");
    expect(parsed.endsAt.toISOString()).toBe("2012-07-02T04:30:00.000Z");
    expect(parsed.reviewedPeriod).toBe("2012-H1");
    expect(parsed.publishedToAll).toBe(true);
    expect(parsed.publicOnSchedule).toBe(false);
    expect(parsed.chairPersonId).toBeUndefined();
  });

  it("puts an end before the start under the end time", () => {
    expect(errorsOf({ ...valid, endTime: "07:30" })).toEqual({ endTime: "conferences.errors.endBeforeStart" });
    expect(errorsOf({ ...valid, endTime: "08:00" })).toEqual({ endTime: "conferences.errors.endBeforeStart" });
  });

  it("accepts a conference over several days and refuses an end date before the date", () => {
    const parsed = createConferenceSchema.parse({ ...valid, endDate: "03/07/2012", endTime: "07:00" });
    expect(parsed.endsAt.toISOString()).toBe("2012-07-03T00:00:00.000Z");
    expect(errorsOf({ ...valid, endDate: "01/07/2012" })).toEqual({ endDate: "conferences.errors.endBeforeStart" });
  });

  it("refuses malformed dates, times and periods with their own messages", () => {
    expect(errorsOf({ ...valid, date: "31/02/2012" })).toMatchObject({ date: "validation.date" });
    expect(errorsOf({ ...valid, date: "" })).toMatchObject({ date: "conferences.errors.dateRequired" });
    expect(errorsOf({ ...valid, startTime: "25:00" })).toMatchObject({ startTime: "conferences.errors.time" });
    expect(errorsOf({ ...valid, endTime: "11h75" })).toMatchObject({ endTime: "conferences.errors.time" });
    expect(errorsOf({ ...valid, reviewedPeriod: "2012-H3" })).toMatchObject({ reviewedPeriod: "conferences.errors.period" });
    expect(errorsOf({ ...valid, hostAgencyId: "" })).toMatchObject({ hostAgencyId: "conferences.errors.hostRequired" });
    expect(errorsOf({ ...valid, kind: "party" })).toHaveProperty("kind");
  });

  it("reads times as clerks type them", () => {
    expect(parseTime("8:00")).toBe("08:00");
    expect(parseTime("14h30")).toBe("14:30");
    expect(parseTime("24:00")).toBeUndefined();
    expect(parseTime("8")).toBeUndefined();
  });

  it("checks a postponement's new time shape", () => {
    expect(changeStatusSchema.safeParse({ id: "1", version: "1", transition: "postpone", date: "9/7/2012", startTime: "8:00", endTime: "11:00" }).success).toBe(true);
    expect(changeStatusSchema.safeParse({ id: "1", version: "1", transition: "postpone", startTime: "8:99" }).success).toBe(false);
    expect(changeStatusSchema.safeParse({ id: "1", version: "1", transition: "delete" }).success).toBe(false);
  });
});
