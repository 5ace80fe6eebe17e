import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ConferenceLink } from "@/components/conferences/conference-link";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, SelectField } from "@/components/ui/fields";
import { formatDate } from "@/lib/format";
import { linkConferenceAction, unlinkConferenceAction } from "@/lib/indicators/report-actions";
import { getFormLabels } from "@/lib/i18n/form-labels";

interface ConferenceRef {
  id: number;
  title: string;
  startsAt: Date;
}

/** The report page's parameter that opens the form linking it to a conference: /reports/ID?action=link-conference. */
export const LINK_CONFERENCE_ACTION = "link-conference";

/**
 * The conferences that discuss this report; who manages conferences links and unlinks them
 * here. The link form opens on ?action=link-conference, like a conference's bridge points:
 * its list of the hundred newest conferences would otherwise be queried, rendered and sent
 * with every view of a report, for a step taken once or twice in a report's life.
 */
export async function ConferenceLinks({
  reportId,
  linked,
  openable,
  options,
  canManage,
}: {
  reportId: number;
  linked: ConferenceRef[];
  /** The linked conferences the viewer may open; the others are named without a link. */
  openable: ReadonlySet<number>;
  /** The conferences to choose from while the link form is open, else null. */
  options: ConferenceRef[] | null;
  canManage: boolean;
}) {
  const t = await getTranslations("reports.conferences");
  const linkedIds = new Set(linked.map((c) => c.id));
  const unlinkLabels = await getFormLabels("reports.conferences.unlink", "reports.conferences.sending");
  return (
    <section aria-labelledby="report-conferences" className="mt-8">
      <h2 id="report-conferences" className="mb-2 text-xl font-bold text-slate-900">
        {t("title")}
      </h2>
      {linked.length === 0 ? <p className="text-slate-700">{t("none")}</p> : null}
      <ul className="space-y-2">
        {linked.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-3">
            <ConferenceLink href={`/conferences/${c.id}`} canOpen={openable.has(c.id)}>
              {c.title} ({formatDate(c.startsAt)})
            </ConferenceLink>
            {canManage ? (
              <ActionForm action={unlinkConferenceAction} labels={unlinkLabels} variant="ghost" compact>
                <HiddenField name="reportId" value={reportId} />
                <HiddenField name="conferenceId" value={c.id} />
              </ActionForm>
            ) : null}
          </li>
        ))}
      </ul>
      {canManage && options ? (
        <div id="link-conference" className="no-print mt-4 rounded border border-slate-200 bg-white p-4">
          <ActionForm action={linkConferenceAction} labels={await getFormLabels("reports.conferences.link", "reports.conferences.sending")} variant="secondary">
            <HiddenField name="reportId" value={reportId} />
            <SelectField
              name="conferenceId"
              label={t("conference")}
              placeholder={t("choose")}
              options={options.filter((c) => !linkedIds.has(c.id)).map((c) => ({ value: String(c.id), label: `${c.title} (${formatDate(c.startsAt)})` }))}
            />
          </ActionForm>
        </div>
      ) : canManage ? (
        <p className="no-print mt-4">
          <Link href={`/reports/${reportId}?action=${LINK_CONFERENCE_ACTION}#link-conference`} className="link">
            {t("link")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
