import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { type Db, pgliteOptions } from "@/db/client";
import { acquireDataFolderLock } from "@/db/pglite-lock";
import * as schema from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { demoUsers } from "@/db/seed/directory-data";
import { env } from "@/lib/env";
import { type GenContext, GENERATED_AGENCY_PREFIX, GENERATED_USER_PREFIX } from "./context";
import { pgliteTarget, postgresTarget, type Target } from "./target";

/*
 * Opening the database, the safety checks, migrations and the demo seed (the benchmark signs
 * in as the demo accounts), and what the steps need to know about what is already there.
 */

export interface Connection {
  target: Target;
  /** The same database as a drizzle handle, for the migrations and the app's own demo seed. */
  db: Db;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  describe: string;
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export function connect(embedded: boolean): Connection {
  const url = env.databaseUrl;
  if (url) {
    const client = postgres(url, { max: 2, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" });
    return {
      target: postgresTarget(client),
      db: db as unknown as Db,
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
      describe: `PostgreSQL ${new URL(url).host}${new URL(url).pathname}`,
    };
  }
  if (!embedded) throw new Error("DATABASE_URL is not set. Point it at a PostgreSQL database for the benchmark, or pass --embedded to fill the embedded PGlite folder (NGHISU_DATA_DIR).");
  fs.mkdirSync(env.dataDir, { recursive: true });
  const release = acquireDataFolderLock(env.pgliteDir);
  const client = new PGlite(env.pgliteDir, pgliteOptions());
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  return {
    target: pgliteTarget(client),
    db: db as unknown as Db,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
    describe: `embedded PGlite in ${env.pgliteDir}`,
  };
}

const demoUsernames = demoUsers.map((u) => u.username);

/** Refuses a database with accounts that are neither demo nor generated (a real one), and generated data unless --reset. */
export async function checkDatabase(target: Target, reset: boolean): Promise<void> {
  const [foreign] = await target.query<{ n: string }>(
    `select count(*)::text as n from users where username not like '${GENERATED_USER_PREFIX}%' and not (username = any($1::text[]))`,
    [demoUsernames],
  );
  if (Number(foreign.n) > 0) {
    throw new Error(`This database has ${foreign.n} accounts that are neither demo nor generated: it looks like a real database. The generator only fills a database of its own.`);
  }
  const [generated] = await target.query<{ present: boolean }>(`select exists (select 1 from agencies where code like '${GENERATED_AGENCY_PREFIX}%') as present`);
  if (generated.present && !reset) throw new Error("This database already holds generated data. Pass --reset to empty it and generate again.");
}

/** Empties every table of the app (not the migration journal, which lives in the drizzle schema). */
export async function resetDatabase(target: Target): Promise<void> {
  const tables = await target.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public'`);
  if (tables.length) await target.query(`truncate ${tables.map((t) => `"${t.name}"`).join(", ")} restart identity cascade`);
}

export async function ensureDemoSeed(connection: Connection): Promise<boolean> {
  const [row] = await connection.target.query<{ present: boolean }>(`select exists (select 1 from users where username = 'bcvt') as present`);
  if (row.present) return false;
  await seedDemo(connection.db);
  return true;
}

/** Tables whose ids the generator assigns itself (so child rows can refer to them in the same load). */
export const ASSIGNED_ID_TABLES = ["agencies", "people", "users", "conferences", "invitations", "agenda_items", "directives", "tasks", "indicators", "indicator_reports"];

export async function loadExisting(ctx: GenContext): Promise<void> {
  for (const table of ASSIGNED_ID_TABLES) {
    const [row] = await ctx.target.query<{ max: number | null }>(`select max(id)::int as max from "${table}"`);
    ctx.nextId.set(table, (row.max ?? 0) + 1);
  }
  const agencies = await ctx.target.query<{ id: number; code: string | null; name: string; kind: string }>(`select id, code, name, kind::text as kind from agencies order by id`);
  for (const a of agencies) {
    if (a.code) ctx.demoAgencies.set(a.code, a.id);
    ctx.agencies.push({ id: a.id, code: a.code ?? "", name: a.name, kind: a.kind });
  }
  const users = await ctx.target.query<{ id: number; username: string; role: keyof GenContext["usersByRole"]; agency_id: number | null }>(`select id, username, role::text as role, agency_id from users order by id`);
  for (const u of users) {
    ctx.demoUsers.set(u.username, u.id);
    ctx.usersByRole[u.role].push(u.id);
    if (u.role === "unit_officer" && u.agency_id) ctx.unitOfficerAgencies.push([u.agency_id, u.id]);
  }
  if (!ctx.demoAgencies.has("BCVT") || !ctx.demoUsers.has("bcvt")) throw new Error("The demo data (agency BCVT, user bcvt) is missing after seeding.");
  // The demo's leaders head their agencies (lanhdao directs the demo department): they chair the
  // conferences it hosts and issue the directives there, so a leader's "my directives" has rows.
  const leaders = await ctx.target.query<{ id: number; name: string; position: string | null; agency_id: number }>(
    `select p.id, p.full_name as name, p.position, p.agency_id from users u join people p on p.id = u.person_id
     where u.role = 'leader' and u.username = any($1::text[]) and p.agency_id is not null order by u.id`,
    [demoUsernames],
  );
  for (const p of leaders) ctx.headByAgency.set(p.agency_id, { id: p.id, name: p.name, position: p.position ?? "", agencyId: p.agency_id });
}

/** Moves each identity sequence past the ids assigned here, so the app's own inserts do not collide. */
export async function fixSequences(target: Target): Promise<void> {
  for (const table of ASSIGNED_ID_TABLES) {
    await target.query(`select setval(pg_get_serial_sequence('"${table}"', 'id'), greatest((select max(id) from "${table}"), 1))`);
  }
}

/**
 * Whether the load may skip the foreign-key triggers (session_replication_role = replica, which
 * needs a superuser). Checking every reference of four million history rows one by one makes the
 * load about 2.5 times slower (measured: 300 000 task events, 20.8 s with the checks, 8.4 s without);
 * the rows are consistent by construction (every id comes from the same run). Indexes are kept.
 */
export async function canSkipForeignKeyChecks(target: Target): Promise<boolean> {
  const [row] = await target.query<{ superuser: boolean }>(`select rolsuper as superuser from pg_roles where rolname = current_user`);
  return Boolean(row?.superuser);
}
