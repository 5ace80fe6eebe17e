import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { CreateAgencyForm } from "@/components/directory/agency-form";
import { agencySelectOptions } from "@/components/directory/agency-options";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { listAllAgencies } from "@/lib/directory/queries";
import { parseRouteId, selectableAgencies, todayInVietnam } from "@/lib/directory/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directory");
  return { title: t("newAgency") };
}

/** /directory/agencies/new?parent=ID — parent pre-selected when coming from "Thêm đơn vị trực thuộc"; on success the action redirects to the new agency. */
export default async function NewAgencyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("agencies.manage");
  const t = await getTranslations();
  const { parent } = await searchParams;
  const today = todayInVietnam();
  const candidates = selectableAgencies(await listAllAgencies(getDb()), today);
  const parentId = parseRouteId(typeof parent === "string" ? parent : undefined);
  return (
    <>
      <PageHeader
        title={t("directory.newAgency")}
        back={
          <Link href="/directory/agencies" className="text-brand-700 underline">
            ← {t("directory.backToAgencies")}
          </Link>
        }
      />
      <CreateAgencyForm parentOptions={await agencySelectOptions(candidates, today)} parentId={candidates.some((a) => a.id === parentId) ? parentId : null} />
    </>
  );
}
