import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, type SelectOption, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { conferenceFormats, conferenceKinds } from "@/db/schema";
import type { ConferenceRow } from "@/lib/conferences/access";
import { createConferenceAction, updateConferenceAction } from "@/lib/conferences/actions";
import { localIsoDate } from "@/lib/conferences/time";
import { formatTime } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { periodChoices } from "@/lib/period-words";
import { todayInVietnam } from "@/lib/format";
import { CheckboxField } from "./checkbox-field";
import { getPeriodLabel } from "./period-label";
import { PeriodFields, type Retitle } from "./period-fields";

export type ConferenceFormValues = Partial<
  Pick<
    ConferenceRow,
    | "title"
    | "kind"
    | "reviewedPeriod"
    | "plannedPeriod"
    | "startsAt"
    | "endsAt"
    | "hostAgencyId"
    | "chairPersonId"
    | "secretaryPersonId"
    | "format"
    | "venue"
    | "notes"
    | "publishedToAll"
    | "publicOnSchedule"
    | "replyDeadline"
  >
>;

export interface ConferenceFormOptions {
  agencies: SelectOption[];
  people: SelectOption[];
}

async function ConferenceFields({ values, options, retitle }: { values: ConferenceFormValues; options: ConferenceFormOptions; retitle?: Retitle }) {
  const t = await getTranslations("conferences");
  const tKind = await getTranslations("conferenceKinds");
  const tc = await getTranslations("common");
  const optional = tc("optional");
  const startDate = values.startsAt ? localIsoDate(values.startsAt) : undefined;
  const endDate = values.endsAt ? localIsoDate(values.endsAt) : undefined;
  const periodLabel = await getPeriodLabel();
  const keep = [values.reviewedPeriod, values.plannedPeriod];
  const periodOptions = periodChoices(values.reviewedPeriod ?? values.plannedPeriod, Number(todayInVietnam().slice(0, 4)), keep).map((code) => ({ value: code, label: periodLabel(code) }));
  return (
    <>
      <TextField name="title" label={t("fields.title")} defaultValue={values.title} autoComplete="off" required />
      <SelectField name="kind" label={t("fields.kind")} placeholder={t("fields.choose")} defaultValue={values.kind} options={conferenceKinds.map((k) => ({ value: k, label: tKind(k) }))} />
      <PeriodFields
        options={periodOptions}
        reviewed={values.reviewedPeriod}
        planned={values.plannedPeriod}
        labels={{ reviewed: t("fields.reviewedPeriod"), planned: t("fields.plannedPeriod"), optional, none: t("fields.noPeriod") }}
        retitle={retitle}
      />
      <TextField name="date" type="date" label={t("fields.date")} hint={t("fields.dateHint")} defaultValue={startDate} required />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="startTime" label={t("fields.startTime")} hint={t("fields.timeHint")} inputMode="numeric" autoComplete="off" defaultValue={values.startsAt ? formatTime(values.startsAt) : undefined} required />
        <TextField name="endTime" label={t("fields.endTime")} hint={t("fields.timeHint")} inputMode="numeric" autoComplete="off" defaultValue={values.endsAt ? formatTime(values.endsAt) : undefined} required />
      </div>
      <TextField name="endDate" type="date" label={t("fields.endDate")} optionalLabel={optional} hint={t("fields.endDateHint")} defaultValue={endDate && endDate !== startDate ? endDate : undefined} />
      <SelectField name="hostAgencyId" label={t("fields.hostAgency")} placeholder={t("fields.choose")} defaultValue={values.hostAgencyId ? String(values.hostAgencyId) : ""} options={options.agencies} />
      <SelectField name="chairPersonId" label={t("fields.chair")} optionalLabel={optional} placeholder={t("fields.noPerson")} defaultValue={values.chairPersonId ? String(values.chairPersonId) : ""} options={options.people} />
      <SelectField name="secretaryPersonId" label={t("fields.secretary")} optionalLabel={optional} placeholder={t("fields.noPerson")} defaultValue={values.secretaryPersonId ? String(values.secretaryPersonId) : ""} options={options.people} />
      <SelectField name="format" label={t("fields.format")} defaultValue={values.format ?? "in_person"} options={conferenceFormats.map((f) => ({ value: f, label: t(`formats.${f}`) }))} />
      <TextField name="venue" label={t("fields.venue")} optionalLabel={optional} defaultValue={values.venue} autoComplete="off" />
      <TextField name="replyDeadline" type="date" label={t("fields.replyDeadline")} optionalLabel={optional} defaultValue={values.replyDeadline ? localIsoDate(values.replyDeadline) : undefined} />
      <TextAreaField name="notes" label={t("fields.notes")} optionalLabel={optional} defaultValue={values.notes} />
      <CheckboxField name="publishedToAll" label={t("fields.publishedToAll")} defaultChecked={values.publishedToAll ?? false} />
      <CheckboxField name="publicOnSchedule" label={t("fields.publicOnSchedule")} defaultChecked={values.publicOnSchedule ?? false} />
    </>
  );
}

/** On success the action goes to the new conference's page. `previousConferenceId` links it to the conference it follows. */
export async function CreateConferenceForm({
  values,
  options,
  previousConferenceId,
  retitle,
}: {
  values: ConferenceFormValues;
  options: ConferenceFormOptions;
  previousConferenceId?: number;
  /** The previous conference's title and periods: choosing other periods rewrites its period words. */
  retitle?: Retitle;
}) {
  return (
    <ActionForm action={createConferenceAction} labels={await getFormLabels(previousConferenceId ? "conferences.createNext" : "conferences.create")}>
      {previousConferenceId ? <HiddenField name="previousConferenceId" value={previousConferenceId} /> : null}
      <ConferenceFields values={values} options={options} retitle={retitle} />
    </ActionForm>
  );
}

/** The hidden version makes a second secretary's save of an older copy fail instead of overwriting. */
export async function EditConferenceForm({ conference, options }: { conference: ConferenceRow; options: ConferenceFormOptions }) {
  return (
    <ActionForm action={updateConferenceAction} labels={await getFormLabels("conferences.save")}>
      <HiddenField name="id" value={conference.id} />
      <HiddenField name="version" value={conference.version} />
      <ConferenceFields values={conference} options={options} />
    </ActionForm>
  );
}
