import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "./dates";

describe("parseCalendarDate", () => {
  it("reads dd/MM/yyyy as written in Vietnam, and ISO", () => {
    expect(parseCalendarDate("02/07/2012")).toBe("2012-07-02");
    expect(parseCalendarDate("2/7/2012")).toBe("2012-07-02");
    expect(parseCalendarDate(" 13.4.2012 ")).toBe("2012-04-13");
    expect(parseCalendarDate("2012-07-02")).toBe("2012-07-02");
  });

  it("refuses dates that do not exist and anything else", () => {
    expect(parseCalendarDate("30/02/2025")).toBeUndefined();
    expect(parseCalendarDate("07/13/2012")).toBeUndefined();
    expect(parseCalendarDate("2012-02-30")).toBeUndefined();
    expect(parseCalendarDate("hôm nay")).toBeUndefined();
    expect(parseCalendarDate("")).toBeUndefined();
  });
});
