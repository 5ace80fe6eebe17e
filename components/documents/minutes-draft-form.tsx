import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, TextAreaField, TextField } from "@/components/ui/fields";
import { saveMinutesDraftAction } from "@/lib/documents/content/actions";
import type { DocumentDraft } from "@/lib/documents/content/drafts";
import { getFormLabels } from "@/lib/i18n/form-labels";

/** The minutes draft's fields: times, the secretary, one text area per agenda item ("summary_<id>"), other remarks. */
export async function MinutesDraftForm({ conferenceId, draft, agenda }: { conferenceId: number; draft: DocumentDraft<"minutes">; agenda: { id: number; position: number; title: string }[] }) {
  const t = await getTranslations("conferenceDocuments.minutes");
  const optional = (await getTranslations("common"))("optional");
  const { content } = draft;
  return (
    <ActionForm action={saveMinutesDraftAction} labels={await getFormLabels("conferenceDocuments.minutes.save", "conferenceDocuments.minutes.saving")}>
      <HiddenField name="conferenceId" value={conferenceId} />
      <HiddenField name="version" value={draft.version} />
      <div className="grid max-w-2xl gap-5 sm:grid-cols-2">
        <TextField name="startTime" label={t("startTime")} hint={t("timeHint")} defaultValue={content.startTime} inputMode="numeric" autoComplete="off" />
        <TextField name="endTime" label={t("endTime")} hint={t("timeHint")} defaultValue={content.endTime} inputMode="numeric" autoComplete="off" />
      </div>
      <TextField name="secretaryName" label={t("secretaryName")} optionalLabel={optional} defaultValue={content.secretaryName} autoComplete="off" />
      {agenda.map((item, i) => (
        <TextAreaField
          key={item.id}
          name={`summary_${item.id}`}
          label={t("summaryLabel", { number: i + 1, title: item.title })}
          optionalLabel={optional}
          rows={5}
          defaultValue={content.summaryByItem[String(item.id)] ?? ""}
        />
      ))}
      <TextAreaField name="otherRemarks" label={t("otherRemarks")} optionalLabel={optional} rows={4} defaultValue={content.otherRemarks} />
    </ActionForm>
  );
}
