import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Without DATABASE_URL every test file gets a fresh embedded database of its own in a
// temporary folder (opened only if the file imports test/db.ts); with it, all files
// share that PostgreSQL database and unique names keep tests apart.
if (!process.env.DATABASE_URL) {
  process.env.NGHISU_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "nghisu-test-"));
}
process.env.AUTH_SECRET ??= "test-secret-not-for-production";
