import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ADD_BRIDGE_ACTION, BridgePoints, EDIT_BRIDGE_ACTION } from "@/components/conferences/bridge-points";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { ConferenceHistory } from "@/components/conferences/conference-history";
import { ConferenceLifecycle, openTransitionParam } from "@/components/conferences/conference-lifecycle";
import { Notice } from "@/components/ui/notice";
import { ConferenceTabs } from "@/components/conferences/conference-tabs";
import { CARRY_OVER_PARAM, CarryOverSection, ConferenceDirectivesSection } from "@/components/directives/board-sections";
import { ConferenceReportsSection } from "@/components/reports/conference-reports-section";
import { Attachments } from "@/components/files/attachments";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { LinkButton } from "@/components/ui/button";
import { SummaryList } from "@/components/ui/summary-list";
import { getDb } from "@/db/client";
import { invitationStatuses } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { formatConferenceTime } from "@/lib/conferences/format";
import { countRepliesAndPresent, getConferenceDetail, listBridgePoints, listHostAgencyOptions, listStatusChanges } from "@/lib/conferences/queries";
import { hostGoneOnConferenceDay } from "@/lib/conferences/host-agency";
import { firstDayClosed } from "@/lib/directory/rules";
import { formatDate, formatDateTime, formatNumber, todayInVietnam } from "@/lib/format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("conferences");
  const user = await requirePermission("conferences.view");
  const conference = await loadVisibleConference(getDb(), conferenceIdParam((await params).id), user);
  return { title: conference?.title ?? t("title") };
}

/**
 * /conferences/ID[?action=postpone|cancel|hold][&restored=1|&bridgeRemoved=1][&carryOver=all] —
 * everything about one conference; managers also get its life-cycle buttons. The previous
 * conference's review shows its totals until `carryOver=all` opens every directive.
 */
