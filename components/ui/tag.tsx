import type { ReactNode } from "react";
import { element, type Markup } from "@/lib/ui/html";

// The colours are the .tag-… classes in app/globals.css.
export type TagTone = "green" | "red" | "yellow" | "blue" | "grey";

const tagClass = (tone: TagTone) => `tag tag-${tone}`;

/** A short status word on a coloured background: the word carries the meaning, the colour only helps. */
export function Tag({ tone = "grey", children }: { tone?: TagTone; children: ReactNode }) {
  return <span className={tagClass(tone)}>{children}</span>;
}

/** The same status word as markup, for the bodies written as one string (lib/ui/html.ts). */
export function tagMarkup(tone: TagTone, text: string): Markup {
  return element("span", { class: tagClass(tone) }, text);
}
