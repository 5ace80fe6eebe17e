import { getTranslations } from "@/lib/i18n/server";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, TextAreaField, TextField } from "@/components/ui/fields";
import { FileField } from "@/components/files/file-field";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { ACCEPT_ATTRIBUTE } from "@/lib/storage/content-type";
import {
  acceptCompletionAction,
  addContributionAction,
  approveExtensionAction,
  refuseExtensionAction,
  reportCompletionAction,
  reportProgressAction,
  requestExtensionAction,
  returnCompletionAction,
} from "@/lib/tasks/actions";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-3 text-lg font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The evidence of a report: the document's number and date, and the file itself, saved with the report. */
async function EvidenceFields({ prefix = "" }: { prefix?: string }) {
  const t = await getTranslations("tasks.forms");
  const tc = await getTranslations("common");
  const tf = await getTranslations("files");
  const name = (field: string) => (prefix ? `${prefix}${field[0].toUpperCase()}${field.slice(1)}` : field);
  return (
    <>
      <TextField name={name("evidenceNumber")} label={t("evidenceNumber")} optionalLabel={tc("optional")} />
      <TextField name={name("evidenceDate")} type="date" label={t("evidenceDate")} optionalLabel={tc("optional")} />
      <FileField name={name("evidenceFile")} label={t("evidenceFile")} optionalLabel={tc("optional")} hint={tf("fileHint")} accept={ACCEPT_ATTRIBUTE} />
    </>
  );
}

/** The lead unit's forms: progress, completion report, extension request. */
export async function LeadUnitForms({ taskId, version, canReportCompletion, canRequestExtension }: { taskId: number; version: number; canReportCompletion: boolean; canRequestExtension: boolean }) {
  const t = await getTranslations("tasks.forms");
  const tc = await getTranslations("common");
  return (
    <div className="space-y-4">
      <Section id="form-progress" title={t("progressTitle")}>
        <ActionForm action={reportProgressAction} labels={await getFormLabels("tasks.forms.saveProgress", "tasks.forms.sending")}>
          <HiddenField name="taskId" value={taskId} />
          <TextAreaField name="text" label={t("progressText")} />
          <TextField name="percent" label={t("percent")} optionalLabel={tc("optional")} inputMode="numeric" />
          <EvidenceFields />
        </ActionForm>
      </Section>
      {canReportCompletion ? (
        <Section id="form-completion" title={t("completionTitle")}>
          <ActionForm action={reportCompletionAction} labels={await getFormLabels("tasks.forms.reportCompletion", "tasks.forms.sending")}>
            <HiddenField name="taskId" value={taskId} />
            <HiddenField name="version" value={version} />
            <TextAreaField name="completionText" label={t("completionText")} />
            <EvidenceFields prefix="completion" />
          </ActionForm>
        </Section>
      ) : null}
      {canRequestExtension ? (
        <Section id="form-extension" title={t("extensionTitle")}>
          <ActionForm action={requestExtensionAction} labels={await getFormLabels("tasks.forms.requestExtension", "tasks.forms.sending")}>
            <HiddenField name="taskId" value={taskId} />
            <HiddenField name="version" value={version} />
            <TextField name="requestedDeadline" type="date" label={t("requestedDeadline")} />
            <TextAreaField name="reason" label={t("reason")} rows={3} />
          </ActionForm>
        </Section>
      ) : null}
    </div>
  );
}

/** A coordinating unit's contribution, on behalf of the user's own unit. */
export async function ContributionForm({ taskId, agencyId }: { taskId: number; agencyId: number }) {
  const t = await getTranslations("tasks.forms");
  return (
    <Section id="form-contribution" title={t("contributionTitle")}>
      <ActionForm action={addContributionAction} labels={await getFormLabels("tasks.forms.saveContribution", "tasks.forms.sending")}>
        <HiddenField name="taskId" value={taskId} />
        <HiddenField name="agencyId" value={agencyId} />
        <TextAreaField name="text" label={t("contributionText")} />
        <EvidenceFields />
      </ActionForm>
    </Section>
  );
}

/** The secretariat accepts a reported completion (today becomes the completion date) or returns it. */
export async function AcceptanceForms({ taskId, version }: { taskId: number; version: number }) {
  const t = await getTranslations("tasks.forms");
  return (
    <Section id="form-accept" title={t("acceptTitle")}>
      <div className="space-y-4">
        <ActionForm action={acceptCompletionAction} labels={await getFormLabels("tasks.forms.accept", "tasks.forms.sending")} compact>
          <HiddenField name="taskId" value={taskId} />
          <HiddenField name="version" value={version} />
        </ActionForm>
        <ActionForm action={returnCompletionAction} labels={await getFormLabels("tasks.forms.returnReport", "tasks.forms.sending")} variant="secondary">
          <HiddenField name="taskId" value={taskId} />
          <HiddenField name="version" value={version} />
          <TextAreaField name="returnComment" label={t("returnComment")} rows={3} />
        </ActionForm>
      </div>
    </Section>
  );
}

/** A leader or the secretariat decides on the pending extension request. */
export async function ExtensionDecisionForms({ taskId, version, requestId, summary }: { taskId: number; version: number; requestId: number; summary: string }) {
  const t = await getTranslations("tasks.forms");
  const tc = await getTranslations("common");
  return (
    <Section id="form-decide" title={t("decideTitle")}>
      <p className="mb-3 text-slate-800">{summary}</p>
      <div className="space-y-4">
        <ActionForm action={approveExtensionAction} labels={await getFormLabels("tasks.forms.approve", "tasks.forms.sending")}>
          <HiddenField name="taskId" value={taskId} />
          <HiddenField name="version" value={version} />
          <HiddenField name="requestId" value={requestId} />
          <TextAreaField name="approveComment" label={t("decisionComment")} optionalLabel={tc("optional")} rows={2} />
        </ActionForm>
        <ActionForm action={refuseExtensionAction} labels={await getFormLabels("tasks.forms.refuse", "tasks.forms.sending")} variant="secondary">
          <HiddenField name="taskId" value={taskId} />
          <HiddenField name="version" value={version} />
          <HiddenField name="requestId" value={requestId} />
          <TextAreaField name="refuseComment" label={t("refuseComment")} rows={2} />
        </ActionForm>
      </div>
    </Section>
  );
}