export default async function ConferencePage({ params, searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  const query = await searchParams;
  const action = query.action;
  const open = openTransitionParam(action);
  const canManage = can(user, "conferences.manage");

  const [detail, history, bridges, counts, agencyRows] = await Promise.all([
    getConferenceDetail(db, conference.id, user),
    listStatusChanges(db, conference.id),
    listBridgePoints(db, conference.id),
    countRepliesAndPresent(db, conference.id),
    canManage && (action === ADD_BRIDGE_ACTION || action === EDIT_BRIDGE_ACTION) ? listHostAgencyOptions(db) : Promise.resolve(null),
  ]);
  const t = await getTranslations("conferences");
  // One set of words for the reply states, the same as on the invitations page.
  const tReply = await getTranslations("invitations.statuses");
  const tKind = await getTranslations("conferenceKinds");
  const periodLabel = await getPeriodLabel();
  const weekdays = t.raw("weekdays") as string[];
  const editHref = `/conferences/${conference.id}/edit`;
  const carryOverLinks = {
    open: query[CARRY_OVER_PARAM] === "all" ? null : `/conferences/${conference.id}?${CARRY_OVER_PARAM}=all#carry-over`,
    close: `/conferences/${conference.id}#carry-over`,
  };
  // Each "Sửa" link names its row for screen readers, so the links are told apart (GOV.UK summary list).
  const edit = (label: string) =>
    canManage ? (
      <Link href={editHref} className="link">
        {t("fields.edit")}
        <span className="sr-only"> {label.toLowerCase()}</span>
      </Link>
    ) : undefined;

  return (
    <>
      <ConferenceHeader conference={conference} />
      <ConferenceTabs conferenceId={conference.id} current="overview" />
      {query.restored === "1" ? <Notice tone="success">{t("messages.restored")}</Notice> : null}
      {query.bridgeRemoved === "1" ? <Notice tone="success">{t("messages.bridgeRemoved")}</Notice> : null}
      {detail?.previousId ? (
        <p className="mb-4">
          <Link href={`/conferences/${detail.previousId}`} className="link">
            {t("page.previousLink", { title: detail.previousTitle ?? "" })}
          </Link>
        </p>
      ) : null}
      {canManage ? (
        <div className="no-print mb-4 flex flex-wrap gap-3">
          <LinkButton href={editHref}>{t("editTitle")}</LinkButton>
          <LinkButton href={`/conferences/new?from=${conference.id}`}>{t("createNext")}</LinkButton>
        </div>
      ) : null}

      {detail && hostGoneOnConferenceDay(detail.hostValidTo, todayInVietnam(conference.startsAt), todayInVietnam()) ? (
        <p role="note" className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">
          {detail.hostSuccessorName
            ? t("page.hostMerged", { name: detail.hostSuccessorName, date: formatDate(firstDayClosed({ validTo: detail.hostValidTo })) })
            : t("page.hostClosed", { date: formatDate(firstDayClosed({ validTo: detail.hostValidTo })) })}
        </p>
      ) : null}
      <h2 className="mb-3 text-xl font-bold text-slate-900">{t("page.summary")}</h2>
      <SummaryList
        rows={[
          { label: t("fields.title"), value: conference.title, action: edit(t("fields.title")) },
          { label: t("fields.kind"), value: tKind(conference.kind), action: edit(t("fields.kind")) },
          { label: t("fields.reviewedPeriod"), value: periodLabel(conference.reviewedPeriod) || null, action: edit(t("fields.reviewedPeriod")) },
          { label: t("fields.plannedPeriod"), value: periodLabel(conference.plannedPeriod) || null, action: edit(t("fields.plannedPeriod")) },
          { label: t("fields.time"), value: formatConferenceTime(conference.startsAt, conference.endsAt, weekdays), action: edit(t("fields.time")) },
          { label: t("fields.hostAgency"), value: detail?.hostAgencyName, action: edit(t("fields.hostAgency")) },
          { label: t("fields.chair"), value: detail?.chairName ? (detail.chairPosition ? `${detail.chairName} — ${detail.chairPosition}` : detail.chairName) : null, action: edit(t("fields.chair")) },
          { label: t("fields.secretary"), value: detail?.secretaryName ?? null, action: edit(t("fields.secretary")) },
          { label: t("fields.format"), value: t(`formats.${conference.format}`), action: edit(t("fields.format")) },
          { label: t("fields.venue"), value: conference.venue, action: edit(t("fields.venue")) },
          { label: t("fields.replyDeadline"), value: conference.replyDeadline ? formatDateTime(conference.replyDeadline) : null, action: edit(t("fields.replyDeadline")) },
          { label: t("fields.publishedToAll"), value: conference.publishedToAll ? t("yes") : t("no"), action: edit(t("fields.publishedToAll")) },
          { label: t("fields.publicOnSchedule"), value: conference.publicOnSchedule ? t("yes") : t("no"), action: edit(t("fields.publicOnSchedule")) },
          { label: t("fields.notes"), value: conference.notes ? <span className="whitespace-pre-line">{conference.notes}</span> : null, action: edit(t("fields.notes")) },
        ]}
      />

      <section aria-labelledby="counts-title" className="mt-8">
        <h2 id="counts-title" className="mb-3 text-xl font-bold text-slate-900">
          {t("page.counts")}
        </h2>
        <SummaryList
          rows={[
            ...invitationStatuses.map((status) => ({ label: tReply(status), value: formatNumber(counts.replies[status]) })),
            { label: t("page.present"), value: formatNumber(counts.present) },
          ]}
        />
      </section>

      <ConferenceReportsSection conferenceId={conference.id} viewer={user} />
      <ConferenceDirectivesSection conferenceId={conference.id} viewer={user} />
      <CarryOverSection conference={conference} viewer={user} folded={carryOverLinks} />

      {canManage ? <ConferenceLifecycle conference={conference} open={open} /> : null}
      <ConferenceHistory rows={history} />
      <BridgePoints conferenceId={conference.id} rows={bridges} canManage={canManage} agencyOptions={agencyRows?.map((a) => ({ value: String(a.id), label: a.name })) ?? null}
        editingId={action === EDIT_BRIDGE_ACTION ? Number(query.bridge) : undefined}
      />
      <div className="mt-8">
        <Attachments ownerType="conference" ownerId={conference.id} canChange={canManage} />
      </div>
    </>
  );
}
