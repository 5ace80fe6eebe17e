import { getTranslations } from "@/lib/i18n/server";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, TextAreaField } from "@/components/ui/fields";
import type { ReportStatus } from "@/db/schema";
import { approveReportAction, returnReportAction, submitReportAction, unlockReportAction } from "@/lib/indicators/report-actions";
import { getFormLabels } from "@/lib/i18n/form-labels";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded border border-slate-200 bg-white p-4">
      <h3 id={id} className="mb-3 text-lg font-bold text-slate-900">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The workflow steps the user may take on the report in its current status (the server checks again). */
export async function ReportWorkflowForms({
  reportId,
  version,
  status,
  canSubmit,
  canApprove,
  canUnlock,
}: {
  reportId: number;
  version: number;
  status: ReportStatus;
  canSubmit: boolean;
  canApprove: boolean;
  canUnlock: boolean;
}) {
  const t = await getTranslations("reports.workflow");
  const hidden = (
    <>
      <HiddenField name="reportId" value={reportId} />
      <HiddenField name="version" value={version} />
    </>
  );
  const forms: ReactNode[] = [];
  if (status === "draft" && canSubmit) {
    forms.push(
      <Section key="submit" id="form-submit" title={t("submitTitle")}>
        <p className="mb-3 text-slate-700">{t("submitIntro")}</p>
        <ActionForm action={submitReportAction} labels={await getFormLabels("reports.workflow.submit", "reports.workflow.sending")} compact>
          {hidden}
        </ActionForm>
      </Section>,
    );
  }
  if (status === "submitted" && canApprove) {
    forms.push(
      <Section key="approve" id="form-approve" title={t("approveTitle")}>
        <p className="mb-3 text-slate-700">{t("approveIntro")}</p>
        <ActionForm action={approveReportAction} labels={await getFormLabels("reports.workflow.approve", "reports.workflow.sending")} compact>
          {hidden}
        </ActionForm>
      </Section>,
      <Section key="return" id="form-return" title={t("returnTitle")}>
        <ActionForm action={returnReportAction} labels={await getFormLabels("reports.workflow.return", "reports.workflow.sending")} variant="secondary">
          {hidden}
          <TextAreaField name="comment" label={t("comment")} hint={t("commentHint")} rows={3} />
        </ActionForm>
      </Section>,
    );
  }
  if (status === "approved" && canUnlock) {
    forms.push(
      <Section key="unlock" id="form-unlock" title={t("unlockTitle")}>
        <ActionForm action={unlockReportAction} labels={await getFormLabels("reports.workflow.unlock", "reports.workflow.sending")} variant="danger">
          {hidden}
          <TextAreaField name="reason" label={t("reason")} hint={t("reasonHint")} rows={3} />
        </ActionForm>
      </Section>,
    );
  }
  return forms.length > 0 ? <div className="space-y-4">{forms}</div> : null;
}
