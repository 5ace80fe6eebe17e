import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle, type PgliteDatabase } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { invitations } from "@/db/schema";
import { newCheckInToken } from "@/lib/conferences/commands";
import { todayInVietnam } from "@/lib/tasks/status";
import { type Db, pgliteOptions } from "./client";
import { processIsAlive } from "./pglite-lock";
import * as schema from "./schema";
import { seedDemo } from "./seed";

/*
 * A fresh embedded data folder used to cost ~15 s and ~800 MiB before the first request:
 * PGlite's initdb (a second WebAssembly PostgreSQL), every migration, the demo seed. The build
 * therefore leaves two ready-made data folders beside itself, and start-up copies one into a
 * fresh folder instead:
 *   - "migrated": initdb + every migration; valid for as long as the migrations are unchanged.
 *   - "seeded": the same plus the demo seed. The seed places tasks and a briefing relative to
 *     today, so this one is used only on the day (in Vietnam) it was seeded; on another day
 *     start-up takes "migrated" and seeds as usual, so the demo is always today's.
 * Both carry a fingerprint (build id + migration files); a mismatch means the normal path.
 * A spare copy of "seeded" waits beside it, so the copy is a rename (see spareOf).
 * The check-in tokens baked into "seeded" are replaced on the first start (a marker file in
 * the copied folder says so), so no two installations share a QR check-in secret.
 */

export type TemplateKind = "migrated" | "seeded";

/** Bumped when the layout of the template changes, so an older one is never read. */
const FORMAT = 1;
const MANIFEST = "manifest.json";
/** In a folder made from "seeded": the per-installation secrets are still the template's. */
export const RENEW_MARKER = "nghisu-renew-secrets";

interface Manifest {
  format: number;
  fingerprint: string;
  /** The Vietnam calendar day the "seeded" folder was seeded on. */
  seededOn: string;
}

export interface TemplateLocation {
  /** The folder holding manifest.json, migrated/ and seeded/. */
  dir: string;
  /** The production build the template belongs to (.next/BUILD_ID). */
  buildId: string;
  migrationsFolder: string;
}

/** Where the production build in `cwd` keeps its template; null without a build. */
export function buildTemplateLocation(cwd = process.cwd()): TemplateLocation | null {
  // turbopackIgnore: read at run time from the build output; nothing here belongs to the bundle.
  const nextDir = path.join(/*turbopackIgnore: true*/ cwd, ".next");
  let buildId: string;
  try {
    buildId = fs.readFileSync(path.join(nextDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return null;
  }
  return { dir: path.join(nextDir, "nghisu-pglite-template"), buildId, migrationsFolder: path.join(cwd, "db", "migrations") };
}

/** Build id + every migration file: equal fingerprints mean "the same schema, the same seed code". */
export function templateFingerprint(location: TemplateLocation): string {
  const hash = createHash("sha256").update(`format ${FORMAT}\nbuild ${location.buildId}\n`);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else hash.update(`${path.relative(location.migrationsFolder, file)}\n`).update(fs.readFileSync(file));
    }
  };
  walk(location.migrationsFolder);
  return hash.digest("hex");
}

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), "utf8")) as Manifest;
  } catch {
    return null;
  }
}

function isFresh(folder: string): boolean {
  try {
    return fs.readdirSync(folder).length === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT";
  }
}

/** Siblings left by an interrupted copy; removed by the next one (under the folder lock). */
function removeLeftovers(target: string): void {
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  const prefix = `${path.basename(target)}.partial-`;
  for (const name of fs.readdirSync(parent)) if (name.startsWith(prefix)) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
}

/**
 * Fills the embedded data folder from the template when the folder is fresh (missing or empty)
 * and the template matches; returns the kind used, or null (the normal path: initdb, migrations,
 * seed). Must run under the data folder lock, before PGlite opens the folder.
 */
export function restoreTemplate(folder: string, location: TemplateLocation | null, options: { seed: boolean; now?: Date }): TemplateKind | null {
  if (!location || !isFresh(folder)) return null;
  const manifest = readManifest(location.dir);
  if (!manifest || manifest.format !== FORMAT || manifest.fingerprint !== templateFingerprint(location)) return null;
  const kind: TemplateKind = options.seed && manifest.seededOn === todayInVietnam(options.now) ? "seeded" : "migrated";
  removeLeftovers(folder);
  // Copied beside the folder and renamed into place: an interrupted copy never looks like a database.
  const partial = `${folder}.partial-${process.pid}`;
  try {
    try {
      // One rename claims the spare; a second server starting at once finds none and copies.
      fs.renameSync(spareOf(location.dir, kind), partial);
    } catch {
      fs.cpSync(path.join(location.dir, kind), partial, { recursive: true });
    }
    if (kind === "seeded") fs.writeFileSync(path.join(partial, RENEW_MARKER), "");
    fs.rmSync(folder, { recursive: true, force: true });
    fs.renameSync(partial, folder);
    return kind;
  } catch (error) {
    // A template being rebuilt at this moment, a full disk: the normal path still works.
    fs.rmSync(partial, { recursive: true, force: true });
    console.warn(`Nghị Sự: the database template was not used (${(error as Error).message}).`);
    return null;
  }
}

