import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { type CheckInRow, CheckInList } from "@/components/attendance/check-in-list";
import { RosterInviteeTable, WalkInTable } from "@/components/attendance/roster-tables";
import { WalkInForm } from "@/components/attendance/walk-in-form";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { ConferenceTabs } from "@/components/conferences/conference-tabs";
import { ActionForm } from "@/components/ui/action-form";
import { LinkButton } from "@/components/ui/button";
import { HiddenField, TextAreaField } from "@/components/ui/fields";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { openCheckInAction } from "@/lib/attendance/actions";
import { listPresence } from "@/lib/attendance/queries";
import { isLate, leftEarly } from "@/lib/attendance/rules";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { listAllAgencies } from "@/lib/directory/queries";
import { foldForSearch, isActiveOn } from "@/lib/directory/rules";
import { checkInOpen, dayOfConference } from "@/lib/conferences/rules";
import { formatDate, formatDateTime, formatNumber, formatTime } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { todayInVietnam } from "@/lib/tasks/status";
import { vietnamDate } from "@/lib/invitations/rules";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("attendance");
  return { title: t("title") };
}

/**
 * /conferences/[id]/attendance?name=&added=1 — check-in on the day. With attendance.manage:
 * the search-as-you-type list (one tap per person), "Về sớm", and the walk-in form
 * (prefilled from ?name=). Without it: the same list read-only. Check-in is open on the
 * conference's days; on other days the list is read-only and the secretariat may open it with a reason.
 */
export default async function AttendancePage({ params, searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  const query = await searchParams;
  const day = dayOfConference(todayInVietnam(), conference);
  const checkInIsOpen = checkInOpen(day, conference);
  // Outside the conference's days the list is read-only until the secretariat opens check-in with a reason.
  const canManage = can(user, "attendance.manage") && checkInIsOpen;
  const canOpen = can(user, "conferences.manage") && !checkInIsOpen;
  const { invitees, walkIns } = await listPresence(db, conference.id);
  const t = await getTranslations();
  const times = { startsAt: conference.startsAt, endsAt: conference.endsAt };
  const present = invitees.filter((row) => row.attendanceId !== null).length + walkIns.length;
  const base = `/conferences/${conference.id}/attendance`;

  const rows: CheckInRow[] = invitees.map((row) => {
    const name = row.personName ?? row.agencyName ?? "";
    const detail = [row.delegateName ? t("attendance.delegateIs", { name: [row.delegateName, row.delegatePosition].filter(Boolean).join(", ") }) : row.personPosition, t(`invitations.statuses.${row.status}`)]
      .filter(Boolean)
      .join(" · ");
    return {
      invitationId: row.id,
      attendanceId: row.attendanceId,
      name,
      detail,
      searchText: foldForSearch([name, row.delegateName, row.personPosition, row.agencyName].filter(Boolean).join(" ")),
      checkedInLabel: row.checkedInAt ? t("attendance.checkedInAt", { time: formatTime(row.checkedInAt) }) : null,
      late: row.checkedInAt ? isLate(row.checkedInAt, conference.startsAt) : false,
      leftLabel: row.leftAt ? t("attendance.leftAt", { time: formatTime(row.leftAt) }) : null,
      leftEarly: leftEarly(row.leftAt, conference.endsAt),
    };
  });

  const agencyOptions = canManage
    ? (await listAllAgencies(db)).filter((agency) => isActiveOn(agency, vietnamDate(conference.startsAt))).map((agency) => ({ value: String(agency.id), label: agency.name }))
    : [];
  const name = typeof query.name === "string" ? query.name.slice(0, 200) : undefined;

  return (
    <>
      <ConferenceHeader conference={conference} />
      <ConferenceTabs conferenceId={conference.id} current="attendance" />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-bold">{t("attendance.title")}</h2>
        <LinkButton href={`${base}/roster`}>{t("attendance.rosterLink")}</LinkButton>
      </div>
      {can(user, "attendance.manage") && !checkInIsOpen ? (
        <Notice tone="warning">
          <p>{t(day === "before" ? "attendance.closedBefore" : "attendance.closedAfter", { date: formatDate(conference.startsAt) })}</p>
          {canOpen ? (
            <div className="mt-3 max-w-2xl">
              <ActionForm action={openCheckInAction} labels={await getFormLabels("attendance.openSubmit")} variant="secondary">
                <HiddenField name="conferenceId" value={conference.id} />
                <TextAreaField name="reason" label={t("attendance.openReason")} hint={t("attendance.openHint")} required rows={2} />
              </ActionForm>
            </div>
          ) : null}
        </Notice>
      ) : null}
      {conference.checkInOverrideAt && day !== "during" ? (
        <Notice tone="warning">{t("attendance.openedOutside", { time: formatDateTime(conference.checkInOverrideAt), reason: conference.checkInOverrideReason ?? "" })}</Notice>
      ) : null}
      <p className="mb-4 text-slate-800">{t("attendance.presentCount", { present: formatNumber(present), invited: formatNumber(invitees.length) })}</p>
      {query.added === "1" ? (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {t("attendance.walkInAdded")}
        </p>
      ) : null}

      {canManage ? (
        <CheckInList
          conferenceId={conference.id}
          rows={rows}
          walkInHref={`${base}?walkIn=1`}
          labels={{
            search: t("attendance.search"),
            searchHint: t("attendance.searchHint"),
            checkIn: t("attendance.checkIn"),
            checkingIn: t("attendance.checkingIn"),
            late: t("attendance.late"),
            leftEarly: t("attendance.leftEarly"),
            leave: t("attendance.leave"),
            undo: t("attendance.undo"),
            notInvited: t("attendance.notInvited"),
            addWalkIn: t("attendance.addWalkIn"),
            count: t("attendance.shownCount", { shown: "{shown}", total: "{total}" }),
          }}
        />
      ) : (
        <RosterInviteeTable rows={invitees} times={times} />
      )}

      <section aria-labelledby="walk-ins-title" className="mt-8">
        <h2 id="walk-ins-title" className="mb-3 text-xl font-bold">
          {t("attendance.walkInsTitle")}
        </h2>
        <WalkInTable rows={walkIns} times={times} conferenceId={conference.id} canManage={canManage} />
      </section>

      {canManage ? <WalkInForm conferenceId={conference.id} agencyOptions={agencyOptions} defaultName={name} /> : null}
      <p className="no-print mt-6">
        <Link href={`/conferences/${conference.id}/invitations`} className="text-brand-700 underline">
          {t("attendance.toInvitations")}
        </Link>
      </p>
    </>
  );
}
