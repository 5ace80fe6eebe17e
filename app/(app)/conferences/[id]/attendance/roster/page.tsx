import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { PrintButton } from "@/components/attendance/print-button";
import { RosterInviteeTable, RosterKindTable, WalkInTable } from "@/components/attendance/roster-tables";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { buttonClass } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { loadRoster } from "@/lib/attendance/queries";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { formatNumber } from "@/lib/format";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("attendance");
  return { title: t("rosterTitle") };
}

/**
 * /conferences/[id]/attendance/roster — invited, confirmed and present: totals, by agency
 * kind and per invitee (then walk-ins). Printable: the app's header and the buttons are
 * `no-print`; the same table downloads as .xlsx from /api/conferences/[id]/roster.
 */
export default async function RosterPage({ params }: Props) {
  const user = await requirePermission("conferences.view");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  const roster = await loadRoster(db, conference.id);
  const t = await getTranslations();
  const times = { startsAt: conference.startsAt, endsAt: conference.endsAt };
  return (
    <>
      <p className="no-print mb-3 text-sm">
        <Link href={`/conferences/${conference.id}/attendance`} className="text-brand-700 underline">
          ← {t("attendance.backToAttendance")}
        </Link>
      </p>
      <ConferenceHeader conference={conference} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-bold">{t("attendance.rosterTitle")}</h2>
        <div className="no-print flex flex-wrap gap-2">
          <PrintButton label={t("attendance.print")} />
          <a href={`/api/conferences/${conference.id}/roster`} className={buttonClass("secondary")}>
            {t("attendance.downloadXlsx")}
          </a>
        </div>
      </div>
      <dl className="mb-6 grid grid-cols-3 gap-3 text-center">
        {(["invited", "confirmed", "present"] as const).map((key) => (
          <div key={key} className="rounded border border-slate-200 bg-white p-3">
            <dt className="text-sm font-semibold text-slate-700">{t(`attendance.${key}`)}</dt>
            <dd className="text-2xl font-bold tabular-nums">{formatNumber(roster.totals[key])}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="by-kind-title" className="mb-8">
        <h3 id="by-kind-title" className="mb-3 text-lg font-bold">
          {t("attendance.byKindTitle")}
        </h3>
        <RosterKindTable roster={roster} />
      </section>
      <section aria-labelledby="by-invitee-title" className="mb-8">
        <h3 id="by-invitee-title" className="mb-3 text-lg font-bold">
          {t("attendance.byInviteeTitle")}
        </h3>
        <RosterInviteeTable rows={roster.invitees} times={times} />
      </section>
      <section aria-labelledby="walk-ins-title">
        <h3 id="walk-ins-title" className="mb-3 text-lg font-bold">
          {t("attendance.walkInsTitle")}
        </h3>
        <WalkInTable rows={roster.walkIns} times={times} />
      </section>
    </>
  );
}
