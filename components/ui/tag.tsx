import type { ReactNode } from "react";

// The colours are the .tag-… classes in app/globals.css.
export type TagTone = "green" | "red" | "yellow" | "blue" | "grey";

/** A short status word on a coloured background: the word carries the meaning, the colour only helps. */
export function Tag({ tone = "grey", children }: { tone?: TagTone; children: ReactNode }) {
  return <span className={`tag tag-${tone}`}>{children}</span>;
}
