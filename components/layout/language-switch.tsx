import { getLocale } from "@/lib/i18n/server";

/** A plain form (app/api/locale): switching language works without JavaScript and comes back to the same page. */
export async function LanguageSwitch({ tone = "light" }: { tone?: "light" | "dark" }) {
  const locale = await getLocale();
  const target = locale === "vi" ? "en" : "vi";
  return (
    <form action="/api/locale" method="post">
      <input type="hidden" name="locale" value={target} />
      <button
        type="submit"
        lang={target}
        className={`rounded px-2 py-1 text-sm font-semibold underline-offset-2 hover:underline ${tone === "dark" ? "text-white" : "text-brand-700"}`}
      >
        {target === "en" ? "English" : "Tiếng Việt"}
      </button>
    </form>
  );
}
