import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { DataTable } from "@/components/ui/table";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { savePlansAction } from "@/lib/indicators/catalogue-actions";
import { PLAN_VERSION_FIELD_PREFIX, TARGET_FIELD_PREFIX } from "@/lib/indicators/catalogue-fields";
import type { CatalogueSection, PlanItem } from "@/lib/indicators/catalogue-queries";
import { targetInputText } from "@/lib/indicators/catalogue-rules";
import { IndicatorName } from "./catalogue-table";
import { PlanTargetInput } from "./plan-target-input";

/** Every indicator followed in the year with its target, saved together in one transaction. */
export async function PlanForm({ year, agencyId, sections }: { year: number; agencyId: number | null; sections: CatalogueSection<PlanItem>[] }) {
  const t = await getTranslations("indicators");
  const ts = await getTranslations("sectors");
  return (
    <ActionForm action={savePlansAction} labels={await getFormLabels("indicators.plans.save")}>
      <HiddenField name="year" value={year} />
      {agencyId !== null ? <HiddenField name="agencyId" value={agencyId} /> : null}
      {sections.map((section) => (
        <section key={section.sector} aria-labelledby={`plan-sector-${section.sector}`}>
          <h2 id={`plan-sector-${section.sector}`} className="mb-3 text-lg font-bold">
            {ts(section.sector)}
          </h2>
          <DataTable
            caption={t("list.sectorCaption", { sector: ts(section.sector) })}
            empty={t("list.empty")}
            rows={section.rows}
            rowKey={(row) => row.item.id}
            columns={[
              { key: "code", header: t("list.code"), cell: (row) => <span className="whitespace-nowrap font-mono text-sm">{row.item.code}</span> },
              { key: "name", header: t("list.name"), cell: (row) => <IndicatorName row={row} /> },
              { key: "unit", header: t("list.unit"), cell: (row) => row.item.unit },
              {
                key: "target",
                header: t("plans.target", { year }),
                numeric: true,
                className: "sm:w-44",
                cell: ({ item }) => (
                  <>
                    {item.plan ? <HiddenField name={`${PLAN_VERSION_FIELD_PREFIX}${item.id}`} value={item.plan.version} /> : null}
                    <PlanTargetInput
                      name={`${TARGET_FIELD_PREFIX}${item.id}`}
                      label={t("plans.targetLabel", { year, code: item.code, name: item.nameVi, unit: item.unit })}
                      defaultValue={item.plan ? targetInputText(item.plan.target, item.decimals) : ""}
                    />
                  </>
                ),
              },
            ]}
          />
        </section>
      ))}
    </ActionForm>
  );
}
