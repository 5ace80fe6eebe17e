import "server-only";
import { cache } from "react";
import { getLocale, getMessages, getTranslations as getRequestTranslations } from "next-intl/server";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { TIME_ZONE } from "@/lib/format";
import { withCompiledMessages } from "./compiled-message";

type IntlCache = ReturnType<typeof _createCache>;

/**
 * One message and formatter cache per locale for the life of the process. next-intl keeps
 * them per request: every request parsed each message it used again and built its Intl
 * formatters anew (resolving the locale each time), about a twentieth of a list page's CPU.
 * The cache holds parsed messages from messages/*.json and Intl formatters keyed by their
 * options, so it is bounded by the messages and formats the code uses, and what it holds
 * does not depend on the request.
 */
const sharedByLocale = new Map<string, { cache: IntlCache; formatters: ReturnType<typeof _createIntlFormatters> }>();

function sharedFor(locale: string) {
  let shared = sharedByLocale.get(locale);
  if (!shared) {
    const intlCache = _createCache();
    shared = { cache: intlCache, formatters: _createIntlFormatters(intlCache) };
    sharedByLocale.set(locale, shared);
  }
  return shared;
}

async function translatorFor(namespace: string | undefined, localeOverride: string | undefined) {
  const locale = localeOverride ?? (await getLocale());
  const messages = await getMessages({ locale });
  const shared = sharedFor(locale);
  const t = createTranslator({ locale, messages, namespace, timeZone: TIME_ZONE, _cache: shared.cache, _formatters: shared.formatters });
  return withCompiledMessages(t, locale, namespace);
}

const cachedTranslator = cache(translatorFor);

/**
 * next-intl's getTranslations, with the process-wide cache above: the same translator
 * (use-intl's createTranslator, which next-intl itself calls), the same locale and messages
 * from lib/i18n/request.ts, and messages with plain values compiled once
 * (lib/i18n/compiled-message.ts). Server code imports it from here.
 */
export const getTranslations = ((namespaceOrOptions?: string | { locale?: string; namespace?: string }) =>
  typeof namespaceOrOptions === "object"
    ? cachedTranslator(namespaceOrOptions.namespace, namespaceOrOptions.locale)
    : cachedTranslator(namespaceOrOptions, undefined)) as typeof getRequestTranslations;

export { getLocale, getMessages } from "next-intl/server";
