import { count } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

/*
 * The total under a list ("1.234 nhiệm vụ", "Trang 3/25"). An exact count of every matching
 * row costs as much as reading them all: the secretariat's unfiltered task list would count a
 * million tasks on every page view. So the count stops at LIST_TOTAL_CAP and the page then
 * says "Hơn 10.000 …" and pages on without a last page number; a narrower filter gives the
 * exact figure again. Counted in its own statement, so the page of rows itself can be read
 * straight off an index (a window count(*) over () forced the whole set to be read first).
 */

export const LIST_TOTAL_CAP = 10_000;

export interface ListTotal {
  /** Exact when `more` is false; LIST_TOTAL_CAP otherwise. */
  count: number;
  /** More rows match than were counted. */
  more: boolean;
}

/** Counts the rows of `matching` (a select of the list's FROM and WHERE, any one column), stopping after the cap. */
export async function countUpTo(db: Db, matching: PgSelect, cap = LIST_TOTAL_CAP): Promise<ListTotal> {
  const [row] = await db.select({ n: count() }).from(matching.limit(cap + 1).as("matching"));
  const n = row?.n ?? 0;
  return n > cap ? { count: cap, more: true } : { count: n, more: false };
}

/** Where a page stands in the list: the last page's number when known, and whether a next page exists. */
export function pagePosition(total: ListTotal, page: number, pageSize: number, rowsOnPage: number): { page: number; pages: number | null; hasNext: boolean } {
  const pages = Math.max(1, Math.ceil(total.count / pageSize));
  if (total.more) return { page, pages: null, hasNext: page < pages || rowsOnPage === pageSize };
  return { page: Math.min(page, pages), pages, hasNext: page < pages };
}
