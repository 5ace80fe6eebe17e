import { beforeAll } from "vitest";
import { getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";

/**
 * Importing this gives a test file the real database handle on its own database
 * (test/setup.ts creates it and removes it after the file), migrated before the first test.
 */
beforeAll(async () => {
  await runMigrations();
});

export const db = () => getDb();
