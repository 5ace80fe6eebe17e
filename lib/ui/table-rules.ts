/*
 * The per-table CSS of DataTable (components/ui/table.tsx): each column's phone label and the
 * alignment of figures, as rules by column position, so the cells themselves carry no
 * attributes. A 200-row report has 1 600 cells; a label and classes on each were rendered,
 * sent in the HTML and again in the page's RSC data, about a fifth of the page's server time.
 */

export interface ColumnLayout {
  header: string;
  numeric?: boolean;
}

/**
 * A CSS string literal. Quotes, backslashes, angle brackets and line breaks are escaped, so no
 * header can end the string or the style element; & as well, for the reason in columnRules.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>&\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** A short name for a set of rules (cyrb53, a 53-bit string hash): identical tables share one style element. */
function ruleSetName(css: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < css.length; i++) {
    const c = css.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The rules of one set of columns, scoped to tables marked data-dt="name": each cell's label
 * (shown on a phone by .dt in app/globals.css) and figures in tabular digits, right-aligned
 * from the sm breakpoint (40rem) up, as the header above them.
 */
export function columnRules(columns: readonly ColumnLayout[]): { name: string; css: string } {
  // Descendant selectors, no ">": these rules travel in the page's RSC data, which Next writes
  // into the HTML through a regex replace of < > & (htmlEscapeJsonString). On Node 20 that
  // replace takes ten times as long on a string of over 65 535 UTF-16 units (any Vietnamese
  // page's data of that size) as soon as it finds one match: about 0,7 ms of a 200-row
  // report's 24 ms. A .dt table holds no other table, so "td" here is the table's own cells.
  const cell = (index: number) => ` td:nth-child(${index + 1})`;
  const figures = columns.flatMap((column, i) => (column.numeric ? [i] : []));
  const rules = (scope: string) => {
    const labels = columns.map((column, i) => `${scope}${cell(i)}::before{content:${cssString(column.header)}}`).join("");
    if (figures.length === 0) return labels;
    const selector = figures.map((i) => scope + cell(i)).join(",");
    return `${labels}${selector}{font-variant-numeric:tabular-nums}@media (min-width:40rem){${selector}{text-align:right}}`;
  };
  const name = ruleSetName(rules(""));
  return { name, css: rules(`.dt[data-dt="${name}"]`) };
}
