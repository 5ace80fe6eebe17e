import { z } from "zod";

/** A page's search parameters as Next gives them to a page or a list's parser. */
export type SearchParams = Record<string, string | string[] | undefined>;
type Param = string | string[] | undefined;

/** A search parameter as one string: the first of a repeated one (`?status=a&status=b` → "a"). */
export function firstParam(value: Param): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A search box's text: the first value, trimmed, at most 100 characters, or undefined. */
export function searchTextParam(value: Param): string | undefined {
  return firstParam(value)?.trim().slice(0, 100) || undefined;
}

const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1);

/** A list's page number: anything that is not a whole number from 1 to 100 000 means page 1. */
export function parsePage(value: Param): number {
  return pageNumber.parse(firstParam(value));
}
