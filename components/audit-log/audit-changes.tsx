import { changedFields } from "@/lib/audit-log/queries";

/** One line of JSON, so a change reads at a glance and a long one wraps instead of scrolling sideways. */
function compact(value: Record<string, unknown> | null): string {
  return value ? JSON.stringify(value) : "";
}

/**
 * Before/after of one audit row, folded in a <details> (no JavaScript). For an update
 * only the fields that changed are shown; a create or a sign-in shows what it has.
 */
export function AuditChanges({ before, after, labels }: { before: unknown; after: unknown; labels: { view: string; before: string; after: string } }) {
  const changes = changedFields(before, after);
  if (!changes.before && !changes.after) return null;
  return (
    <details className="max-w-md">
      <summary className="cursor-pointer font-semibold text-brand-700">{labels.view}</summary>
      <dl className="mt-1 space-y-1 text-xs">
        {changes.before ? (
          <div>
            <dt className="font-semibold text-slate-700">{labels.before}</dt>
            <dd>
              <code className="block whitespace-pre-wrap break-all rounded bg-slate-100 p-1">{compact(changes.before)}</code>
            </dd>
          </div>
        ) : null}
        {changes.after ? (
          <div>
            <dt className="font-semibold text-slate-700">{labels.after}</dt>
            <dd>
              <code className="block whitespace-pre-wrap break-all rounded bg-slate-100 p-1">{compact(changes.after)}</code>
            </dd>
          </div>
        ) : null}
      </dl>
    </details>
  );
}