/**
 * A ready copy of "seeded" beside it, moved (not copied) into a fresh data folder: a data folder
 * is 1 200 files, and creating them took 1–4 s on the benchmark machine's disk.
 */
function spareOf(templateDir: string, kind: TemplateKind): string {
  return path.join(templateDir, `${kind}-spare`);
}

/**
 * Makes the spare again after a start-up used it. Asynchronous throughout (libuv's threads do
 * the file work) so that it does not hold up the requests being served meanwhile.
 */
export async function replaceSpare(location: TemplateLocation): Promise<void> {
  const spare = spareOf(location.dir, "seeded");
  const prefix = `${path.basename(spare)}.partial-`;
  const partial = path.join(location.dir, `${prefix}${process.pid}`);
  try {
    const names = await fs.promises.readdir(location.dir);
    if (names.includes(path.basename(spare))) return;
    // A server stopped while copying leaves its partial copy (42 MB): remove those of gone processes.
    for (const name of names) {
      const pid = Number(name.slice(prefix.length));
      if (name.startsWith(prefix) && Number.isInteger(pid) && !processIsAlive(pid)) await fs.promises.rm(path.join(location.dir, name), { recursive: true, force: true });
    }
    await fs.promises.cp(path.join(location.dir, "seeded"), partial, { recursive: true });
    await fs.promises.rename(partial, spare);
  } catch {
    // Another server made it first, or the build replaced the template meanwhile: nothing is lost.
    await fs.promises.rm(partial, { recursive: true, force: true });
  }
}

/**
 * Gives a folder made from the "seeded" template its own secrets: new check-in tokens for the
 * demo invitations. Idempotent and crash-safe: the marker goes only after the commit.
 */
export async function renewTemplateSecrets(db: Db, folder: string): Promise<boolean> {
  const marker = path.join(folder, RENEW_MARKER);
  if (!fs.existsSync(marker)) return false;
  await db.transaction(async (tx) => {
    const rows = await tx.select({ id: invitations.id }).from(invitations);
    if (rows.length === 0) return;
    // One statement for every row: start-up pays per query.
    const fresh = JSON.stringify(rows.map((row) => ({ id: row.id, token: newCheckInToken() })));
    await tx.execute(sql`
      update invitations set check_in_token = fresh.token
      from jsonb_to_recordset(${fresh}::jsonb) as fresh(id integer, token text)
      where invitations.id = fresh.id`);
  });
  fs.rmSync(marker);
  return true;
}

async function withPglite(folder: string, fn: (db: PgliteDatabase<typeof schema>) => Promise<unknown>): Promise<void> {
  const client = new PGlite(folder, pgliteOptions());
  try {
    await fn(drizzle({ client, schema, casing: "snake_case" }));
  } finally {
    await client.close();
  }
}

/**
 * Makes the template for `location`: a new database migrated (copied as "migrated"), then
 * seeded (copied as "seeded"), published by renaming so a starting server never reads half of it.
 */
export async function buildTemplate(location: TemplateLocation): Promise<Manifest> {
  fs.mkdirSync(path.dirname(location.dir), { recursive: true });
  const work = `${location.dir}.partial-${process.pid}`;
  try {
    const database = path.join(work, "database");
    fs.mkdirSync(work, { recursive: true });
    await withPglite(database, (db) => migrate(db, { migrationsFolder: location.migrationsFolder }));
    fs.cpSync(database, path.join(work, "migrated"), { recursive: true });
    const day = todayInVietnam();
    await withPglite(database, (db) => seedDemo(db as unknown as Db));
    // Seeded across midnight: dates relative to today may mix two days, so never "today's".
    const seededOn = todayInVietnam() === day ? day : "";
    fs.renameSync(database, path.join(work, "seeded"));
    fs.cpSync(path.join(work, "seeded"), spareOf(work, "seeded"), { recursive: true });
    const manifest: Manifest = { format: FORMAT, fingerprint: templateFingerprint(location), seededOn };
    fs.writeFileSync(path.join(work, MANIFEST), JSON.stringify(manifest));
    const old = `${location.dir}.partial-old-${process.pid}`;
    if (fs.existsSync(location.dir)) fs.renameSync(location.dir, old);
    fs.renameSync(work, location.dir);
    fs.rmSync(old, { recursive: true, force: true });
    return manifest;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
