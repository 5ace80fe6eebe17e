import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { HiddenField, TextAreaField, TextField } from "@/components/ui/fields";
import type { ConferenceRow } from "@/lib/conferences/access";
import { changeConferenceStatusAction } from "@/lib/conferences/actions";
import { allowedTransitions, canDelete, dayOfConference, holdNeedsOverride, type TransitionName, transitionNeedsReason } from "@/lib/conferences/rules";
import { formatDate } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { todayInVietnam } from "@/lib/tasks/status";

type WithReason = "postpone" | "cancel" | "hold";
export type OpenTransition = WithReason | undefined;

export function openTransitionParam(value: unknown): OpenTransition {
  return value === "postpone" || value === "cancel" || value === "hold" ? value : undefined;
}

/**
 * The life-cycle buttons the rules allow from the current status. Postponing and cancelling
 * need a reason (and a new time), so their buttons open a form on the same page (?action=);
 * so does "Đã họp" before the conference's day, where the reason is the secretariat's override.
 * Deleting opens its confirmation page.
 */
export async function ConferenceLifecycle({ conference, open, today = todayInVietnam() }: { conference: ConferenceRow; open: OpenTransition; today?: string }) {
  const t = await getTranslations("conferences");
  const base = `/conferences/${conference.id}`;
  const transitions = allowedTransitions(conference.status);
  const day = dayOfConference(today, conference);
  const needsReason = (name: TransitionName) => transitionNeedsReason(name) || holdNeedsOverride(name, day);
  const direct = transitions.filter((name) => !needsReason(name));
  const withReason = transitions.filter((name): name is WithReason => needsReason(name));
  const hidden = (name: TransitionName) => (
    <>
      <HiddenField name="id" value={conference.id} />
      <HiddenField name="version" value={conference.version} />
      <HiddenField name="transition" value={name} />
    </>
  );
  return (
    <section aria-labelledby="lifecycle-title" className="no-print mt-6">
      <h2 id="lifecycle-title" className="mb-3 text-xl font-bold text-slate-900">
        {t("page.actions")}
      </h2>
      <div className="flex flex-wrap gap-3">
        {await Promise.all(
          direct.map(async (name) => (
            <ActionForm key={name} compact variant="secondary" action={changeConferenceStatusAction} labels={await getFormLabels(`conferences.transitions.${name}`)}>
              {hidden(name)}
            </ActionForm>
          )),
        )}
        {withReason
          .filter((name) => name !== open)
          .map((name) => (
            <Link key={name} href={`${base}?action=${name}#lifecycle-title`} className={buttonClass(name === "cancel" ? "danger" : "secondary")}>
              {t(`transitions.${name}`)}
            </Link>
          ))}
        {canDelete(conference.status) ? (
          <Link href={`${base}/delete`} className={buttonClass("danger")}>
            {t("page.delete")}
          </Link>
        ) : null}
      </div>
      {open && withReason.includes(open) ? (
        <div className="mt-4 max-w-2xl rounded border border-slate-300 bg-white p-4">
          <h3 className="mb-2 text-lg font-bold text-slate-900">{t(`transitions.${open}`)}</h3>
          {open === "hold" ? (
            <p className="mb-3 text-slate-700">{t("page.holdEarlyNote", { date: formatDate(conference.startsAt) })}</p>
          ) : conference.status !== "draft" ? (
            <p className="mb-3 text-slate-700">{t("page.changeNoticeNote")}</p>
          ) : null}
          <ActionForm action={changeConferenceStatusAction} variant={open === "cancel" ? "danger" : "primary"} labels={await getFormLabels(`conferences.transitions.${open}`)}>
            {hidden(open)}
            {open === "postpone" ? (
              <>
                <TextField name="date" type="date" label={t("transitions.newDate")} hint={t("fields.dateHint")} required />
                <div className="grid gap-5 sm:grid-cols-2">
                  <TextField name="startTime" label={t("transitions.newStartTime")} hint={t("fields.timeHint")} inputMode="numeric" autoComplete="off" required />
                  <TextField name="endTime" label={t("transitions.newEndTime")} hint={t("fields.timeHint")} inputMode="numeric" autoComplete="off" required />
                </div>
              </>
            ) : null}
            <TextAreaField name="reason" label={t(open === "hold" ? "transitions.holdEarlyReason" : "transitions.reason")} rows={3} required={open === "hold"} />
          </ActionForm>
        </div>
      ) : null}
    </section>
  );
}
