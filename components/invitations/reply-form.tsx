import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { replyAction } from "@/lib/invitations/actions";
import type { InvitationRow } from "@/lib/invitations/queries";

/**
 * The reply to one invitation. An agency confirms by naming its delegate; a person may
 * instead send someone in their place (Cử người thay). Only one per page (field ids).
 */
export async function ReplyForm({ conferenceId, invitation }: { conferenceId: number; invitation: InvitationRow }) {
  const t = await getTranslations("invitations");
  const isPerson = invitation.personId !== null;
  const options = [
    { value: "confirmed", label: t("statuses.confirmed") },
    { value: "declined", label: t("statuses.declined") },
    ...(isPerson ? [{ value: "delegated", label: t("statuses.delegated") }] : []),
  ];
  const current = invitation.status === "invited" ? "" : invitation.status;
  return (
    <ActionForm action={replyAction} labels={await getFormLabels("invitations.sendReply")}>
      <HiddenField name="conferenceId" value={conferenceId} />
      <HiddenField name="invitationId" value={invitation.id} />
      <HiddenField name="version" value={invitation.version} />
      <SelectField name="status" label={t("replyLabel")} placeholder={t("choose")} options={options} defaultValue={current} />
      <TextField
        name="delegateName"
        label={isPerson ? t("substituteName") : t("delegateName")}
        hint={isPerson ? t("substituteHint") : t("delegateHint")}
        defaultValue={invitation.delegateName}
        autoComplete="off"
      />
      <TextField name="delegatePosition" label={isPerson ? t("substitutePosition") : t("delegatePosition")} defaultValue={invitation.delegatePosition} autoComplete="off" />
      <TextAreaField name="declineReason" label={t("declineReason")} hint={t("declineReasonHint")} defaultValue={invitation.declineReason} rows={2} />
    </ActionForm>
  );
}
