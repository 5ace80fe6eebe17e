import type { ReactNode } from "react";

const tones = {
  /** What was saved or done ("Đã xóa hội nghị."). */
  success: "border-green-700 bg-green-50 text-green-900",
  /** What stands in the way, and what can still be done. */
  warning: "border-amber-500 bg-amber-50 text-slate-900",
} as const;

/** A message above a page's content; success messages are announced (role="status"). */
export function Notice({ tone, children, className = "" }: { tone: keyof typeof tones; children: ReactNode; className?: string }) {
  return (
    <div role={tone === "success" ? "status" : undefined} className={`mb-4 rounded border-l-4 p-3 ${tones[tone]} ${className}`}>
      {children}
    </div>
  );
}
