import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { CatalogueFilterForm } from "@/components/indicators/catalogue-filters";
import { CatalogueTables } from "@/components/indicators/catalogue-table";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ResultCount } from "@/components/ui/result-count";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { todayInVietnam } from "@/lib/directory/rules";
import { listCatalogue, parseCatalogueParams } from "@/lib/indicators/catalogue-queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("indicators");
  return { title: t("title") };
}

/** /indicators?sector=&q= — the catalogue by sector, "trong đó" rows under their parent, in one query. */
export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("indicators.view");
  const t = await getTranslations("indicators");
  const params = await searchParams;
  const filters = parseCatalogueParams(params);
  const sections = await listCatalogue(getDb(), filters);
  const total = sections.reduce((sum, section) => sum + section.rows.length, 0);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <>
            {can(user, "indicators.plan") ? <LinkButton href="/indicators/plans">{t("plans.title")}</LinkButton> : null}
            {can(user, "indicators.manage") ? (
              <LinkButton href="/indicators/new" variant="primary">
                {t("newTitle")}
              </LinkButton>
            ) : null}
          </>
        }
      />
      {params.deleted === "1" ? (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {t("deleted")}
        </p>
      ) : null}
      <CatalogueFilterForm filters={filters} />
      <ResultCount>{t("list.count", { count: total })}</ResultCount>
      {total === 0 ? <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t("list.empty")}</p> : <CatalogueTables sections={sections} today={todayInVietnam()} />}
    </>
  );
}
