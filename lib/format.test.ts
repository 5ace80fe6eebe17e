import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatTime, TIME_ZONE, vietnamClock, vietnamDate } from "./format";

describe("vi-VN formats", () => {
  it("writes dates as dd/MM/yyyy in Asia/Ho_Chi_Minh", () => {
    expect(formatDate("2012-07-02")).toBe("02/07/2012");
    // 20:30 UTC on 1 July is 03:30 on 2 July in Điện Biên.
    expect(formatDate(new Date("2012-07-01T20:30:00Z"))).toBe("02/07/2012");
    expect(formatDateTime(new Date("2012-07-02T01:30:00Z"))).toBe("08:30 02/07/2012");
    expect(formatDate(null)).toBe("");
  });

  it("groups thousands with dots and uses a decimal comma, exactly", () => {
    expect(formatNumber(468112)).toBe("468.112");
    expect(formatNumber("13.6")).toBe("13,6");
    expect(formatNumber("89.16")).toBe("89,16");
    expect(formatNumber("89.1600")).toBe("89,16");
    expect(formatNumber("418732")).toBe("418.732");
    expect(formatNumber("2.067")).toBe("2,067");
    expect(formatNumber("-1234.5")).toBe("-1.234,5");
  });

  it("rounds half up on the decimal digits, never through a float", () => {
    expect(formatNumber("98.615", 2)).toBe("98,62");
    expect(formatNumber("0.125", 2)).toBe("0,13");
    expect(formatNumber("9.995", 2)).toBe("10,00");
    expect(formatNumber("999.96", 1)).toBe("1.000,0");
    expect(formatNumber("13.6", 0)).toBe("14");
    expect(formatNumber("-0.004", 2)).toBe("0,00");
  });
});

describe("vietnamClock: the fixed +07:00 offset agrees with the time zone database", () => {
  const reference = new Intl.DateTimeFormat("en-US", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    weekday: "short",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  });
  const fromIntl = (instant: Date) => {
    const parts = Object.fromEntries(reference.formatToParts(instant).map((p) => [p.type, p.value]));
    return {
      year: Number(parts.year),
      month: Number(parts.month),
      day: Number(parts.day),
      weekday: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday),
      hour: Number(parts.hour),
      minute: Number(parts.minute),
    };
  };

  it("for instants from 1976 to 2100, around every day boundary and at random minutes", () => {
    const start = Date.UTC(1976, 0, 1);
    const end = Date.UTC(2100, 0, 1);
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 5000; i++) {
      const instant = new Date(start + Math.floor(random() * (end - start)));
      expect(vietnamClock(instant)).toEqual(fromIntl(instant));
      // 16:59 and 17:00 UTC: the last minute of one Vietnamese day and the first of the next.
      const day = Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate());
      for (const edge of [day + 17 * 3600_000 - 60_000, day + 17 * 3600_000]) expect(vietnamClock(new Date(edge))).toEqual(fromIntl(new Date(edge)));
    }
  });

  it("on every day around the leap days and year ends from 1976 to 2100", () => {
    // Each Vietnamese midnight from 26 February to 4 March and from 29 December to 2 January:
    // the calendar arithmetic's month and year turns, including 2000 (leap) and 2100 (not).
    for (let year = 1976; year <= 2100; year++) {
      for (const [month, firstDay, lastDay] of [[1, 26, 34], [11, 29, 33]] as const) {
        for (let day = firstDay; day <= lastDay; day++) {
          const midnight = Date.UTC(year, month, day) - 7 * 3600_000;
          for (const instant of [midnight - 60_000, midnight]) expect(vietnamClock(new Date(instant))).toEqual(fromIntl(new Date(instant)));
        }
      }
    }
  });

  it("formats dates and times as before", () => {
    const instant = new Date("2012-07-01T17:30:00Z");
    expect(formatDate(instant)).toBe("02/07/2012");
    expect(formatTime(instant)).toBe("00:30");
    expect(formatDateTime(new Date("2012-07-02T01:05:00Z"))).toBe("08:05 02/07/2012");
    expect(vietnamDate(new Date("2012-07-01T16:59:59Z"))).toBe("2012-07-01");
  });
});
