import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { loadHomeWork } from "@/lib/home/queries";

/** The home page: what waits for this user ("Việc cần làm"), each line a link to where it is done. */
export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations("home");
  const groups = await loadHomeWork(getDb(), user);
  return (
    <>
      <PageHeader title={t("title", { name: user.displayName })} intro={t("intro", { date: formatDate(new Date()) })} />
      {groups.length === 0 ? (
        <section className="rounded border border-slate-200 bg-white p-6" data-testid="home-empty">
          <h2 className="text-lg font-bold">{t("nothingToDo")}</h2>
          <p className="mt-1 text-slate-700">{t("nothingToDoHint")}</p>
        </section>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {groups.map((group) => (
            <section key={group.key} aria-labelledby={`home-${group.key}`} className="rounded border border-slate-200 bg-white p-4">
              <h2 id={`home-${group.key}`} className="mb-2 text-lg font-bold">
                {t(`groups.${group.key}`, group.values ?? {})}
              </h2>
              <ul className="space-y-2">
                {group.lines.map((line) => (
                  <li key={`${line.key}-${line.href}`}>
                    <Link href={line.href} className="link hover:text-brand-800">
                      {t(`lines.${line.key}`, line.values)}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
