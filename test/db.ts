import fs from "node:fs";
import os from "node:os";
import { afterAll, beforeAll } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";

/**
 * Importing this gives a test file the real database handle, migrated before the first
 * test and closed (its temporary PGlite folder removed) after the last.
 */
beforeAll(async () => {
  await runMigrations();
});

afterAll(async () => {
  await closeDb();
  const dir = process.env.NGHISU_DATA_DIR;
  if (!process.env.DATABASE_URL && dir?.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
});

export const db = () => getDb();
