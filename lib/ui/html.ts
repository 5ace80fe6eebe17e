// The escape module alone: the package's index also brings its decoding tables, and this
// runs in the browser too.
import { escapeUTF8 } from "entities/lib/escape.js";

/*
 * Markup written as a string, for the bodies of the long tables (the indicator report's 200
 * rows of 8 cells, the lists of 50 rows) and the directive boards. Their client components
 * get words in the page's RSC data, as before, and write the rows as one string
 * (`<tbody dangerouslySetInnerHTML>`) instead of rendering thousands of React elements: at a
 * million tasks the report table took about 7 % less server CPU, a conference's page 3–7 %,
 * the directives list and the task overview about 4 % (two builds side by side, measured
 * both ways round). Written by a server component, the string itself went into the RSC
 * data: a third more bytes and no saving.
 *
 * Every text and attribute value goes through `entities`' escapeUTF8 (& < > " '), and a
 * link may only lead to a path of this site: what a user typed can never become markup.
 */

/** A piece of markup already written. A plain string given as a child is text and is escaped. */
export class Markup {
  constructor(readonly html: string) {}
}

export type Child = Markup | string | number | null | undefined | false;

/** The attributes this code writes; a value left undefined is not written. */
type Attributes = { class?: string; href?: string; "aria-label"?: string };

/** Only a path of this site: "/tasks/7", "/tasks?status=open". Anything else is a programming error. */
function localHref(href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) throw new Error(`not a local path: ${href}`);
  return href;
}

function childHtml(child: Child): string {
  if (child === null || child === undefined || child === false) return "";
  return child instanceof Markup ? child.html : escapeUTF8(String(child));
}

/** `<tag class="…" href="…">children</tag>`, with attribute values and text escaped. */
export function element(tag: string, attributes: Attributes | null, ...children: Child[]): Markup {
  let open = `<${tag}`;
  if (attributes?.href !== undefined) open += ` href="${escapeUTF8(localHref(attributes.href))}"`;
  if (attributes?.class) open += ` class="${escapeUTF8(attributes.class)}"`;
  if (attributes?.["aria-label"] !== undefined) open += ` aria-label="${escapeUTF8(attributes["aria-label"])}"`;
  return new Markup(`${open}>${children.map(childHtml).join("")}</${tag}>`);
}

/** Several pieces one after another, with no element around them. */
export function fragment(...children: Child[]): Markup {
  return new Markup(children.map(childHtml).join(""));
}
