// npm run db:migrate | npm run db:seed — apply migrations / load the demo data, then exit.
// On the embedded database this needs the data folder to itself: stop the app first.
import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/db/seed";

async function main() {
  const command = process.argv[2];
  if (command !== "migrate" && command !== "seed") {
    console.error("Usage: tsx scripts/db.ts migrate|seed");
    process.exit(2);
  }
  await runMigrations();
  console.log("Migrations applied.");
  if (command === "seed") {
    const report = await seedDemo(getDb());
    console.log(`Demo data: ${report.agencies} agencies, ${report.people} people, ${report.users} users added (existing rows kept).`);
  }
}

main()
  .then(() => closeDb())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => {});
    process.exit(1);
  });
