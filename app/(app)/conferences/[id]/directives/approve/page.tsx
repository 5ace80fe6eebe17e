import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { formatConferenceTime } from "@/lib/conferences/format";
import { canApproveConclusions } from "@/lib/conferences/rules";
import { approveDirectivesAction } from "@/lib/directives/actions";
import { getApproval, listConferenceDirectives } from "@/lib/directives/queries";
import { formatNumber } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directives");
  return { title: t("approve") };
}

/**
 * /conferences/[id]/directives/approve — "Phê duyệt kết luận" asks first: the conference
 * moves to "Đã kết luận" and its directives are locked until a leader reopens them.
 * directives.approve only; when approving cannot succeed yet the page says why instead.
 */
export default async function ApproveConclusionsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("directives.approve");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  const [rows, approval] = await Promise.all([listConferenceDirectives(db, conference.id), getApproval(db, conference.id)]);
  const t = await getTranslations("directives");
  const tc = await getTranslations("conferences");
  const directivesPage = `/conferences/${conference.id}/directives`;
  const back = (
    <Link href={directivesPage} className="text-brand-700 underline">
      ← {t("title")}: {conference.title}
    </Link>
  );
  const refusal = approval ? t("errors.alreadyApproved") : rows.length === 0 ? t("errors.noDirectives") : !canApproveConclusions(conference.status) ? t("approveNotYet") : null;
  if (refusal) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold text-slate-900 sm:text-3xl">{t("approveTitle", { title: conference.title })}</h1>
        <Notice tone="warning">{refusal}</Notice>
        <p>{back}</p>
      </>
    );
  }
  return (
    <ConfirmAction
      title={t("approveTitle", { title: conference.title })}
      back={back}
      rows={[
        { label: tc("fields.title"), value: conference.title },
        { label: tc("fields.time"), value: formatConferenceTime(conference.startsAt, conference.endsAt, tc.raw("weekdays") as string[]) },
        { label: t("approveCount"), value: formatNumber(rows.length) },
      ]}
      consequences={[...(conference.status === "held" ? [t("approveConcludes")] : []), t("approveLocks")]}
      action={approveDirectivesAction}
      labels={await getFormLabels("directives.approve", "directives.approving")}
      hidden={{ conferenceId: conference.id }}
      variant="primary"
      cancel={{ href: directivesPage }}
    />
  );
}
