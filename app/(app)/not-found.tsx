import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";

/**
 * "Not found" inside the signed-in area: rendered within the app shell's own <main>, so it is
 * a plain block (a second main landmark was axe's landmark-no-duplicate-main). Unmatched
 * addresses outside the shell still get app/not-found.tsx with its own <main>.
 */
export default async function SignedInNotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("notFound")}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        {t("goHome")}
      </Link>
    </div>
  );
}
