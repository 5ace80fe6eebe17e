import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, type SelectOption, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { agendaItemKinds } from "@/db/schema";
import { createAgendaItemAction, updateAgendaItemAction } from "@/lib/agenda/actions";
import type { AgendaRow, PresenterOption } from "@/lib/agenda/queries";
import { formatTime } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";

export interface PresenterChoices {
  people: PresenterOption[];
  agencies: PresenterOption[];
}

async function AgendaItemFields({ item, presenters }: { item?: AgendaRow; presenters: PresenterChoices }) {
  const t = await getTranslations("agenda");
  const optional = (await getTranslations("common"))("optional");
  const kindOptions: SelectOption[] = agendaItemKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
  const presenterOptions: SelectOption[] = [
    ...presenters.people.map((o) => ({ value: o.value, label: `${t("presenterPerson")}: ${o.label}` })),
    ...presenters.agencies.map((o) => ({ value: o.value, label: `${t("presenterAgency")}: ${o.label}` })),
  ];
  const presenterValue = item?.presenterPersonId ? `person:${item.presenterPersonId}` : item?.presenterAgencyId ? `agency:${item.presenterAgencyId}` : "";
  return (
    <>
      <TextField name="title" label={t("itemTitle")} defaultValue={item?.title} required />
      <SelectField name="kind" label={t("kind")} options={kindOptions} defaultValue={item?.kind ?? "other"} />
      <SelectField name="presenter" label={t("presenter")} hint={t("presenterHint")} optionalLabel={optional} options={presenterOptions} placeholder={t("presenterNone")} defaultValue={presenterValue} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="startTime" label={t("startTime")} hint={t("startTimeHint")} optionalLabel={optional} inputMode="numeric" defaultValue={item?.startsAt ? formatTime(item.startsAt) : ""} />
        <TextField name="durationMinutes" label={t("durationMinutes")} optionalLabel={optional} inputMode="numeric" defaultValue={item?.durationMinutes ? String(item.durationMinutes) : ""} />
      </div>
      <TextAreaField name="notes" label={t("notes")} optionalLabel={optional} rows={2} defaultValue={item?.notes} />
    </>
  );
}

export async function AddAgendaItemForm({ conferenceId, presenters }: { conferenceId: number; presenters: PresenterChoices }) {
  return (
    <ActionForm action={createAgendaItemAction} labels={await getFormLabels("agenda.add")}>
      <HiddenField name="conferenceId" value={conferenceId} />
      <AgendaItemFields presenters={presenters} />
    </ActionForm>
  );
}

export async function EditAgendaItemForm({ conferenceId, item, presenters }: { conferenceId: number; item: AgendaRow; presenters: PresenterChoices }) {
  return (
    <ActionForm action={updateAgendaItemAction} labels={await getFormLabels("common.save")}>
      <HiddenField name="conferenceId" value={conferenceId} />
      <HiddenField name="id" value={item.id} />
      <HiddenField name="version" value={item.version} />
      <AgendaItemFields item={item} presenters={presenters} />
    </ActionForm>
  );
}
