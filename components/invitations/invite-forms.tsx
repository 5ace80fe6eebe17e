import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, type SelectOption, SelectField } from "@/components/ui/fields";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { inviteByKindAction, inviteFromPreviousAction } from "@/lib/invitations/actions";
import { type InviteChoices, InviteOneForm } from "./invite-one";

/** The secretariat's ways to invite: one agency, one person, every agency of a kind, the previous conference's list. */
export async function InviteForms({
  conferenceId,
  agencyChoices,
  personChoices,
  kindOptions,
  hasPrevious,
}: {
  conferenceId: number;
  agencyChoices: InviteChoices;
  personChoices: InviteChoices;
  kindOptions: SelectOption[];
  hasPrevious: boolean;
}) {
  const t = await getTranslations("invitations");
  const box = "rounded border border-slate-200 bg-white p-4";
  return (
    <section aria-labelledby="invite-title" className="no-print mb-8 space-y-4">
      <h2 id="invite-title" className="text-xl font-bold">
        {t("inviteTitle")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={box}>
          <InviteOneForm invitee="agency" conferenceId={conferenceId} choices={agencyChoices} action={`/conferences/${conferenceId}/invitations`} />
        </div>
        <div className={box}>
          <InviteOneForm invitee="person" conferenceId={conferenceId} choices={personChoices} action={`/conferences/${conferenceId}/invitations`} />
        </div>
        <div className={box}>
          <ActionForm action={inviteByKindAction} labels={await getFormLabels("invitations.inviteKindSubmit")}>
            <HiddenField name="conferenceId" value={conferenceId} />
            <SelectField name="kind" label={t("bulkKind")} hint={t("bulkKindHint")} placeholder={t("choose")} options={kindOptions} />
          </ActionForm>
        </div>
        {hasPrevious ? (
          <div className={box}>
            <p className="mb-3 text-slate-800">{t("fromPreviousHint")}</p>
            <ActionForm action={inviteFromPreviousAction} labels={await getFormLabels("invitations.fromPreviousSubmit")} variant="secondary" compact>
              <HiddenField name="conferenceId" value={conferenceId} />
            </ActionForm>
          </div>
        ) : null}
      </div>
    </section>
  );
}
