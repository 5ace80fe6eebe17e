import { IntlMessageFormat } from "intl-messageformat";

type Values = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();

/**
 * A message with values, compiled once per process. next-intl's t() rebuilds its format
 * options and a cache key on every call with values (about 22 µs) and parses each message
 * again in every request: over the hundreds of rows of a report or a directive board that
 * is a tenth of the page. This compiles the same ICU message with intl-messageformat, the
 * library next-intl formats with, so the text is the same. For values that are plain
 * strings and numbers: no rich text, no named formats.
 */
export function compiledMessage(locale: string, message: string): (values: Values) => string {
  // Messages come from the files in messages/, so the map holds at most one entry per message and locale.
  const key = `${locale}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, locale);
    compiled.set(key, format);
  }
  const ready = format;
  return (values) => String(ready.format(values));
}

/** What withCompiledMessages needs of next-intl's t(): a message by key, its raw text, whether it exists. */
interface Translator {
  (key: string, values?: never, formats?: never): string;
  raw(key: string): unknown;
  has(key: string): boolean;
}

/**
 * Messages without values as t() words them, by locale, namespace and key, for the life of
 * the process: the catalogues do not change while it runs. t() costs about 0,3 µs a call
 * (it resolves the key's path and formats the message each time), a lookup here 15 ns; a
 * page words a few hundred labels. Only messages the catalogue has and that take nothing
 * (no argument, no tag) are kept, so a missing key or a missing value is reported each time.
 */
const plainTexts = new Map<string, string>();

function isPlainText(t: Translator, key: string): boolean {
  if (!t.has(key)) return false;
  const message = t.raw(key);
  return typeof message === "string" && !message.includes("{") && !message.includes("<");
}

const isPlainValues = (values: unknown): values is Values =>
  typeof values === "object" && values !== null && Object.values(values).every((value) => typeof value === "string" || typeof value === "number");

/**
 * next-intl's t(), with messages given plain string and number values formatted through
 * compiledMessage: a list that words each row with a message (a period label per option, a
 * task's directive on each row, the cells of a report) no longer pays next-intl's price per
 * call. Everything else (no values, rich text, a message with tags, an error) goes to t()
 * itself, so the text, and what happens to a missing key or value, are the same. One per
 * translator (lib/i18n/server.ts wraps each), remembering per key what the message compiled
 * to; a message that takes nothing is looked up in plainTexts once worded.
 */
export function withCompiledMessages<T extends Translator>(t: T, locale: string, namespace?: string): T {
  const byKey = new Map<string, ((values: Values) => string) | null>();
  const scope = `${locale}\u0000${namespace ?? ""}\u0000`;
  const translate = (key: string, values?: never, formats?: never): string => {
    if (values === undefined && formats === undefined) {
      const known = plainTexts.get(scope + key);
      if (known !== undefined) return known;
      const text = t(key);
      if (isPlainText(t, key)) plainTexts.set(scope + key, text);
      return text;
    }
    if (formats === undefined && isPlainValues(values)) {
      let format = byKey.get(key);
      if (format === undefined) {
        const message = t.raw(key);
        format = typeof message === "string" && !message.includes("<") ? compiledMessage(locale, message) : null;
        byKey.set(key, format);
      }
      if (format) {
        try {
          return format(values);
        } catch {
          // A value the message needs is missing: t() reports it and shows its fallback.
        }
      }
    }
    return t(key, values, formats);
  };
  return Object.assign(translate, t) as unknown as T;
}
