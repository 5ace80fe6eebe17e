import { databaseKind, getDb, openEmbeddedDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { buildTemplateLocation, renewTemplateSecrets, replaceSpare, restoreTemplate, type TemplateKind } from "@/db/pglite-template";
import { seedDemo } from "@/db/seed";
import { env, environmentProblems } from "@/lib/env";
import { logger } from "@/lib/logger";
import { appendPeerAddressToForwardedFor } from "@/lib/request/peer-address";

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

/**
 * What the server does before its first request (instrumentation.ts): check the environment,
 * record each request's socket address for the client-address rule, prepare the database.
 * Anything wrong here stops the process with a non-zero code and one clear message (a bad
 * variable, the embedded data folder held by another server, an unreachable database):
 * Next would otherwise keep listening and answer every request with 500.
 */
export async function startServer(exit: (code: number) => never = process.exit): Promise<void> {
  const problems = environmentProblems();
  if (problems.length > 0) {
    stopWith(["Cấu hình không hợp lệ / Invalid configuration:", ...problems.map((line) => `  ${line}`)].join("\n"), { problems }, exit);
  }
  appendPeerAddressToForwardedFor();
  try {
    await prepareDatabase();
  } catch (error) {
    stopWith(error instanceof Error ? error.message : String(error), { err: error }, exit);
  }
  logger.info({ database: databaseKind() }, "ready");
}

function stopWith(message: string, fields: Record<string, unknown>, exit: (code: number) => never): never {
  // For the person at the terminal as plain text, and for the log collector as JSON.
  process.stderr.write(`Nghị Sự: ${message}\n`);
  logger.fatal(fields, message);
  return exit(1);
}
