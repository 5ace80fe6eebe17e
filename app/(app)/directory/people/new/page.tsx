import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { agencySelectOptions } from "@/components/directory/agency-options";
import { CreatePersonForm } from "@/components/directory/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { listAllAgencies } from "@/lib/directory/queries";
import { parseRouteId, selectableAgencies, todayInVietnam } from "@/lib/directory/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directory");
  return { title: t("newPerson") };
}

/** /directory/people/new?agency=ID — agency pre-selected when coming from an agency's page; on success the action redirects to the new person. */
export default async function NewPersonPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("people.manage");
  const t = await getTranslations();
  const { agency } = await searchParams;
  const today = todayInVietnam();
  const candidates = selectableAgencies(await listAllAgencies(getDb()), today);
  const agencyId = parseRouteId(typeof agency === "string" ? agency : undefined);
  return (
    <>
      <PageHeader
        title={t("directory.newPerson")}
        back={
          <Link href="/directory/people" className="text-brand-700 underline">
            ← {t("directory.backToPeople")}
          </Link>
        }
      />
      <CreatePersonForm agencyOptions={await agencySelectOptions(candidates, today)} agencyId={candidates.some((a) => a.id === agencyId) ? agencyId : null} />
    </>
  );
}
