// npm run db:migrate | db:seed | db:backup -- [file] | db:restore -- <file>
// On the embedded database these need the data folder to itself: stop the app first.
import path from "node:path";
import { backupEmbeddedDatabase, restoreEmbeddedDatabase } from "@/db/backup";
import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { env } from "@/lib/env";

const USAGE = "Usage: tsx scripts/db.ts migrate | seed | backup [file.tar.gz] | restore <file.tar.gz>";

function refuseOnPostgres(command: string) {
  if (!env.databaseUrl) return;
  console.error(
    `db:${command} là cho cơ sở dữ liệu nhúng. Với PostgreSQL hãy dùng pg_dump / pg_restore (xem README). ` +
      `/ db:${command} is for the embedded database; back PostgreSQL up with pg_dump -Fc and restore with pg_restore (see the README).`,
  );
  process.exit(2);
}

async function main() {
  const [command, argument] = process.argv.slice(2);
  if (command === "backup") {
    refuseOnPostgres(command);
    const file = path.resolve(argument ?? `nghisu-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
    const bytes = await backupEmbeddedDatabase(env.pgliteDir, file);
    console.log(`Đã sao lưu / Backed up ${env.pgliteDir} → ${file} (${bytes} bytes).`);
    return;
  }
  if (command === "restore") {
    refuseOnPostgres(command);
    if (!argument) {
      console.error(USAGE);
      process.exit(2);
    }
    const previous = await restoreEmbeddedDatabase(env.pgliteDir, path.resolve(argument));
    console.log(`Đã khôi phục / Restored ${argument} → ${env.pgliteDir}.${previous ? ` Dữ liệu cũ giữ tại / The replaced data is kept in ${previous}.` : ""}`);
    return;
  }
  if (command !== "migrate" && command !== "seed") {
    console.error(USAGE);
    process.exit(2);
  }
  await runMigrations();
  console.log("Migrations applied.");
  if (command === "seed") {
    const report = await seedDemo(getDb());
    console.log(`Demo data: ${report.agencies} agencies, ${report.people} people, ${report.users} users added (existing rows kept).`);
  }
}

// A command whose work never settled (an await that nothing resolves) must not look like success.
let finished = false;
process.on("beforeExit", () => {
  if (finished) return;
  console.error("db: stopped before the command finished.");
  process.exit(1);
});

main()
  .then(() => closeDb())
  .then(() => {
    finished = true;
  })
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => {});
    process.exit(1);
  });
