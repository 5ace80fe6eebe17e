import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

/**
 * A list's filters as a GET form: the URL holds them, so results can be bookmarked and
 * shared, and it works without JavaScript. "Clear" appears only when something is set.
 */
export function FilterForm({
  action,
  filtered,
  submitLabel,
  clearLabel,
  gridClassName,
  children,
}: {
  action: string;
  filtered: boolean;
  submitLabel: string;
  clearLabel: string;
  /** Column template for wide screens, e.g. "sm:grid-cols-[1fr_16rem_auto]". */
  gridClassName: string;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} role="search" className={`mb-5 grid gap-4 rounded border border-slate-200 bg-white p-4 ${gridClassName}`}>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {submitLabel}
        </button>
        {filtered ? (
          <Link href={action} className="link text-sm">
            {clearLabel}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
