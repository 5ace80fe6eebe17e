import { count } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { knownRecently, rememberRecently } from "@/lib/cache/recent-results";

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

/**
 * How long a total past the cap is taken as still past it. Reaching the cap reads 10 001 index
 * entries (3–14 ms of the database at a million tasks, on every view and every page of the
 * list), and "more than 10 000" stays true for far longer than a minute. Totals under the cap
 * are cheap to count and always counted afresh; the next change on this server forgets all.
 */
const PAST_CAP_TTL_MS = 60_000;

/** Counts the rows of `matching` (a select of the list's FROM and WHERE, any one column), stopping after the cap. */
export async function countUpTo(db: Db, matching: PgSelect, cap = LIST_TOTAL_CAP): Promise<ListTotal> {
  // Built once (prepare): its SQL is both the memo's key and what runs. The name only marks
  // it prepared for drizzle; db/prepared-statements.ts prepares every statement anyway.
  const statement = db.select({ n: count() }).from(matching.limit(cap + 1).as("matching")).prepare("list_total");
  // The statement with its parameters names the list, its filters and the viewer's scope.
  const { sql, params } = statement.getQuery();
  const key = `list-total-past-cap\u0000${sql}\u0000${JSON.stringify(params)}`;
  if (await knownRecently<boolean>(key, PAST_CAP_TTL_MS)) return { count: cap, more: true };
  const [row] = await statement.execute();
  const n = row?.n ?? 0;
  if (n <= cap) return { count: n, more: false };
  rememberRecently(key, true);
  return { count: cap, more: true };
}

/** Where a page stands in the list: the last page's number when known, and whether a next page exists. */
export function pagePosition(total: ListTotal, page: number, pageSize: number, rowsOnPage: number): { page: number; pages: number | null; hasNext: boolean } {
  const pages = Math.max(1, Math.ceil(total.count / pageSize));
  if (total.more) return { page, pages: null, hasNext: page < pages || rowsOnPage === pageSize };
  return { page: Math.min(page, pages), pages, hasNext: page < pages };
}
