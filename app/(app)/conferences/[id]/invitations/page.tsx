import { searchTextParam } from "@/lib/search-params";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { ConferenceTabs } from "@/components/conferences/conference-tabs";
import { InviteForms } from "@/components/invitations/invite-forms";
import { INVITEE_SEARCH_PARAM } from "@/components/invitations/invite-one";
import { InvitationStatusTag } from "@/components/invitations/invitation-status-tag";
import { InvitationCountsPanel, InvitationFiltersForm } from "@/components/invitations/invitation-summary";
import { InvitationTable } from "@/components/invitations/invitation-table";
import { ReplyForm } from "@/components/invitations/reply-form";
import { Notice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import { getDb } from "@/db/client";
import { agencyKinds } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { formatDateTime, formatNumber } from "@/lib/format";
import {
  countInvitations,
  type InvitationFilters,
  type InvitationRow,
  listInvitableAgencies,
  listInvitablePeople,
  listInvitations,
  parseInvitationFilters,
} from "@/lib/invitations/queries";
import { invitationListOpen, type ReplyRefusal, unitReplyRefusal, vietnamDate } from "@/lib/invitations/rules";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations");
  return { title: t("title") };
}

const count = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : null);

/**
 * /conferences/[id]/invitations?status=&kind=&reply=&invited=&skipped=&agency=&person= —
 * the invitees with their replies. The secretariat records replies on someone's behalf
 * and, until the conference takes place or is cancelled, invites and removes invitations;
 * a unit officer sees their own agency's invitation with the reply form first, and the
 * other invitees read-only.
 */
