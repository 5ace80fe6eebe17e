import type { ReactNode } from "react";

/** "12 hội nghị" above a list, announced politely when filters change it. */
export function ResultCount({ children }: { children: ReactNode }) {
  return (
    <p className="mb-3 text-sm text-slate-700" aria-live="polite">
      {children}
    </p>
  );
}
