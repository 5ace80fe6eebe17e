import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteOptions } from "./client";
import { acquireDataFolderLock } from "./pglite-lock";

/*
 * Backup and restore of the embedded database (npm run db:backup / db:restore). PGlite
 * writes its whole data folder as one gzipped tarball (dumpDataDir) and starts a new folder
 * from one (loadDataDir). Both hold the data folder's lock, so they refuse to run while the
 * app has the database open: stop it first (a copy taken under a running server would be torn).
 * PostgreSQL is backed up with its own tools (pg_dump, see the README).
 */

const GZIP_MAGIC = [0x1f, 0x8b];

function openAt(folder: string, options: { loadDataDir?: Blob } = {}) {
  // The same options as the app (extensions included): a restored folder must open as it does.
  return new PGlite(folder, { ...pgliteOptions(), ...options });
}

/** Writes the embedded database in `folder` to `file` (a .tar.gz); returns its size in bytes. */
export async function backupEmbeddedDatabase(folder: string, file: string): Promise<number> {
  if (!fs.existsSync(folder)) throw new Error(`Không có cơ sở dữ liệu trong ${folder}. / No embedded database in ${folder}.`);
  const release = acquireDataFolderLock(folder);
  try {
    const db = openAt(folder);
    let dump: Blob;
    try {
      // dumpDataDir does not wait for the database to start (it never returned when called first).
      await db.waitReady;
      dump = await db.dumpDataDir("gzip");
    } finally {
      await db.close();
    }
    const bytes = Buffer.from(await dump.arrayBuffer());
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // Written beside and renamed: an interrupted backup never looks like a complete one.
    const partial = `${file}.partial`;
    fs.writeFileSync(partial, bytes, { mode: 0o600 });
    fs.renameSync(partial, file);
    return bytes.length;
  } finally {
    release();
  }
}

/**
 * Replaces the embedded database in `folder` with the backup in `file`. The backup is first
 * opened in a folder of its own and checked to answer a query; only then is the current
 * folder moved aside (kept as `<folder>.before-restore-<time>`, returned) and replaced.
 */
export async function restoreEmbeddedDatabase(folder: string, file: string, now = new Date()): Promise<string | null> {
  const bytes = fs.readFileSync(file);
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    throw new Error(`${file} không phải bản sao lưu của npm run db:backup (.tar.gz). / ${file} is not a backup made by npm run db:backup.`);
  }
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  const release = acquireDataFolderLock(folder);
  try {
    const staging = `${folder}.restoring`;
    fs.rmSync(staging, { recursive: true, force: true });
    const restored = openAt(staging, { loadDataDir: new Blob([bytes]) });
    try {
      await restored.query("select count(*) from pg_class");
    } catch (error) {
      await restored.close().catch(() => {});
      fs.rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    await restored.close();
    let previous: string | null = null;
    if (fs.existsSync(folder)) {
      previous = `${folder}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(folder, previous);
    }
    fs.renameSync(staging, folder);
    return previous;
  } finally {
    release();
  }
}
