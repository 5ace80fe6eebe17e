import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, TextAreaField, TextField } from "@/components/ui/fields";
import { createLegalDocumentAction, updateLegalDocumentAction } from "@/lib/legal-documents/actions";
import type { LegalDocumentRow } from "@/lib/legal-documents/queries";
import { getFormLabels } from "@/lib/i18n/form-labels";

async function Fields({ document }: { document?: LegalDocumentRow }) {
  const t = await getTranslations("legalDocuments");
  const optional = (await getTranslations("common"))("optional");
  return (
    <>
      <TextField name="symbol" label={t("symbol")} hint={t("symbolHint")} defaultValue={document?.symbol} autoComplete="off" required />
      <TextField name="issuingBody" label={t("issuingBody")} optionalLabel={optional} defaultValue={document?.issuingBody} />
      <TextField name="issuedOn" type="date" label={t("issuedOn")} optionalLabel={optional} defaultValue={document?.issuedOn} />
      <TextAreaField name="title" label={t("docTitle")} optionalLabel={optional} rows={3} defaultValue={document?.title} />
    </>
  );
}

export async function CreateLegalDocumentForm() {
  return (
    <ActionForm action={createLegalDocumentAction} labels={await getFormLabels("legalDocuments.add")}>
      <Fields />
    </ActionForm>
  );
}

export async function EditLegalDocumentForm({ document }: { document: LegalDocumentRow }) {
  return (
    <ActionForm action={updateLegalDocumentAction} labels={await getFormLabels("common.save")}>
      <HiddenField name="id" value={document.id} />
      <HiddenField name="version" value={document.version} />
      <Fields document={document} />
    </ActionForm>
  );
}
