import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";
import { ConfirmInline } from "@/components/ui/confirm-inline";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { directiveSectors } from "@/db/schema";
import { createDirectiveAction, deleteDirectiveAction, reopenDirectivesAction, updateDirectiveAction } from "@/lib/directives/actions";
import type { ConferenceDirectiveRow, Option } from "@/lib/directives/queries";
import type { LegalDocumentOption } from "@/lib/legal-documents/queries";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { type CheckboxOption, CheckboxList } from "@/components/ui/checkbox-list";
import { DOCUMENT_FIELD_PREFIX, INDICATOR_FIELD_PREFIX } from "@/lib/directives/fields";

export interface DirectiveChoices {
  issuers: Option[];
  agendaItems: Option[];
  documents: LegalDocumentOption[];
  /** Indicators in use, so the directive can be found from the indicator's page. */
  indicators: CheckboxOption[];
  nextNumber: number;
}

/** What the directive already cites and concerns (empty for a new one). */
export interface DirectiveLinks {
  documentIds: number[];
  indicatorIds: number[];
}

async function Fields({ directive, links, choices }: { directive?: ConferenceDirectiveRow; links: DirectiveLinks; choices: DirectiveChoices }) {
  const t = await getTranslations("directives");
  const tSector = await getTranslations("sectors");
  const optional = (await getTranslations("common"))("optional");
  return (
    <>
      <TextField name="number" label={t("number")} hint={t("numberHint", { next: choices.nextNumber })} optionalLabel={optional} inputMode="numeric" defaultValue={directive ? String(directive.number) : ""} />
      <SelectField name="issuedByPersonId" label={t("issuer")} options={choices.issuers} placeholder={t("choose")} defaultValue={directive?.issuedByPersonId ? String(directive.issuedByPersonId) : ""} />
      <SelectField name="agendaItemId" label={t("agendaItem")} optionalLabel={optional} options={choices.agendaItems} placeholder={t("agendaNone")} defaultValue={directive?.agendaItemId ? String(directive.agendaItemId) : ""} />
      <SelectField name="sector" label={t("sector")} options={directiveSectors.map((s) => ({ value: s, label: tSector(s) }))} defaultValue={directive?.sector ?? "general"} />
      <TextAreaField name="text" label={t("text")} rows={4} defaultValue={directive?.text} />
      {choices.documents.length > 0 ? (
        <CheckboxList
          prefix={DOCUMENT_FIELD_PREFIX}
          echoField="text"
          legend={t("documents")}
          hint={t("documentsHint")}
          options={choices.documents}
          selected={links.documentIds}
          search={{ label: t("documentsSearch"), noMatch: t("documentsNoMatch") }}
        />
      ) : null}
      <TextField name="symbol" label={t("symbol")} hint={t("symbolHint")} optionalLabel={optional} autoComplete="off" />
      {choices.indicators.length > 0 ? (
        <CheckboxList
          prefix={INDICATOR_FIELD_PREFIX}
          echoField="text"
          legend={t("indicators")}
          hint={t("indicatorsHint")}
          options={choices.indicators}
          selected={links.indicatorIds}
          search={{ label: t("indicatorsSearch"), noMatch: t("indicatorsNoMatch") }}
        />
      ) : null}
    </>
  );
}

export async function AddDirectiveForm({ conferenceId, choices }: { conferenceId: number; choices: DirectiveChoices }) {
  return (
    <ActionForm action={createDirectiveAction} labels={await getFormLabels("directives.add")}>
      <HiddenField name="conferenceId" value={conferenceId} />
      <Fields links={{ documentIds: [], indicatorIds: [] }} choices={choices} />
    </ActionForm>
  );
}

export async function EditDirectiveForm({ conferenceId, directive, links, choices }: { conferenceId: number; directive: ConferenceDirectiveRow; links: DirectiveLinks; choices: DirectiveChoices }) {
  return (
    <ActionForm action={updateDirectiveAction} labels={await getFormLabels("common.save")}>
      <HiddenField name="conferenceId" value={conferenceId} />
      <HiddenField name="id" value={directive.id} />
      <HiddenField name="version" value={directive.version} />
      <Fields directive={directive} links={links} choices={choices} />
    </ActionForm>
  );
}

/** "Xóa" on a directive without tasks: opens the warning naming it, then deletes it. */
export async function DeleteDirectiveForm({ conferenceId, directive }: { conferenceId: number; directive: { id: number; number: number } }) {
  const t = await getTranslations("directives");
  return (
    <ConfirmInline
      summary={t("delete")}
      warning={t("deleteWarning", { number: directive.number })}
      action={deleteDirectiveAction}
      labels={await getFormLabels("directives.deleteSubmit", "directives.deleting")}
      hidden={{ conferenceId, id: directive.id }}
    />
  );
}

/**
 * "Phê duyệt kết luận" (which concludes the conference and locks the directives) opens its
 * confirmation page; once approved, "Mở lại" undoes it in one step.
 */
export async function ApprovalForm({ conferenceId, approved }: { conferenceId: number; approved: boolean }) {
  if (!approved) {
    return (
      <Link href={`/conferences/${conferenceId}/directives/approve`} className={buttonClass("primary")}>
        {(await getTranslations("directives"))("approve")}
      </Link>
    );
  }
  return (
    <ActionForm action={reopenDirectivesAction} labels={await getFormLabels("directives.reopen", "directives.reopening")} variant="secondary" compact>
      <HiddenField name="conferenceId" value={conferenceId} />
    </ActionForm>
  );
}
