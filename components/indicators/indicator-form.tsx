import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, SelectField, TextField } from "@/components/ui/fields";
import { directiveSectors, indicatorKinds } from "@/db/schema";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { createIndicatorAction, updateIndicatorAction } from "@/lib/indicators/catalogue-actions";
import type { IndicatorRow, Option } from "@/lib/indicators/catalogue-queries";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { AGENCY_FIELD_PREFIX } from "@/lib/indicators/catalogue-fields";
import { KeptCheckbox } from "./kept-checkbox";

export interface IndicatorFormOptions {
  parents: Option[];
  agencies: { id: number; label: string }[];
  reporterIds: number[];
}

async function Fields({ indicator, options }: { indicator?: IndicatorRow; options: IndicatorFormOptions }) {
  const t = await getTranslations("indicators.fields");
  const tk = await getTranslations("indicators.kinds");
  const ts = await getTranslations("sectors");
  const optional = (await getTranslations("common"))("optional");
  return (
    <>
      <TextField name="code" label={t("code")} hint={t("codeHint")} defaultValue={indicator?.code} autoComplete="off" required />
      <TextField name="nameVi" label={t("nameVi")} defaultValue={indicator?.nameVi} required />
      <TextField name="nameEn" label={t("nameEn")} optionalLabel={optional} defaultValue={indicator?.nameEn} />
      <TextField name="unit" label={t("unit")} hint={t("unitHint")} defaultValue={indicator?.unit} required />
      <SelectField name="sector" label={t("sector")} options={directiveSectors.map((s) => ({ value: s, label: ts(s) }))} defaultValue={indicator?.sector ?? "general"} />
      <SelectField name="kind" label={t("kind")} hint={t("kindHint")} options={indicatorKinds.map((k) => ({ value: k, label: tk(k) }))} defaultValue={indicator?.kind ?? "flow"} />
      <TextField name="decimals" label={t("decimals")} hint={t("decimalsHint")} inputMode="numeric" defaultValue={String(indicator?.decimals ?? 0)} />
      <SelectField name="parentId" label={t("parentId")} hint={t("parentHint")} placeholder={t("noParent")} options={options.parents} defaultValue={indicator?.parentId ? String(indicator.parentId) : ""} />
      <TextField name="sortOrder" label={t("sortOrder")} hint={t("sortOrderHint")} inputMode="numeric" defaultValue={String(indicator?.sortOrder ?? 0)} />
      <TextField name="validFrom" type="date" label={t("validFrom")} optionalLabel={optional} defaultValue={indicator?.validFrom} />
      <TextField name="validTo" type="date" label={t("validTo")} hint={t("validToHint")} optionalLabel={optional} defaultValue={indicator?.validTo} />
      <KeptCheckbox name="nonNegative" label={t("nonNegative")} defaultChecked={indicator?.nonNegative ?? true} />
      <CheckboxList prefix={AGENCY_FIELD_PREFIX} echoField="code" errorField="reporterIds" legend={t("reporters")} hint={t("reportersHint")} empty={t("reportersEmpty")} options={options.agencies} selected={options.reporterIds} />
    </>
  );
}

export async function CreateIndicatorForm({ options }: { options: IndicatorFormOptions }) {
  return (
    <ActionForm action={createIndicatorAction} labels={await getFormLabels("indicators.add")}>
      <Fields options={options} />
    </ActionForm>
  );
}

export async function EditIndicatorForm({ indicator, options }: { indicator: IndicatorRow; options: IndicatorFormOptions }) {
  return (
    <ActionForm action={updateIndicatorAction} labels={await getFormLabels("common.save")}>
      <HiddenField name="id" value={indicator.id} />
      <HiddenField name="version" value={indicator.version} />
      <Fields indicator={indicator} options={options} />
    </ActionForm>
  );
}
