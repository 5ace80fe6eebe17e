import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import QRCode from "qrcode";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { PrintButton } from "@/components/attendance/print-button";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { loadPageInvitation } from "@/lib/invitations/access";
import { publicOrigin } from "@/lib/public-origin";

type Props = { params: Promise<{ id: string; invitationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("attendance");
  return { title: t("qrTitle") };
}

/**
 * /conferences/[id]/invitations/[invitationId]/qr — the invitation's QR code (an SVG
 * rendered here on the server) pointing at /check-in/[token], to print on the letter.
 * Only those who check people in see it: the token is a secret.
 */
export default async function InvitationQrPage({ params }: Props) {
  const user = await requirePermission("attendance.manage");
  const found = await loadPageInvitation(getDb(), user, await params);
  if (!found) notFound();
  const { conference, invitation } = found;
  const url = `${publicOrigin(await headers())}/check-in/${invitation.checkInToken}`;
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  const src = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
  const t = await getTranslations("attendance");
  const name = invitation.personName ?? invitation.agencyName ?? "";
  return (
    <>
      <p className="no-print mb-3 text-sm">
        <Link href={`/conferences/${conference.id}/invitations`} className="text-brand-700 underline">
          ← {t("backToInvitations")}
        </Link>
      </p>
      <ConferenceHeader conference={conference} />
      <section aria-labelledby="qr-title" className="rounded border border-slate-200 bg-white p-4 text-center">
        <h2 id="qr-title" className="text-xl font-bold">
          {t("qrFor", { name })}
        </h2>
        {/* A data URL, so next/image's optimiser has nothing to fetch. */}
        <img src={src} alt={t("qrAlt", { name })} width={280} height={280} className="mx-auto my-4 h-auto w-full max-w-[280px]" />
        <p className="break-all text-sm text-slate-700">{url}</p>
        <div className="mt-4">
          <PrintButton label={t("print")} />
        </div>
      </section>
    </>
  );
}
