import { getTranslations } from "@/lib/i18n/server";
import { KeptCheckbox } from "@/components/indicators/kept-checkbox";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, TextAreaField } from "@/components/ui/fields";
import { saveConclusionDraftAction } from "@/lib/documents/content/actions";
import type { DocumentDraft } from "@/lib/documents/content/drafts";
import { getFormLabels } from "@/lib/i18n/form-labels";

/** The conclusion notice's draft: the assessment (section I), the indicator table on or off, the directions (section II). */
export async function ConclusionDraftForm({ conferenceId, draft, hasIndicatorTable }: { conferenceId: number; draft: DocumentDraft<"conclusion_notice">; hasIndicatorTable: boolean }) {
  const t = await getTranslations("conferenceDocuments.conclusionDraft");
  const optional = (await getTranslations("common"))("optional");
  const { content } = draft;
  return (
    <ActionForm action={saveConclusionDraftAction} labels={await getFormLabels("conferenceDocuments.conclusionDraft.save", "conferenceDocuments.conclusionDraft.saving")}>
      <HiddenField name="conferenceId" value={conferenceId} />
      <HiddenField name="version" value={draft.version} />
      <TextAreaField name="assessment" label={t("assessment")} hint={t("assessmentHint")} optionalLabel={optional} rows={12} defaultValue={content.assessment} />
      {hasIndicatorTable ? (
        <KeptCheckbox name="includeIndicatorTable" label={t("includeIndicatorTable")} defaultChecked={content.includeIndicatorTable} echoField="assessment" />
      ) : (
        // No report with figures yet: the choice is kept as it was for when one is linked.
        <HiddenField name="includeIndicatorTable" value={content.includeIndicatorTable ? "on" : ""} />
      )}
      <TextAreaField name="directions" label={t("directions")} hint={t("directionsHint")} optionalLabel={optional} rows={12} defaultValue={content.directions} />
    </ActionForm>
  );
}
