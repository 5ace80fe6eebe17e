import { recentResult } from "./recent-results";

/** How long another app server may offer filter options read before a change (this server reads again at once). */
export const FILTER_OPTIONS_MAX_AGE_MS = 60_000;

/**
 * Filter options that are the same for every viewer and change rarely (every agency, the
 * reviewed periods, the reporting periods and reporting units), read through the per-process
 * memo (lib/cache/recent-results.ts) under `name`: the conference list parsed all 345
 * agencies of the province on every request, 14 % of its CPU at full scale. A change on
 * this server retires them at once; elsewhere an option is at most a minute old, and it only
 * offers a choice: the list itself is always read from the database. Never for options that
 * depend on the viewer (a unit's own conferences).
 */
export async function sharedFilterOptions<T>(name: string, read: () => Promise<T>): Promise<T> {
  return (await recentResult(`filter-options:${name}`, FILTER_OPTIONS_MAX_AGE_MS, read)).value;
}
