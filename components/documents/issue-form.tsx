import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, SelectField, TextField } from "@/components/ui/fields";
import type { OfficialDocumentKind } from "@/db/schema";
import { reviewIssueAction } from "@/lib/documents/content/actions";
import type { SignerInput } from "@/lib/documents/content/wording";
import { MINUTES_CHAIR_TITLE } from "@/lib/documents/content/minutes";
import { AUTHORITY_PREFIXES } from "@/lib/documents/content/wording";
import { getFormLabels } from "@/lib/i18n/form-labels";

const PREFIX_KEYS = { "TM.": "tm", "KT.": "kt", "TL.": "tl", "TUQ.": "tuq", "Q.": "q" } as const;

/**
 * The issue form under a document's print view: the date on the document (today by default),
 * the signer's name and title (the chair by default) and the signing authority. The letter
 * or report previewed above (which invitee, which conference's conclusions) is what is issued,
 * after the confirmation page (/issue) that says a number will be taken for good.
 */
export async function IssueDocumentForm({
  conferenceId,
  kind,
  today,
  signer,
  issuingBody,
  invitationId,
  subject,
}: {
  conferenceId: number;
  kind: OfficialDocumentKind;
  /** yyyy-MM-dd */
  today: string;
  signer: SignerInput;
  issuingBody: string;
  invitationId?: number;
  subject?: "previous" | "self";
}) {
  const t = await getTranslations("conferenceDocuments");
  const optional = (await getTranslations("common"))("optional");
  const prefixOptions = [{ value: "", label: t("issue.prefixes.none") }, ...AUTHORITY_PREFIXES.map((prefix) => ({ value: prefix, label: t(`issue.prefixes.${PREFIX_KEYS[prefix]}`) }))];
  return (
    <section id="issue" aria-labelledby="issue-title" className="no-print mt-8 max-w-3xl rounded border border-slate-200 bg-white p-4">
      <h2 id="issue-title" className="text-xl font-bold">
        {t("issue.title", { kind: t(`kinds.${kind}`) })}
      </h2>
      <p className="mb-4 mt-1 text-sm text-slate-700">{t("issue.intro", { body: issuingBody })}</p>
      <ActionForm action={reviewIssueAction} labels={await getFormLabels("conferenceDocuments.issue.review", "conferenceDocuments.issue.reviewing")}>
        <HiddenField name="conferenceId" value={conferenceId} />
        <HiddenField name="kind" value={kind} />
        {invitationId !== undefined ? <HiddenField name="invitationId" value={invitationId} /> : null}
        {subject !== undefined ? <HiddenField name="subject" value={subject} /> : null}
        <TextField name="date" type="date" label={t("issue.date")} hint={t("issue.dateHint")} defaultValue={today} />
        {kind === "minutes" ? (
          // The minutes are signed by the chair as CHỦ TỌA (beside the secretary's THƯ KÝ): no title or authority to choose.
          <>
            <TextField name="signerName" label={t("issue.chairName")} hint={t("issue.chairNameHint")} defaultValue={signer.signerName} autoComplete="off" />
            <HiddenField name="signerTitle" value={MINUTES_CHAIR_TITLE} />
          </>
        ) : (
          <>
            <TextField name="signerName" label={t("issue.signerName")} defaultValue={signer.signerName} autoComplete="off" />
            <TextField name="signerTitle" label={t("issue.signerTitle")} hint={t("issue.signerTitleHint")} defaultValue={signer.signerTitle} autoComplete="off" />
            <SelectField name="authorityPrefix" label={t("issue.authorityPrefix")} options={prefixOptions} defaultValue={signer.authorityPrefix ?? ""} />
            <TextField
              name="authorityBody"
              label={t("issue.authorityBody")}
              hint={t("issue.authorityBodyHint")}
              optionalLabel={optional}
              defaultValue={signer.authorityBody ?? t("issue.defaultAuthorityBody")}
              autoComplete="off"
            />
          </>
        )}
      </ActionForm>
    </section>
  );
}
