import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { HiddenField, type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { formatNumber } from "@/lib/format";
import { inviteAgencyAction, invitePersonAction } from "@/lib/invitations/actions";

/** The agencies or people an invite-one form offers: all of them when few, else those matching a search. */
export interface InviteChoices {
  options: SelectOption[];
  /** Invitable agencies or people matching the search (all of them without one). */
  total: number;
  /** What was searched for (`?agency=` or `?person=`), or null. */
  query: string | null;
  /** The list filters and the other search to keep in the URL when searching. */
  keep: Record<string, string | undefined>;
}

export type Invitee = "agency" | "person";

/** The search parameter of each form, shared with the page that reads it. */
export const INVITEE_SEARCH_PARAM: Record<Invitee, string> = { agency: "agency", person: "person" };

const forms = {
  agency: { action: inviteAgencyAction, field: "agencyId", submit: "invitations.inviteAgencySubmit" },
  person: { action: invitePersonAction, field: "personId", submit: "invitations.invitePersonSubmit" },
} as const;

/**
 * Inviting one agency or one person. A directory of a few dozen is a plain list; a
 * province's 345 agencies or thousand people are searched first (name, short name,
 * position or agency, without diacritics, as every search), and the list holds the
 * matches. The search is a GET form, so it works without JavaScript and the matches stay
 * on screen while several of them are invited.
 */
export async function InviteOneForm({ invitee, conferenceId, choices, action }: { invitee: Invitee; conferenceId: number; choices: InviteChoices; action: string }) {
  const t = await getTranslations("invitations");
  const { options, total, query } = choices;
  const form = forms[invitee];
  const everyoneListed = query === null && total <= options.length;
  return (
    <div className="space-y-3">
      {everyoneListed ? null : (
        <form method="get" action={action} role="search" aria-label={t(`${invitee}Search`)} className="space-y-2">
          <TextField name={INVITEE_SEARCH_PARAM[invitee]} type="search" label={t(`${invitee}Search`)} hint={t(`${invitee}SearchHint`)} defaultValue={query} autoComplete="off" />
          {Object.entries(choices.keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
          <button type="submit" className={buttonClass("secondary")}>
            {t("searchSubmit")}
          </button>
        </form>
      )}
      {query !== null ? (
        <p role="status" className="text-slate-800">
          {total === 0
            ? t(`${invitee}SearchNone`, { query })
            : total > options.length
              ? t(`${invitee}SearchMore`, { shown: formatNumber(options.length), total: formatNumber(total) })
              : t(`${invitee}SearchFound`, { count: formatNumber(total) })}
        </p>
      ) : null}
      {options.length > 0 && (everyoneListed || query !== null) ? (
        <ActionForm action={form.action} labels={await getFormLabels(form.submit)}>
          <HiddenField name="conferenceId" value={conferenceId} />
          <SelectField name={form.field} label={t(invitee)} hint={t(`${invitee}Hint`)} placeholder={t("choose")} options={options}
            defaultValue={options.length === 1 ? options[0].value : undefined}
          />
        </ActionForm>
      ) : null}
    </div>
  );
}
