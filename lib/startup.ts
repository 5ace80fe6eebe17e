import { databaseKind, getDb, openEmbeddedDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { buildTemplateLocation, renewTemplateSecrets, replaceSpare, restoreTemplate, type TemplateKind } from "@/db/pglite-template";
import { seedDemo } from "@/db/seed";
import { env } from "@/lib/env";

/**
 * Brings the database up to date before the first request: migrations always, the demo
 * dataset on the embedded database (or when NGHISU_DEMO=1). Called from instrumentation.ts,
 * which Next.js awaits before it serves anything, and from the db scripts.
 *
 * A fresh embedded data folder of the production server starts as a copy of the build's
 * template (db/pglite-template.ts) instead of initdb + migrations + seed; migrations still
 * run, so the result never depends on the template being right.
 */
export async function prepareDatabase(): Promise<void> {
  // Production only: the template belongs to the build; `next dev` runs newer seed code.
  const template = databaseKind() === "pglite" && env.isProduction ? buildTemplateLocation() : null;
  const restored: TemplateKind | null = template ? openEmbeddedDb((folder) => restoreTemplate(folder, template, { seed: env.seedDemo })) : null;
  await runMigrations();
  if (databaseKind() === "pglite") await renewTemplateSecrets(getDb(), env.pgliteDir);
  // The "seeded" template is today's demo seed made by this build: seeding again would only
  // spend a second finding that every row is there.
  if (env.seedDemo && restored !== "seeded") await seedDemo(getDb());
  // For the next fresh folder, once the first page is served: copying at once took CPU and disk
  // from it (first 200 on /login 3.5 → 7 s on the benchmark machine).
  if (template && restored) setTimeout(() => void replaceSpare(template), 5_000).unref();
}
