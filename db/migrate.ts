import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { databaseKind, getDb, withAdvisoryLock } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
/** Arbitrary constant naming the advisory lock that serialises start-up work across app servers. */
export const STARTUP_LOCK_KEY = 72_402_012;

/**
 * Applies the committed drizzle-kit migrations. On PostgreSQL several app servers may
 * start at once: the first takes the advisory lock and migrates, the others wait and
 * then find nothing left to do.
 */
export async function runMigrations(): Promise<void> {
  const db = getDb();
  await withAdvisoryLock(STARTUP_LOCK_KEY, async () => {
    if (databaseKind() === "pglite") await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
    else await migratePostgres(db as unknown as PostgresJsDatabase, { migrationsFolder });
  });
}
