// npm run worker — the reminder and e-mail worker as a process of its own, for PostgreSQL
// deployments with several app servers (start them with NGHISU_WORKER=0). Any number of
// workers may run: reminders are claimed once by key and mail rows by lease. On the embedded
// database the app runs the worker itself (the data folder belongs to one process).
import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { startWorker } from "@/lib/notifications/worker";

async function main() {
  if (!env.databaseUrl) {
    console.error("npm run worker needs DATABASE_URL (PostgreSQL). On the embedded database the app runs the worker itself.");
    process.exit(2);
  }
  await runMigrations();
  const worker = startWorker({ db: getDb(), onError: (error) => logger.error({ err: error }, "notification worker") });
  const stop = async () => {
    await worker.stop();
    await closeDb();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb().catch(() => {});
  process.exit(1);
});
