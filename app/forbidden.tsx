import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-2xl p-6">
      <h1 className="text-2xl font-bold">{t("forbiddenTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("forbidden")}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        {t("goHome")}
      </Link>
    </main>
  );
}
