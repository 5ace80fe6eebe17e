import { getTranslations } from "@/lib/i18n/server";
import type { ConferenceRow } from "@/lib/conferences/access";
import { formatConferenceTime } from "@/lib/conferences/format";
import { ConferenceStatusTag } from "./conference-status-tag";

/** Title, kind, time, venue and status of a conference: the top of the conference page and of its sub-pages. */
export async function ConferenceHeader({
  conference,
}: {
  conference: Pick<ConferenceRow, "title" | "kind" | "startsAt" | "endsAt" | "venue" | "status">;
}) {
  const tKind = await getTranslations("conferenceKinds");
  const t = await getTranslations("conferences");
  const weekdays = t.raw("weekdays") as string[];
  return (
    <header className="mb-4">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{tKind(conference.kind)}</p>
      <div className="flex flex-wrap items-start gap-3">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{conference.title}</h1>
        <ConferenceStatusTag status={conference.status} />
      </div>
      <p className="mt-2 text-slate-800">{formatConferenceTime(conference.startsAt, conference.endsAt, weekdays)}</p>
      {conference.venue ? <p className="text-slate-800">{conference.venue}</p> : null}
    </header>
  );
}
