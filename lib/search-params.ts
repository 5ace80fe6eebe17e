/** A page's search parameters as Next gives them to a page or a list's parser. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A search parameter as one string: the first of a repeated one (`?status=a&status=b` → "a"). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
