import fs from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { acquireDataFolderLock } from "./pglite-lock";
import { withPreparedStatements } from "./prepared-statements";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The database handle or a transaction on it: queries accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

interface Handle {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs fn while this process holds a PostgreSQL session advisory lock (a no-op lock on PGlite, which has one process). */
  withAdvisoryLock: <T>(key: number, fn: () => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
}

/** Counts SQL statements when enabled; used by tests and the benchmark to catch N+1 queries. */
export const queryCounter = { enabled: process.env.NGHISU_COUNT_QUERIES === "1", count: 0 };
const logger = {
  logQuery() {
    if (queryCounter.enabled) queryCounter.count++;
  },
};

// One handle per process, kept on globalThis: Next.js may load this module in several
// bundles (instrumentation, pages, route handlers) and PGlite must be opened only once.
const HANDLE = Symbol.for("nghisu.db");
type GlobalWithHandle = typeof globalThis & { [HANDLE]?: Handle };
const holder = globalThis as GlobalWithHandle;

/**
 * PGlite's start parameters: its defaults plus a smaller buffer pool. PostgreSQL touches all
 * of shared_buffers when it starts, so the default 128 MB was resident from the first second
 * (≈ 115 MiB more than 16 MB); the embedded database is small and the OS file cache still
 * serves what the pool does not hold.
 */
const PGLITE_START_PARAMS: readonly string[] = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/**
 * How every process opens an embedded database: the start parameters above and the contrib
 * extensions the migrations create (search: unaccent folds diacritics, pg_trgm and fuzzystrmatch find typos).
 * PGlite loads an extension's code only when it is passed here, so a database created with them
 * must always be opened with them too.
 */
export function pgliteOptions(): PGliteOptions {
  return { startParams: [...PGLITE_START_PARAMS], extensions: { unaccent, pg_trgm, fuzzystrmatch } };
}

/**
 * @param prepareFolder runs on the embedded data folder once this process holds its lock and
 *   before PGlite opens it (start-up fills a fresh folder from the build's template there).
 */
function open(prepareFolder?: (folder: string) => void): Handle {
  const url = env.databaseUrl;
  if (url) {
    // jit off: the list and count queries here finish in milliseconds, yet at provincial scale the
    // planner's cost estimate crosses jit_above_cost and PostgreSQL spent 15–25 ms compiling them.
    // force_custom_plan: a prepared statement (db/prepared-statements.ts) is still planned for
    // its own values every time, as an unnamed one was. After five runs PostgreSQL would
    // otherwise try one generic plan for every user, and a unit's few hundred tasks want
    // another plan than the secretariat's million.
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_MAX ?? 10),
      onnotice: () => {},
      connection: { jit: "off", ...(env.preparedStatements ? { plan_cache_mode: "force_custom_plan" } : {}) },
    });
    const queryClient = withPreparedStatements(client, env.preparedStatements);
    const db = drizzlePostgres({ client: queryClient, schema, casing: "snake_case", logger }) as unknown as Db;
    const withAdvisoryLock = async <T>(key: number, fn: () => Promise<T>): Promise<T> => {
      // A session lock needs one connection for its whole life: reserve it from the pool.
      const connection = await client.reserve();
      try {
        await connection`select pg_advisory_lock(${key})`;
        try {
          return await fn();
        } finally {
          await connection`select pg_advisory_unlock(${key})`;
        }
      } finally {
        connection.release();
      }
    };
    return { db, kind: "postgres", withAdvisoryLock, close: () => client.end({ timeout: 5 }) };
  }
  const folder = env.pgliteDir;
  fs.mkdirSync(env.dataDir, { recursive: true });
  const release = acquireDataFolderLock(folder);
  try {
    prepareFolder?.(folder);
    const client = new PGlite(folder, pgliteOptions());
    const db = drizzlePglite({ client, schema, casing: "snake_case", logger }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      withAdvisoryLock: (_key, fn) => fn(),
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function handle(): Handle {
  holder[HANDLE] ??= open();
  return holder[HANDLE];
}

/** The one database handle: postgres.js when DATABASE_URL is set, PGlite in the data folder otherwise. Opened on first use. */
export function getDb(): Db {
  return handle().db;
}

/**
 * Opens the embedded database for start-up, running `prepareFolder` on its data folder under
 * the folder lock before PGlite opens it, and returns what it returned. Does nothing (returns
 * null) on PostgreSQL or when this process has the database open already.
 */
export function openEmbeddedDb<T>(prepareFolder: (folder: string) => T): T | null {
  if (env.databaseUrl || holder[HANDLE]) return null;
  let result: T | null = null;
  holder[HANDLE] = open((folder) => {
    result = prepareFolder(folder);
  });
  return result;
}

export function withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T> {
  return handle().withAdvisoryLock(key, fn);
}

export function databaseKind(): Handle["kind"] {
  return env.databaseUrl ? "postgres" : "pglite";
}

/** Closes the handle (scripts and tests); the next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const current = holder[HANDLE];
  if (!current) return;
  delete holder[HANDLE];
  await current.close();
}
