import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { compiledMessage, withCompiledMessages } from "./compiled-message";

// The report table formats these on every row, through compiledMessage.
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

/** Every message of a catalogue, by its full key. */
function allMessages(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : allMessages(value as object, `${prefix}${key}.`),
  );
}

/** Values for each argument a message names: numbers for plural and number arguments, words for the rest. */
function sampleValues(message: string, count: number): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [, name, kind] of message.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)) {
    values[name] = kind === "plural" || kind === "number" || kind === "selectordinal" ? count : kind === "select" ? "other" : `«${name}» Điện Biên`;
  }
  return values;
}

describe("withCompiledMessages", () => {
  for (const [locale, messages] of [["vi", vi], ["en", en]] as const) {
    it(`words every message with values exactly as next-intl's t() does (${locale})`, () => {
      const t = createTranslator({ locale, messages });
      const wrapped = withCompiledMessages(t as unknown as Parameters<typeof withCompiledMessages>[0], locale);
      const withValues = allMessages(messages).filter(([, message]) => message.includes("{"));
      expect(withValues.length).toBeGreaterThan(100);
      for (const [key, message] of withValues) {
        for (const count of [0, 1, 2, 1234, 13.6]) {
          const values = sampleValues(message, count);
          expect(wrapped(key, values as never), key).toBe(t(key as never, values as never));
        }
      }
    });
  }

  it("leaves messages without values, and t's other methods, to next-intl", () => {
    const t = createTranslator({ locale: "vi", messages: vi, namespace: "directives.board" });
    const wrapped = withCompiledMessages(t as unknown as Parameters<typeof withCompiledMessages>[0], "vi") as unknown as typeof t;
    expect(wrapped("ongoing")).toBe(t("ongoing"));
    expect(wrapped.raw("lead")).toBe(t.raw("lead"));
    expect(wrapped.has("lead")).toBe(true);
  });

  for (const [locale, messages] of [["vi", vi], ["en", en]] as const) {
    it(`words every message without values exactly as next-intl's t() does, the second time too (${locale})`, () => {
      const t = createTranslator({ locale, messages });
      const wrapped = withCompiledMessages(t as unknown as Parameters<typeof withCompiledMessages>[0], locale);
      const again = withCompiledMessages(t as unknown as Parameters<typeof withCompiledMessages>[0], locale);
      const plain = allMessages(messages).filter(([, message]) => !message.includes("{"));
      expect(plain.length).toBeGreaterThan(500);
      for (const [key] of plain) {
        expect(wrapped(key), key).toBe(t(key as never));
        expect(again(key), key).toBe(t(key as never));
      }
    });
  }

  it("keeps namespaces and locales apart, and reports a missing key every time", () => {
    const errors: unknown[] = [];
    const onError = (error: unknown) => void errors.push(error);
    const board = createTranslator({ locale: "vi", messages: vi, namespace: "directives.board", onError });
    const boardEn = createTranslator({ locale: "en", messages: en, namespace: "directives.board", onError });
    const errorWords = createTranslator({ locale: "vi", messages: vi, namespace: "errors", onError });
    const authWords = createTranslator({ locale: "vi", messages: vi, namespace: "auth", onError });
    const wrap = (t: unknown, locale: string, namespace: string) =>
      withCompiledMessages(t as Parameters<typeof withCompiledMessages>[0], locale, namespace);
    expect(wrap(board, "vi", "directives.board")("ongoing")).toBe(board("ongoing"));
    expect(wrap(boardEn, "en", "directives.board")("ongoing")).toBe(boardEn("ongoing"));
    expect(board("ongoing")).not.toBe(boardEn("ongoing"));
    // The same key in two namespaces: each keeps its own words.
    expect(wrap(errorWords, "vi", "errors")("title")).toBe(errorWords("title"));
    expect(wrap(authWords, "vi", "auth")("title")).toBe(authWords("title"));
    expect(errorWords("title")).not.toBe(authWords("title"));
    const wrapped = wrap(board, "vi", "directives.board");
    wrapped("noSuchKey");
    wrapped("noSuchKey");
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  it("lets next-intl report a value the message needs and was not given, as before", () => {
    const errors: unknown[] = [];
    const t = createTranslator({ locale: "vi", messages: vi, namespace: "directives.board", onError: (error) => void errors.push(error) });
    const wrapped = withCompiledMessages(t as unknown as Parameters<typeof withCompiledMessages>[0], "vi");
    expect(wrapped("lead", { other: "x" } as never)).toBe(t("lead", { other: "x" } as never));
    expect(errors).toHaveLength(2);
  });
});
