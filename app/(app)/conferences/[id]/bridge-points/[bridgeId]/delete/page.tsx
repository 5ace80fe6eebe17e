import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { removeBridgePointAction } from "@/lib/conferences/actions";
import { getBridgePoint } from "@/lib/conferences/deletion-queries";
import { getFormLabels } from "@/lib/i18n/form-labels";

type Props = { params: Promise<{ id: string; bridgeId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conferences.bridge");
  return { title: t("deleteTitle") };
}

/** /conferences/[id]/bridge-points/[bridgeId]/delete — which bridge point goes, asked once more; conferences.manage only. */
export default async function DeleteBridgePointPage({ params }: Props) {
  const user = await requirePermission("conferences.manage");
  const { id, bridgeId } = await params;
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam(id), user);
  if (!conference) notFound();
  const bridge = await getBridgePoint(db, conference.id, conferenceIdParam(bridgeId));
  if (!bridge) notFound();
  const t = await getTranslations("conferences");
  const page = `/conferences/${conference.id}#bridge-points-title`;
  return (
    <ConfirmAction
      title={t("bridge.removeLabel", { name: bridge.name })}
      back={
        <Link href={page} className="text-brand-700 underline">
          ← {conference.title}
        </Link>
      }
      rows={[
        { label: t("bridge.name"), value: bridge.name },
        { label: t("bridge.place"), value: bridge.place },
        { label: t("bridge.agency"), value: bridge.responsibleAgencyName },
        { label: t("bridge.contact"), value: bridge.contact },
      ]}
      consequences={[t("bridge.deleteConsequence")]}
      action={removeBridgePointAction}
      labels={await getFormLabels("conferences.bridge.deleteSubmit", "common.saving")}
      hidden={{ conferenceId: conference.id, id: bridge.id, version: bridge.version }}
      cancel={{ href: page }}
    />
  );
}
