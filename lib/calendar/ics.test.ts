import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs, conferenceUid, icsContentDisposition, type IcsConference } from "./ics";

const options = { origin: "https://nghisu.example.vn", calendarName: "Hội nghị", agendaHeading: "Chương trình:" };

const base: IcsConference = {
  id: 42,
  title: "Hội nghị sơ kết công tác 6 tháng đầu năm 2012 ngành Thông tin và Truyền thông",
  status: "scheduled",
  sequence: 3,
  // 07:30 on 02/07/2012 in Điện Biên.
  startsAt: new Date("2012-07-02T00:30:00Z"),
  endsAt: new Date("2012-07-02T04:30:00Z"),
  venue: "Hội trường Sở TT&TT, TP. Điện Biên Phủ",
  updatedAt: new Date("2012-06-20T02:15:09.123Z"),
  agendaTitles: ["Báo cáo kết quả thực hiện nhiệm vụ", "Thảo luận"],
};

/** Parses with a real iCalendar parser and returns the events. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent");
}

describe("ics building", () => {
  it("write an event that a real parser reads back with UID, SEQUENCE, STATUS, UTC times and Vietnamese text", () => {
    const text = buildIcs([base], options);
    const [vevent] = parse(text);
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe("conference-42@nghisu");
    expect(vevent.getFirstPropertyValue("sequence")).toBe(3);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.summary).toBe("Hội nghị sơ kết công tác 6 tháng đầu năm 2012 ngành Thông tin và Truyền thông");
    expect(event.location).toBe("Hội trường Sở TT&TT, TP. Điện Biên Phủ");
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.startDate.toJSDate().toISOString()).toBe("2012-07-02T00:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2012-07-02T04:30:00.000Z");
    expect(text).toContain("DTSTART:20120702T003000Z");
    expect(event.description).toBe("Chương trình:\n1. Báo cáo kết quả thực hiện nhiệm vụ\n2. Thảo luận");
    expect(vevent.getFirstPropertyValue("url")).toBe("https://nghisu.example.vn/conferences/42");
    expect(text).toContain("DTSTAMP:20120620T021509Z");
  });

  it("write the same bytes for the same conferences, so the feed's ETag can be strong", () => {
    expect(buildIcs([base], options)).toBe(buildIcs([{ ...base, agendaTitles: [...base.agendaTitles] }], options));
    expect(buildIcs([base], options)).not.toBe(buildIcs([{ ...base, sequence: 4 }], options));
  });

  it("mark cancelled, postponed and draft conferences", () => {
    const text = buildIcs(
      [
        { ...base, id: 1, status: "cancelled" },
        { ...base, id: 2, status: "postponed" },
        { ...base, id: 3, status: "draft" },
        { ...base, id: 4, status: "held", venue: null, agendaTitles: [] },
      ],
      options,
    );
    const events = parse(text);
    expect(events.map((e) => [e.getFirstPropertyValue("uid"), e.getFirstPropertyValue("status")])).toEqual([
      [conferenceUid(1), "CANCELLED"],
      [conferenceUid(2), "TENTATIVE"],
      [conferenceUid(3), "TENTATIVE"],
      [conferenceUid(4), "CONFIRMED"],
    ]);
    expect(events[3].getFirstPropertyValue("location")).toBeNull();
  });

  it("write an empty but valid calendar", () => {
    const calendar = new ICAL.Component(ICAL.parse(buildIcs([], options)));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
  });

  it("fold every line at 75 octets, not characters, and never inside a Vietnamese letter", () => {
    const title =
      "Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2012 của Sở Thông tin và Truyền thông tỉnh Điện Biên";
    const text = buildIcs([{ ...base, title, agendaTitles: ["Đồng chí Giàng Thị Hoa, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị"] }], options);
    const bytes = new TextEncoder();
    const lines = text.split("\r\n");
    for (const line of lines) expect(bytes.encode(line).length).toBeLessThanOrEqual(75);
    // The SUMMARY is folded (several physical lines) and a real parser joins it back whole.
    const summaryStart = lines.findIndex((line) => line.startsWith("SUMMARY:"));
    expect(lines[summaryStart + 1].startsWith(" ")).toBe(true);
    expect(text).not.toContain("\uFFFD");
    const [vevent] = parse(text);
    expect(new ICAL.Event(vevent).summary).toBe(title);
  });

  it("name the file in Vietnamese with an ASCII fallback", () => {
    const header = icsContentDisposition("Hội nghị sơ kết.ics");
    expect(header).toBe(`attachment; filename="Hoi nghi so ket.ics"; filename*=UTF-8''${encodeURIComponent("Hội nghị sơ kết.ics")}`);
  });
});
