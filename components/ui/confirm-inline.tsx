import { ActionForm, type ActionFormLabels } from "./action-form";
import { HiddenField } from "./fields";

type Action = Parameters<typeof ActionForm>[0]["action"];

/**
 * A small thing that cannot be undone, in a list row (a file, an agenda item, a directive,
 * a secret link): its link only opens the warning and the button that does it, in place.
 * A <details> disclosure, so it takes two deliberate clicks and works without JavaScript.
 * What goes with more than itself has its own confirmation page (ConfirmAction).
 */
export function ConfirmInline({
  summary,
  warning,
  action,
  labels,
  hidden,
}: {
  /** The disclosure's words ("Xóa", "Thu hồi"). */
  summary: string;
  /** What happens, naming the thing ("Xóa hẳn tệp …? Không thể khôi phục."). */
  warning: string;
  action: Action;
  labels: ActionFormLabels;
  /** The record, posted as shown. */
  hidden: Record<string, string | number>;
}) {
  return (
    <details>
      <summary className="cursor-pointer font-semibold text-danger-600 underline underline-offset-2">{summary}</summary>
      <p className="mt-1 text-sm text-slate-700">{warning}</p>
      <ActionForm action={action} labels={labels} variant="danger" compact className="mt-1">
        {Object.entries(hidden).map(([name, value]) => (
          <HiddenField key={name} name={name} value={value} />
        ))}
      </ActionForm>
    </details>
  );
}
