import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { EditIndicatorForm } from "@/components/indicators/indicator-form";
import { RetireDeleteForms } from "@/components/indicators/retire-delete-forms";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { parseRouteId, todayInVietnam } from "@/lib/directory/rules";
import { indicatorUsage } from "@/lib/indicators/catalogue-commands";
import { getIndicator, listParentOptions, listReporterIds, listReporterOptions } from "@/lib/indicators/catalogue-queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("indicators");
  return { title: t("editTitle") };
}

/** /indicators/[id]/edit — edit (with the row version), retire from a day, or delete one entered by mistake (indicators.manage). */
export default async function EditIndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("indicators.manage");
  const id = parseRouteId((await params).id);
  const db = getDb();
  const indicator = id === null ? null : await getIndicator(db, id);
  if (!indicator) notFound();
  const t = await getTranslations("indicators");
  const reporterIds = await listReporterIds(db, indicator.id);
  const [parents, agencies, usage] = await Promise.all([listParentOptions(db, indicator.id), listReporterOptions(db, todayInVietnam(), reporterIds), indicatorUsage(db, indicator.id)]);
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        intro={`${indicator.code} — ${indicator.nameVi}`}
        back={
          <Link href={`/indicators/${indicator.id}`} className="text-brand-700 underline">
            ← {t("backToIndicator")}
          </Link>
        }
      />
      <EditIndicatorForm key={indicator.version} indicator={indicator} options={{ parents, agencies, reporterIds }} />
      <RetireDeleteForms key={`actions-${indicator.version}`} indicator={indicator} usage={usage} />
    </>
  );
}
