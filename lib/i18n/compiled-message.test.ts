import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { compiledMessage, rowTranslator } from "./compiled-message";

// The report table formats these on every row through rowTranslator, that is compiledMessage.
const tableMessages = ["planPercent", "yoy", "yoyRatio", "up", "down", "asReported"] as const;
const values = { value: "13,6", ratio: "109", growth: "tăng 9%" };

describe("compiledMessage", () => {
  for (const [locale, messages] of [["vi", vi], ["en", en]] as const) {
    it(`formats the report table's messages as next-intl does (${locale})`, () => {
      const t = createTranslator({ locale, messages, namespace: "reports.table" });
      for (const key of tableMessages) {
        expect(compiledMessage(locale, t.raw(key))(values)).toBe(t(key, values));
      }
    });
  }

  it("formats the same message again with other values, and keeps locales apart", () => {
    const agenda = compiledMessage("vi", "{count} mục · {title}");
    expect(agenda({ count: "3", title: "Sơ kết 6 tháng" })).toBe("3 mục · Sơ kết 6 tháng");
    expect(compiledMessage("vi", "{count} mục · {title}")({ count: "1.234", title: "Giao ban" })).toBe("1.234 mục · Giao ban");
    expect(compiledMessage("vi", "đạt {value}% kế hoạch năm")({ value: "50" })).toBe("đạt 50% kế hoạch năm");
    expect(compiledMessage("en", "{value}% of the annual plan")({ value: "50" })).toBe("50% of the annual plan");
  });
});

describe("rowTranslator", () => {
  it("gives the directive board's lines as next-intl's t() does, with values and without", () => {
    const t = createTranslator({ locale: "vi", messages: vi, namespace: "directives.board" });
    // The app's translators take any string key (no typed messages); this one is typed from the JSON.
    const row = rowTranslator(t as unknown as Parameters<typeof rowTranslator>[0], "vi");
    expect(row("lead", { name: "Phòng Bưu chính, Viễn thông" })).toBe(t("lead", { name: "Phòng Bưu chính, Viễn thông" }));
    expect(row("deadline", { date: "31/12/2012" })).toBe(t("deadline", { date: "31/12/2012" }));
    expect(row("ongoing")).toBe(t("ongoing"));
    expect(row("lead", { name: "Văn phòng Sở" })).toContain("Văn phòng Sở");
  });
});
