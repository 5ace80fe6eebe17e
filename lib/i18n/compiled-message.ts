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

/** What rowTranslator needs of next-intl's t(): a message by key, and its raw text. */
interface Translator {
  (key: string): string;
  raw(key: string): unknown;
}

/**
 * t() for a list that formats the same few messages on every row: messages with values go
 * through compiledMessage, those without straight to next-intl (already fast: nothing to
 * compile). Make one per render, beside the t() it wraps.
 */
export function rowTranslator(t: Translator, locale: string): (key: string, values?: Values) => string {
  const byKey = new Map<string, (values: Values) => string>();
  return (key, values) => {
    if (!values) return t(key);
    let format = byKey.get(key);
    if (!format) {
      format = compiledMessage(locale, String(t.raw(key)));
      byKey.set(key, format);
    }
    return format(values);
  };
}
