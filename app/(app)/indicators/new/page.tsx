import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { CreateIndicatorForm } from "@/components/indicators/indicator-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { todayInVietnam } from "@/lib/directory/rules";
import { listParentOptions, listReporterOptions } from "@/lib/indicators/catalogue-queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("indicators");
  return { title: t("newTitle") };
}

/** /indicators/new — add an indicator to the catalogue (indicators.manage). */
export default async function NewIndicatorPage() {
  await requirePermission("indicators.manage");
  const t = await getTranslations("indicators");
  const db = getDb();
  const [parents, agencies] = await Promise.all([listParentOptions(db), listReporterOptions(db, todayInVietnam())]);
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        back={
          <Link href="/indicators" className="text-brand-700 underline">
            ← {t("back")}
          </Link>
        }
      />
      <CreateIndicatorForm options={{ parents, agencies, reporterIds: [] }} />
    </>
  );
}
