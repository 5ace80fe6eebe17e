// npm run bench -- [--scale small|full] [--duration 10] [--rounds 3] [--connections 10] [--quick] [--build] [--no-embedded]
//                   [--pages home,conferences,directives@bcvt,overview@bcvt,search,…] (keys as in bench/results; key@role for the other roles)
//
// On the PostgreSQL database in DATABASE_URL (filled by `npm run data:generate` first, or here at
// --scale when it holds no generated data) and the production build (built here if missing):
// load runs of the main pages, as each role that uses them, in interleaved rounds with the
// server's CPU per request against the prerendered sign-in page (the ratio base, run before
// each page), SQL statements per page at few and many rows, EXPLAIN of those statements,
// first-load JS per route, and the embedded mode's cold start and memory. Writes
// bench/results/<time>.md/.json.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { firstLoadJs } from "./bench/bundles";
import { measureEmbedded } from "./bench/embedded";
import { measureLoad } from "./bench/load-runs";
import { parseBenchOptions } from "./bench/options";
import { planPages, type Role } from "./bench/pages";
import { type BenchResult, writeResults } from "./bench/report";
import { hasBuild } from "./bench/server";
import { countAndExplainStatements } from "./bench/statements";
import { log } from "./bench/log";

const PASSWORD = "nghisu-demo";
const ROLES: Role[] = ["vanphong", "bcvt", "lanhdao"];
const COUNTED_TABLES = ["agencies", "users", "conferences", "invitations", "agenda_items", "directives", "tasks", "task_coordinators", "task_events", "indicator_reports", "indicator_values"];


function run(command: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, command, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command.join(" ")} failed`);
}

/** Generates data when the database holds none, then counts the tables; the scale is what the data is. */
async function prepareData(sql: postgres.Sql, cwd: string, askedScale: string, notes: string[]) {
  const [generated] = await sql<{ present: boolean }[]>`select exists (select 1 from agencies where code like 'GEN-%') as present`.catch(() => [{ present: false }]);
  if (!generated.present) {
    log(`no generated data in the database: generating ${askedScale} scale`);
    run([path.join(cwd, "node_modules/tsx/dist/cli.mjs"), "scripts/generate-data.ts", "--scale", askedScale], process.env);
  }
  const tables: Record<string, number> = {};
  for (const table of COUNTED_TABLES) tables[table] = (await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from "${table}"`))[0].n;
  const scale: "small" | "full" = tables.tasks >= 500_000 ? "full" : "small";
  if (scale !== askedScale) notes.push(`Asked for ${askedScale} scale; the database holds ${scale}-scale data (${tables.tasks} tasks), which is what was measured.`);
  return { tables, scale };
}

async function main() {
  const options = parseBenchOptions(process.argv.slice(2));
  const cwd = process.cwd();
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is required: the benchmark runs on a real PostgreSQL server (see npm run data:generate).");
  const authSecret = process.env.AUTH_SECRET || randomBytes(32).toString("base64");
  const startedAt = new Date().toISOString();
  const loadAverage = os.loadavg();
  const notes: string[] = [];
  const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  try {
    const { tables, scale } = await prepareData(sql, cwd, options.scale, notes);
    if (options.build || !hasBuild(cwd)) {
      log("building the production bundle (next build)");
      run([path.join(cwd, "node_modules/next/dist/bin/next"), "build"], { ...process.env, NODE_ENV: "production" });
    }
    const buildDir = path.join(cwd, ".next");
    const plan = await planPages(sql, buildDir);
    if (options.pages) plan.pages = plan.pages.filter((p) => p.base || p.reference || options.pages?.includes(p.key));
    notes.push(...plan.notes);
    // The API's per-token rate limit is lifted: the benchmark measures the server, not the limit.
    // The reminder worker is off (NGHISU_WORKER=0, as with several app servers and `npm run worker`):
    // its minute's run over a million tasks landed in whichever page was measured, and its
    // statements in the page's count.
    const serverEnv = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, NGHISU_DEMO: "0", NGHISU_WORKER: "0", NGHISU_API_RATE_LIMIT: "1000000000" };
    const activeQueries = async () =>
      (await sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`)[0].n;

    // 1. Load runs and page views; 2. statements per page and their plans.
    const load = await measureLoad({ cwd, buildDir, serverEnv, plan, options, scale, password: PASSWORD, roles: ROLES, activeQueries });
    notes.push(...load.notes);
    const { counts, explains } = await countAndExplainStatements({ cwd, databaseUrl, serverEnv, plan, password: PASSWORD, roles: ROLES, sql });

    // 3. First-load JS from the build; 4. the embedded mode.
    const bundles = firstLoadJs(buildDir);
    let embedded = null;
    if (options.embedded) {
      // As `npm start` and `npm run build` leave it: the build's embedded database template
      // (db/pglite-template.ts), which a fresh data folder starts from.
      log("embedded mode: the build's database template (npm's postbuild step)");
      run([path.join(cwd, "node_modules/tsx/dist/cli.mjs"), "db/pglite-template-cli.ts"], { ...process.env, DATABASE_URL: undefined });
      log("embedded mode: cold start on a fresh PGlite folder and the demo tour");
      embedded = await measureEmbedded(cwd, PASSWORD);
    }
    await sql`delete from calendar_tokens where id = any(${plan.tokenIds})`;
    await sql`delete from api_tokens where id = any(${plan.apiTokenIds})`;
    notes.push(
      "The ratio base is the sign-in page as a first visit asks for it (/login, anonymous), which Next serves prerendered (its inline scripts allowed by hash, proxy.ts); /login/dynamic renders the same screen per request, and a raw build chunk served by the same server is the static file. Both are references only.",
      `Before each page's run of ${options.duration} s the base is loaded for ${options.baseDuration} s; a page's ratios in a round divide by the median of the five base runs nearest in time (the machine changes speed during a run; one base run alone is noisy). The base's own row sums all its runs.`,
      "SQL statements are counted by a TCP proxy between the app and PostgreSQL (Execute and Query messages), because the app's counter (db/client.ts, NGHISU_COUNT_QUERIES=1) stays inside the server process; no app code was changed.",
    );
    const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd, encoding: "utf8" }).stdout?.trim() || process.env.BENCH_COMMIT || null;
    const result: BenchResult = {
      startedAt,
      scale,
      commit,
      tables,
      machine: { cpus: os.cpus().length, loadAverage },
      settings: { connections: options.connections, duration: options.duration, baseDuration: options.baseDuration, rounds: options.rounds, quick: options.quick },
      baseHeaders: load.baseHeaders,
      pages: load.pages,
      pageViews: load.pageViews,
      counts,
      explains,
      bundles,
      htmlBundles: load.htmlBundles,
      embedded,
      notes,
    };
    const { markdown, files } = writeResults(path.join(cwd, "bench", "results"), result);
    console.log(`\n${markdown}`);
    log(`written ${files.join(" and ")}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
