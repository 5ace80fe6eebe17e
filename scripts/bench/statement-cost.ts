// DATABASE_URL=postgres://… AUTH_SECRET=… npx tsx scripts/bench/statement-cost.ts
//
// What one small statement costs the app process, apart from PostgreSQL's own work: building
// the SQL with drizzle, the round trip through postgres.js (its syscalls included) and reading
// the row. A one-row count(*), as the app runs it (prepared, snake_case), one at a time and ten
// at once (as under load). Prints µs of the process's CPU per statement.
import { count, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { attendance } from "@/db/schema";
import { log } from "./log";

// The app's own handle (db/client.ts): its pool, prepared statements and row mapping.
const db = getDb();
const statement = (id: number) => db.select({ n: count() }).from(attendance).where(eq(attendance.conferenceId, id));

const STATEMENTS = 6000;

async function main() {
  for (let i = 0; i < 2000; i++) await statement(i % 50); // warm up: JIT, connections, prepared plans
  for (const atOnce of [1, 10]) {
    const before = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < STATEMENTS; i += atOnce) await Promise.all(Array.from({ length: atOnce }, (_, k) => statement((i + k) % 50)));
    const { user, system } = process.cpuUsage(before);
    const perStatement = (micros: number) => (micros / STATEMENTS).toFixed(0);
    log(
      `${String(atOnce).padStart(2)} at once: ${perStatement(user + system)} µs CPU a statement ` +
        `(user ${perStatement(user)}, system ${perStatement(system)}); ${perStatement((performance.now() - started) * 1000)} µs wall`,
    );
  }
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
