import type { ReactNode } from "react";

// The colours are the .tag-… classes in app/globals.css.
export type TagTone = "green" | "red" | "yellow" | "blue" | "grey";

/** The classes of a status word: for Tag, and for table bodies written as markup (lib/ui/html.ts). */
export const tagClass = (tone: TagTone) => `tag tag-${tone}`;

/** A short status word on a coloured background: the word carries the meaning, the colour only helps. */
export function Tag({ tone = "grey", children }: { tone?: TagTone; children: ReactNode }) {
  return <span className={tagClass(tone)}>{children}</span>;
}
