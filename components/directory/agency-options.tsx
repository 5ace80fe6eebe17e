import { getTranslations } from "@/lib/i18n/server";
import type { SelectOption } from "@/components/ui/fields";
import type { AgencyRow } from "@/lib/directory/queries";
import { agencyStatus } from "@/lib/directory/rules";

/** Agencies as select options, by name; a closed one says so, so nobody picks it by mistake. */
export async function agencySelectOptions(rows: readonly AgencyRow[], today: string): Promise<SelectOption[]> {
  const t = await getTranslations("directory");
  return rows.map((agency) => ({
    value: String(agency.id),
    label: agencyStatus(agency, today) === "closed" ? t("closedOption", { name: agency.name }) : agency.name,
  }));
}
