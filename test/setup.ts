import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll } from "vitest";

// Every test file gets a database of its own, so files never see each other's rows and
// can run in parallel: without DATABASE_URL a fresh embedded PGlite in a temporary folder
// (opened only if the file imports test/db.ts); with it, a fresh database created on that
// PostgreSQL server and dropped after the file (test/db.ts).
if (process.env.DATABASE_URL) {
  const serverUrl = process.env.NGHISU_TEST_SERVER_URL ?? process.env.DATABASE_URL;
  process.env.NGHISU_TEST_SERVER_URL = serverUrl;
  const name = `nghisu_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.NGHISU_TEST_DATABASE = name;
} else {
  process.env.NGHISU_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "nghisu-test-"));
}
process.env.AUTH_SECRET ??= "test-secret-not-for-production";

// After each file: close its handle and remove its database or folder, whatever the file did.
afterAll(async () => {
  const { dropTestDatabase } = await import("./cleanup");
  await dropTestDatabase();
});
