import { buttonClass } from "@/components/ui/button";
import { type SelectOption, SelectField } from "@/components/ui/fields";

/**
 * Which letter or report the print view shows (one invitee's invitation; the previous
 * conference's conclusions or this one's) as a GET form, so the choice lives in the URL and
 * works without JavaScript.
 */
export function DraftChoiceForm({ action, name, label, submit, value, options }: { action: string; name: string; label: string; submit: string; value: string; options: SelectOption[] }) {
  return (
    <form method="get" action={action} className="no-print mb-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4">
      <div className="min-w-0 flex-1">
        <SelectField name={name} label={label} options={options} defaultValue={value} />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        {submit}
      </button>
    </form>
  );
}
