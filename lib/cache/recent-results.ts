/*
 * A short-lived, in-process memo for read models that are expensive and change slowly — the
 * secretariat's overview counts a million tasks at provincial scale (seconds of database time)
 * and is opened again and again during a conference.
 *
 * What it guarantees:
 * - On the app server that made a change, the next read is fresh: lib/actions.ts calls
 *   noteDataChanged() after every committed change, which retires every entry.
 * - On other app servers behind the load balancer (each keeps its own memo; nothing is
 *   shared, so servers stay stateless), a result is at most `ttlMs` old, or up to twice that
 *   while its refresh runs: past its lifetime it is still the answer, once, while one
 *   recomputation runs in the background, so readers do not wait seconds every minute (the
 *   overview's p95 at a million tasks was 2,5 s). Pages built on it say when their figures
 *   were computed.
 * - Concurrent requests for the same key share one computation; a failure is not kept.
 */

import { setBounded } from "./bounded-memo";

interface Entry {
  computedAt: number;
  generation: number;
  value: Promise<unknown>;
  settled: boolean;
  refreshing: boolean;
}

function newEntry(computedAt: number, value: Promise<unknown>): Entry {
  const entry: Entry = { computedAt, generation: memo.generation, value, settled: false, refreshing: false };
  value.then(
    () => (entry.settled = true),
    () => {},
  );
  return entry;
}

function store(key: string, entry: Entry): void {
  setBounded(entries, key, entry, MAX_ENTRIES);
}

/** Recomputes an expired entry while readers keep its value; the new one replaces it unless a change came first. */
function refreshInBackground(key: string, stale: Entry, compute: () => Promise<unknown>, now: number): void {
  stale.refreshing = true;
  const fresh = newEntry(now, compute());
  fresh.value.then(
    () => {
      if (entries.get(key) === stale && fresh.generation === memo.generation) store(key, fresh);
    },
    () => (stale.refreshing = false),
  );
}

const MAX_ENTRIES = 500;

// One memo per process, kept on globalThis: Next.js loads this module separately in each
// route's bundle, and a change made by one route's action must retire what another route cached.
const MEMO = Symbol.for("nghisu.recentResults");
type GlobalWithMemo = typeof globalThis & { [MEMO]?: { entries: Map<string, Entry>; generation: number } };
const memo = ((globalThis as GlobalWithMemo)[MEMO] ??= { entries: new Map(), generation: 0 });
const entries = memo.entries;

/** Retires every memoised result on this server (called after each committed change). */
export function noteDataChanged(): void {
  memo.generation += 1;
  entries.clear();
}

export interface Recent<T> {
  value: T;
  /** When the value was computed (epoch ms). */
  computedAt: number;
}

/**
 * The value for `key` computed after this server's last change: at most `ttlMs` ago, or up to
 * twice that while a refresh started by this call or an earlier one runs; else a fresh one.
 */
export async function recentResult<T>(key: string, ttlMs: number, compute: () => Promise<T>, now = Date.now()): Promise<Recent<T>> {
  const hit = entries.get(key);
  if (hit && hit.generation === memo.generation) {
    const age = now - hit.computedAt;
    if (age < ttlMs) return { value: (await hit.value) as T, computedAt: hit.computedAt };
    if (hit.settled && age < 2 * ttlMs) {
      if (!hit.refreshing) refreshInBackground(key, hit, compute, now);
      return { value: (await hit.value) as T, computedAt: hit.computedAt };
    }
  }
  const entry = newEntry(now, compute());
  store(key, entry);
  try {
    return { value: (await entry.value) as T, computedAt: entry.computedAt };
  } catch (error) {
    if (entries.get(key) === entry) entries.delete(key);
    throw error;
  }
}

/**
 * What this server learnt under `key` since its last change, at most `ttlMs` ago, or
 * undefined. Never computes: for a fact worth keeping only when it came out one way (a list
 * total past its cap), which the caller then keeps with rememberRecently.
 */
export async function knownRecently<T>(key: string, ttlMs: number, now = Date.now()): Promise<T | undefined> {
  const hit = entries.get(key);
  if (!hit || hit.generation !== memo.generation || now - hit.computedAt >= ttlMs) return undefined;
  return (await hit.value) as T;
}

/** Keeps `value` under `key`, as of `now`; the next change on this server retires it like every entry. */
export function rememberRecently(key: string, value: unknown, now = Date.now()): void {
  store(key, newEntry(now, Promise.resolve(value)));
}
