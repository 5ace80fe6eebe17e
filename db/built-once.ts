import type { Db } from "./client";

/*
 * Statements built once per database handle. drizzle builds a statement's SQL anew on every
 * run (70 µs for the session's); a statement that every request runs is better written as a
 * prepared query with placeholders and built here, once per handle and name.
 */
const builtByHandle = new WeakMap<Db, Map<string, unknown>>();

/** What `build` made for this handle under `name`, built on the first call. */
export function builtOnce<T>(db: Db, name: string, build: (db: Db) => T): T {
  let built = builtByHandle.get(db);
  if (!built) builtByHandle.set(db, (built = new Map()));
  if (!built.has(name)) built.set(name, build(db));
  return built.get(name) as T;
}