export default async function InvitationsPage({ params, searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  const query = await searchParams;
  const filters = parseInvitationFilters(query);
  const canManage = can(user, "conferences.manage");
  const listOpen = invitationListOpen(conference.status);
  const canCheckIn = can(user, "attendance.manage");
  const replyId = count(query.reply);
  const [rows, counts, own] = await Promise.all([
    listInvitations(db, conference.id, filters),
    countInvitations(db, conference.id),
    user.role === "unit_officer" && user.agencyId ? listInvitations(db, conference.id, { agencyId: user.agencyId }).then((found) => found[0] ?? null) : null,
  ]);
  const t = await getTranslations();
  const invited = count(query.invited);
  const skipped = count(query.skipped);
  // The secretariat picks a row to record its reply; the row is read from the unfiltered list only if on screen.
  const replyTarget: InvitationRow | null = canManage && replyId ? (rows.find((row) => row.id === replyId) ?? null) : null;

  return (
    <>
      <ConferenceHeader conference={conference} />
      <ConferenceTabs conferenceId={conference.id} current="invitations" />
      <h2 className="sr-only">{t("invitations.title")}</h2>
      {invited !== null && skipped !== null ? (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {t("invitations.bulkResult", { invited: formatNumber(invited), skipped: formatNumber(skipped) })}
        </p>
      ) : null}
      {conference.replyDeadline ? <p className="mb-4 text-slate-800">{t("invitations.deadline", { deadline: formatDateTime(conference.replyDeadline) })}</p> : null}

      {own ? (
        <OwnInvitation
          conferenceId={conference.id}
          invitation={own}
          canReply={can(user, "invitations.reply", { agencyId: own.agencyId })}
          // Why the unit can no longer answer, said before it fills in the form rather than after.
          replyRefusal={unitReplyRefusal(conference, new Date())}
        />
      ) : null}

      {canManage && listOpen ? await managerForms(conference.id, conference.startsAt, conference.previousConferenceId !== null, query, filters) : null}
      {canManage && !listOpen ? (
        <Notice tone="warning">{t(conference.status === "cancelled" ? "invitations.listClosedCancelled" : "invitations.listClosedHeld")}</Notice>
      ) : null}

      {replyTarget ? (
        <section aria-labelledby="reply-title" className="no-print mb-8 rounded border border-slate-300 bg-white p-4">
          <h2 id="reply-title" className="mb-3 text-xl font-bold">
            {t("invitations.recordReplyFor", { name: replyTarget.personName ?? replyTarget.agencyName ?? "" })}
          </h2>
          <ReplyForm conferenceId={conference.id} invitation={replyTarget} />
        </section>
      ) : null}

      <InvitationCountsPanel conferenceId={conference.id} counts={counts} />
      <section aria-labelledby="list-title">
        <h2 id="list-title" className="mb-3 text-xl font-bold">
          {t("invitations.listTitle")}
        </h2>
        <InvitationFiltersForm conferenceId={conference.id} filters={filters} />
        <InvitationTable conferenceId={conference.id} rows={rows} canManage={canManage} canRemove={canManage && listOpen} canCheckIn={canCheckIn} />
      </section>
    </>
  );
}

async function managerForms(conferenceId: number, startsAt: Date, hasPrevious: boolean, query: Record<string, string | string[] | undefined>, filters: InvitationFilters) {
  const t = await getTranslations();
  const db = getDb();
  const agencyQuery = searchTextParam(query[INVITEE_SEARCH_PARAM.agency]) ?? null;
  const personQuery = searchTextParam(query[INVITEE_SEARCH_PARAM.person]) ?? null;
  const [agencies, people] = await Promise.all([listInvitableAgencies(db, vietnamDate(startsAt), agencyQuery), listInvitablePeople(db, personQuery)]);
  // Each search keeps the list's filters and the other search's matches on screen.
  const keep = { status: filters.status, kind: filters.kind };
  return (
    <InviteForms
      conferenceId={conferenceId}
      agencyChoices={{
        options: agencies.rows.map((agency) => ({ value: String(agency.id), label: agency.name })),
        total: agencies.total,
        query: agencyQuery,
        keep: { ...keep, [INVITEE_SEARCH_PARAM.person]: personQuery ?? undefined },
      }}
      personChoices={{
        options: people.rows.map((person) => ({ value: String(person.id), label: [person.fullName, person.position, person.agencyName].filter(Boolean).join(" — ") })),
        total: people.total,
        query: personQuery,
        keep: { ...keep, [INVITEE_SEARCH_PARAM.agency]: agencyQuery ?? undefined },
      }}
      kindOptions={agencyKinds.map((kind) => ({ value: kind, label: t(`agencyKinds.${kind}`) }))}
      hasPrevious={hasPrevious}
    />
  );
}

/** A unit officer's own invitation, first on the page, with the change notice and the reply form (or why it cannot reply). */
async function OwnInvitation({
  conferenceId,
  invitation,
  canReply,
  replyRefusal,
}: {
  conferenceId: number;
  invitation: InvitationRow;
  canReply: boolean;
  replyRefusal: ReplyRefusal | null;
}) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="own-title" className="mb-8 rounded border-2 border-brand-600 bg-white p-4">
      <h2 id="own-title" className="mb-3 text-xl font-bold">
        {t("invitations.ownTitle", { name: invitation.agencyName ?? "" })}
      </h2>
      {invitation.changeNotice ? (
        <p role="status" className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold text-amber-900">
          {t(`invitations.changeNotice.${invitation.changeNotice === "cancelled" ? "cancelled" : "postponed"}`)}
        </p>
      ) : null}
      <SummaryList
        rows={[
          { label: t("invitations.status"), value: <InvitationStatusTag status={invitation.status} /> },
          { label: t("invitations.delegate"), value: [invitation.delegateName, invitation.delegatePosition].filter(Boolean).join(", ") || t("common.none") },
          ...(invitation.declineReason ? [{ label: t("invitations.declineReason"), value: invitation.declineReason }] : []),
          { label: t("invitations.repliedAt"), value: invitation.repliedAt ? formatDateTime(invitation.repliedAt) : t("common.none") },
        ]}
      />
      {canReply && replyRefusal ? <p className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{t(replyRefusal)}</p> : null}
      {canReply && !replyRefusal ? (
        <div className="mt-4">
          <h3 id="reply-title" className="mb-2 text-lg font-bold">
            {t("invitations.replyTitle")}
          </h3>
          <ReplyForm conferenceId={conferenceId} invitation={invitation} />
        </div>
      ) : null}
    </section>
  );
}
