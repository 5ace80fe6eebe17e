import { getTranslations } from "@/lib/i18n/server";
import { MAX_SEARCH_LENGTH } from "@/lib/search/query";

/**
 * The header's search box: a plain GET form to /search, so it works before (and without) any
 * JavaScript. Full width on its own row on a phone, inline on a wide screen.
 */
export async function HeaderSearch() {
  const t = await getTranslations("search");
  return (
    <form role="search" aria-label={t("label")} method="get" action="/search" className="order-last flex w-full gap-1 sm:order-none sm:w-auto sm:min-w-72 sm:flex-1 sm:justify-end">
      <label htmlFor="header-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="header-search"
        name="q"
        type="search"
        maxLength={MAX_SEARCH_LENGTH}
        autoComplete="off"
        placeholder={t("placeholder")}
        className="min-w-0 flex-1 rounded border border-brand-600 bg-white px-3 py-1.5 text-base text-slate-900 placeholder:text-slate-500 sm:max-w-sm sm:text-sm"
      />
      <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 focus:outline-2 focus:outline-offset-2 focus:outline-white">
        {t("submit")}
      </button>
    </form>
  );
}
