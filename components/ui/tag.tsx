import type { ReactNode } from "react";

const tones = {
  green: "bg-green-100 text-green-900",
  red: "bg-red-100 text-red-900",
  yellow: "bg-amber-100 text-amber-900",
  blue: "bg-brand-100 text-brand-800",
  grey: "bg-slate-200 text-slate-800",
} as const;

export type TagTone = keyof typeof tones;

/** A short status word on a coloured background: the word carries the meaning, the colour only helps. */
export function Tag({ tone = "grey", children }: { tone?: TagTone; children: ReactNode }) {
  return <span className={`inline-block rounded sm:whitespace-nowrap px-2 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</span>;
}
