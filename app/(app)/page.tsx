import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/navigation";

export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations();
  const links = navigationFor(user).flatMap((group) => group.items).filter((item) => item.href !== "/");
  return (
    <>
      <PageHeader title={t("home.title", { name: user.displayName })} intro={t("app.tagline")} />
      <section className="rounded border border-slate-200 bg-white p-4">
        <p>{t("home.role", { role: t(`roles.${user.role}`) })}</p>
        {user.agencyName ? <p className="mt-1">{t("home.agency", { agency: user.agencyName })}</p> : null}
      </section>
      <section className="mt-6">
        <h2 className="mb-3 text-lg font-bold">{t("home.shortcuts")}</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {links.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block rounded border border-slate-200 bg-white p-4 font-semibold text-brand-700 hover:border-brand-600">
                {t(`nav.${item.label}`)}
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-6 text-sm text-slate-600">{t("home.comingSoon")}</p>
      </section>
    </>
  );
}
