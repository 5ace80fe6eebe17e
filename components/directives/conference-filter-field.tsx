import { getTranslations } from "@/lib/i18n/server";
import { type SelectOption, SelectField } from "@/components/ui/fields";
import { CONFERENCE_OPTION_LIMIT } from "@/lib/directives/queries";

/** The "Hội nghị" filter of the directive and task lists: the newest conferences only (see CONFERENCE_OPTION_LIMIT), said under the field. */
export async function ConferenceFilterField({ selectedId, options }: { selectedId?: number; options: SelectOption[] }) {
  const t = await getTranslations("tasks.filters");
  return (
    <SelectField
      name="conference"
      label={t("conference")}
      hint={options.length >= CONFERENCE_OPTION_LIMIT ? t("conferenceHint", { limit: CONFERENCE_OPTION_LIMIT }) : undefined}
      placeholder={t("all")}
      defaultValue={selectedId ? String(selectedId) : ""}
      options={options}
    />
  );
}
