import { IntlMessageFormat } from "intl-messageformat";

const compiled = new Map<string, IntlMessageFormat>();

/**
 * A message with values that a long table formats on every row. next-intl's t() rebuilds its
 * format options and a cache key on each call (about 22 µs with values) and parses each
 * message again in every request: over hundreds of rows that is a tenth of the page. This
 * compiles the same ICU message once per process with intl-messageformat, the library
 * next-intl formats with, so the text is the same. For values that are plain strings (what
 * the caller has already formatted): no rich text, no format options.
 */
export function compiledMessage(locale: string, message: string): (values: Record<string, string>) => string {
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
