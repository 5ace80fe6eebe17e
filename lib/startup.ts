import { getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { env } from "@/lib/env";

/**
 * Brings the database up to date before the first request: migrations always, the demo
 * dataset on the embedded database (or when NGHISU_DEMO=1). Called from instrumentation.ts,
 * which Next.js awaits before it serves anything, and from the db scripts.
 */
export async function prepareDatabase(): Promise<void> {
  await runMigrations();
  if (env.seedDemo) await seedDemo(getDb());
}
