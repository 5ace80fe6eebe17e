import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { HiddenField, type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { formatNumber } from "@/lib/format";
import { invitePersonAction } from "@/lib/invitations/actions";

/** The people the invite-a-person form offers: all of them when few, else those matching a search. */
export interface PersonChoices {
  options: SelectOption[];
  /** Active people matching the search (all active people without one). */
  total: number;
  /** What was searched for (`?person=`), or null. */
  query: string | null;
  /** The list filters to keep in the URL when searching. */
  keep: Record<string, string | undefined>;
}

/**
 * Inviting one person. A directory of a few dozen people is a plain list; a province's
 * directory of a thousand is searched first (name, position or agency, without diacritics,
 * as every search), and the list holds the matches. The search is a GET form, so it works
 * without JavaScript and the matches stay on screen while several of them are invited.
 */
export async function InvitePersonForm({ conferenceId, choices, action }: { conferenceId: number; choices: PersonChoices; action: string }) {
  const t = await getTranslations("invitations");
  const { options, total, query } = choices;
  const everyoneListed = query === null && total <= options.length;
  return (
    <div className="space-y-3">
      {everyoneListed ? null : (
        <form method="get" action={action} role="search" aria-label={t("personSearch")} className="space-y-2">
          <TextField name="person" type="search" label={t("personSearch")} hint={t("personSearchHint")} defaultValue={query} autoComplete="off" />
          {Object.entries(choices.keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
          <button type="submit" className={buttonClass("secondary")}>
            {t("personSearchSubmit")}
          </button>
        </form>
      )}
      {query !== null ? (
        <p role="status" className="text-slate-800">
          {total === 0
            ? t("personSearchNone", { query })
            : total > options.length
              ? t("personSearchMore", { shown: formatNumber(options.length), total: formatNumber(total) })
              : t("personSearchFound", { count: formatNumber(total) })}
        </p>
      ) : null}
      {options.length > 0 && (everyoneListed || query !== null) ? (
        <ActionForm action={invitePersonAction} labels={await getFormLabels("invitations.invitePersonSubmit")}>
          <HiddenField name="conferenceId" value={conferenceId} />
          <SelectField name="personId" label={t("person")} hint={t("personHint")} placeholder={t("choose")} options={options}
            defaultValue={options.length === 1 ? options[0].value : undefined}
          />
        </ActionForm>
      ) : null}
    </div>
  );
}
