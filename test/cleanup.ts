import fs from "node:fs";
import os from "node:os";
import postgres from "postgres";
import { closeDb } from "@/db/client";

/** Closes the handle and removes the file's own database (see test/setup.ts). */
export async function dropTestDatabase(): Promise<void> {
  await closeDb();
  const name = process.env.NGHISU_TEST_DATABASE;
  const serverUrl = process.env.NGHISU_TEST_SERVER_URL;
  if (name && serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    return;
  }
  const dir = process.env.NGHISU_DATA_DIR;
  if (dir?.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
}
