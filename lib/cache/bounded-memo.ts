/**
 * Sets `key` in a per-process memo that holds at most `max` entries, forgetting the
 * longest-held first (a Map iterates in insertion order). For memos whose keys come from
 * requests (cookies, dates), so that no stream of new keys can grow them without end.
 */
export function setBounded<K, V>(memo: Map<K, V>, key: K, value: V, max: number): void {
  memo.delete(key);
  memo.set(key, value);
  if (memo.size > max) memo.delete(memo.keys().next().value as K);
}
