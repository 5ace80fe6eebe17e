// npm run bench -- [--scale small|full] [--duration 10] [--rounds 3] [--connections 10] [--quick] [--build] [--no-embedded]
//                   [--pages home,conferences,directives@bcvt,overview@bcvt,search,…] (keys as in bench/results; key@role for the other roles)
//
// On the PostgreSQL database in DATABASE_URL (filled by `npm run data:generate` first, or here at
// --scale when it holds no generated data) and the production build (built here if missing):
// load runs of the main pages, as each role that uses them, in interleaved rounds with the
// server's CPU per request against the prerendered sign-in page (the ratio base), SQL
// statements per page at few and many rows, EXPLAIN of those statements, first-load JS per
// route, and the embedded mode's cold start and memory. Writes bench/results/<time>.md/.json.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { chunksInHtml, firstLoadJs } from "./bench/bundles";
import { measureEmbedded } from "./bench/embedded";
import { distinctStatements, explain, tableRowCounts } from "./bench/explain";
import { median, runLoad, type RunResult, waitForQuiet } from "./bench/load";
import { measurePageViews } from "./bench/page-views";
import { closestByRows, type PageSpec, planPages, type Role } from "./bench/pages";
import { type BenchResult, type CountResult, type ExplainResult, latestSmallResult, type PageResult, writeResults } from "./bench/report";
import { cpuSeconds } from "./bench/proc";
import { hasBuild, startServer } from "./bench/server";
import { signIn } from "./bench/session";
import { type CapturedQuery, startWireCounter } from "./bench/wire";

const PASSWORD = "nghisu-demo";
/** Load runs of the ratio base in each round (the first page, then spread among the others). */
const BASE_SAMPLES = 4;
const ROLES: Role[] = ["vanphong", "bcvt", "lanhdao"];
const COUNTED_TABLES = ["agencies", "users", "conferences", "invitations", "agenda_items", "directives", "tasks", "task_coordinators", "task_events", "indicator_reports", "indicator_values"];

function parseArgs(argv: string[]) {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const quick = argv.includes("--quick");
  const scale = quick ? "small" : value("--scale", "small");
  if (scale !== "small" && scale !== "full") throw new Error("--scale must be small or full");
  return {
    quick,
    scale,
    duration: quick ? 2 : Number(value("--duration", "10")),
    rounds: quick ? 1 : Math.max(1, Number(value("--rounds", "3"))),
    connections: Number(value("--connections", "10")),
    build: argv.includes("--build"),
    embedded: !argv.includes("--no-embedded"),
    /** Only these page keys (the ratio base and the references are always measured). */
    pages: argv.includes("--pages") ? value("--pages", "").split(",").filter(Boolean) : null,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[bench] ${message}`);

function run(command: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, command, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command.join(" ")} failed`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const cwd = process.cwd();
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is required: the benchmark runs on a real PostgreSQL server (see npm run data:generate).");
  const authSecret = process.env.AUTH_SECRET || randomBytes(32).toString("base64");
  const startedAt = new Date().toISOString();
  const loadAverage = os.loadavg();
  const notes: string[] = [];
  const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  try {
    const [generated] = await sql<{ present: boolean }[]>`select exists (select 1 from agencies where code like 'GEN-%') as present`.catch(() => [{ present: false }]);
    if (!generated.present) {
      log(`no generated data in the database: generating ${options.scale} scale`);
      run([path.join(cwd, "node_modules/tsx/dist/cli.mjs"), "scripts/generate-data.ts", "--scale", options.scale], process.env);
    }
    const tables: Record<string, number> = {};
    for (const table of COUNTED_TABLES) tables[table] = (await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from "${table}"`))[0].n;
    const scale = tables.tasks >= 500_000 ? "full" : "small";
    if (scale !== options.scale) notes.push(`Asked for ${options.scale} scale; the database holds ${scale}-scale data (${tables.tasks} tasks), which is what was measured.`);
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

    // 1. Load: one server, pages interleaved round by round.
    log("starting the server for the load runs");
    const server = await startServer(cwd, serverEnv);
    const pages: PageResult[] = [];
    let baseHeaders: BenchResult["baseHeaders"] = null;
    let pageViews: BenchResult["pageViews"] = [];
    const htmlBundles: BenchResult["htmlBundles"] = [];
    try {
      const cookies = new Map<Role, string>();
      for (const role of ROLES) cookies.set(role, await signIn(server.origin, role, PASSWORD));
      const cookieOf = (page: PageSpec) => (page.role ? cookies.get(page.role) : undefined);
      const headersOf = (page: PageSpec): Record<string, string> => ({ ...(page.role ? { cookie: cookieOf(page)! } : {}), ...(page.authorization ? { authorization: page.authorization } : {}) });
      const fetchAs = (role: Role | null) => async (url: string) => {
        const response = await fetch(`${server.origin}${url}`, { headers: role ? { cookie: cookies.get(role)! } : {}, redirect: "manual" });
        return response.text();
      };
      const tasks = plan.pages.find((p) => p.key === "tasks");
      if (tasks?.variants && tasks.rows) {
        const candidates = ["/tasks?awaiting=1", "/tasks?due=7", "/tasks?status=open_within_deadline", "/tasks?status=open_overdue", "/tasks?status=ongoing", "/tasks?status=completed_late"];
        tasks.variants.small = await closestByRows(candidates, fetchAs("bcvt"), tasks.rows, 10);
      }
      for (const page of plan.pages) {
        const response = await fetch(`${server.origin}${page.url}`, { headers: headersOf(page), redirect: "manual" });
        const body = await response.text();
        if (response.status !== 200) notes.push(`${page.key}: ${page.url} answered HTTP ${response.status} before the load run.`);
        if (page.base) {
          baseHeaders = { xNextjsCache: response.headers.get("x-nextjs-cache"), xNextjsPrerender: response.headers.get("x-nextjs-prerender") };
          const prerendered = (baseHeaders.xNextjsPrerender ?? "").split(/[\s,]+/).every((value) => value === "1");
          if (!prerendered) notes.push(`The ratio base ${page.url} was NOT served prerendered (x-nextjs-prerender ${baseHeaders.xNextjsPrerender ?? "absent"}): its ratios flatter every page.`);
        }
        if (!page.reference && page.key !== "calendar" && !page.authorization) htmlBundles.push({ key: page.key, ...chunksInHtml(buildDir, body) });
        log(`warming up ${page.key}`);
        await waitForQuiet(server.pid, activeQueries);
        await runLoad({ url: `${server.origin}${page.url}`, cookie: cookieOf(page), authorization: page.authorization, connections: options.connections, duration: options.quick ? 1 : 2, serverPid: server.pid });
      }
      const runs = new Map<string, RunResult[]>(plan.pages.map((p) => [p.key, []]));
      const basePage = plan.pages.find((p) => p.base)!;
      const measuredPages = plan.pages.filter((p) => !p.base);
      // The base is measured BASE_SAMPLES times a round, spread among the pages, and each round's
      // ratios divide by the median of its samples: measured once, a 1 ms page moved between 1,0
      // and 1,6 ms from run to run, and every ratio of the run moved with it.
      const baseEvery = Math.ceil(measuredPages.length / (BASE_SAMPLES - 1));
      const baseByRound: Pick<RunResult, "cpuMsPerRequest" | "p50" | "rps">[] = [];
      for (let round = 1; round <= options.rounds; round++) {
        const baseSamples: RunResult[] = [];
        const measure = async (page: PageSpec) => {
          const waited = await waitForQuiet(server.pid, activeQueries);
          if (waited > 5_000) log(`waited ${(waited / 1000).toFixed(0)} s for the previous run's requests to finish`);
          const result = await runLoad({ url: `${server.origin}${page.url}`, cookie: cookieOf(page), authorization: page.authorization, connections: options.connections, duration: options.duration, serverPid: server.pid });
          runs.get(page.key)!.push(result);
          if (page.base) baseSamples.push(result);
          log(`round ${round} ${page.key}: ${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms, ${result.cpuMsPerRequest.toFixed(2)} ms CPU/req, ${result.errors} errors`);
        };
        await measure(basePage);
        for (const [index, page] of measuredPages.entries()) {
          await measure(page);
          if ((index + 1) % baseEvery === 0 || index === measuredPages.length - 1) await measure(basePage);
        }
        baseByRound.push({
          cpuMsPerRequest: median(baseSamples.map((r) => r.cpuMsPerRequest)),
          p50: median(baseSamples.map((r) => r.p50)),
          rps: median(baseSamples.map((r) => r.rps)),
        });
      }
      // A page so slow that few responses come back within a run has no trustworthy CPU per request
      // (the CPU of requests still in flight at the end is charged to the few that finished): it is
      // measured alone instead, three requests one after the other on a quiet server.
      const solo = new Map<string, { ms: number; cpuMs: number; status: number }>();
      for (const page of plan.pages) {
        if (runs.get(page.key)!.reduce((n, r) => n + r.requests, 0) >= 10) continue;
        const samples: { ms: number; cpuMs: number; status: number }[] = [];
        for (let i = 0; i < 3; i++) {
          await waitForQuiet(server.pid, activeQueries);
          const cpuBefore = cpuSeconds(server.pid);
          const started = performance.now();
          const response = await fetch(`${server.origin}${page.url}`, { headers: headersOf(page), redirect: "manual" });
          await response.arrayBuffer();
          samples.push({ ms: performance.now() - started, cpuMs: (cpuSeconds(server.pid) - cpuBefore) * 1000, status: response.status });
        }
        const one = { ms: median(samples.map((x) => x.ms)), cpuMs: median(samples.map((x) => x.cpuMs)), status: samples[0].status };
        solo.set(page.key, one);
        notes.push(`${page.key}: under ${options.connections} connections fewer than 10 responses completed in ${options.rounds} × ${options.duration} s; alone, one request takes ${(one.ms / 1000).toFixed(2)} s and ${one.cpuMs.toFixed(0)} ms of server CPU (median of 3, HTTP ${one.status}); its CPU figures below come from these.`);
      }
      const base = baseByRound;
      const smallResult = scale === "full" ? latestSmallResult(path.join(cwd, "bench", "results")) : null;
      for (const page of plan.pages) {
        const rounds = runs.get(page.key)!;
        const requests = rounds.reduce((n, r) => n + r.requests, 0);
        const p50 = median(rounds.map((r) => r.p50));
        const small = smallResult?.pages.find((p) => p.key === page.key);
        pages.push({
          key: page.key,
          label: page.label,
          role: page.role,
          url: page.url,
          base: Boolean(page.base),
          reference: Boolean(page.reference),
          rounds,
          rps: median(rounds.map((r) => r.rps)),
          p50,
          p95: median(rounds.map((r) => r.p95)),
          p99: median(rounds.map((r) => r.p99)),
          errors: rounds.reduce((n, r) => n + r.errors, 0),
          cpuMsPerRequest: solo.get(page.key)?.cpuMs ?? (requests ? (rounds.reduce((s, r) => s + r.cpuSeconds, 0) * 1000) / requests : Number.NaN),
          // The base page has several runs a round: it is the unit of every ratio, not divided by itself.
          ratio: page.base
            ? { cpu: 1, p50: 1, rps: 1 }
            : {
                cpu: solo.has(page.key)
                  ? solo.get(page.key)!.cpuMs / median(base.map((r) => r.cpuMsPerRequest))
                  : median(rounds.map((r, i) => r.cpuMsPerRequest / base[i].cpuMsPerRequest)),
                p50: median(rounds.map((r, i) => r.p50 / base[i].p50)),
                rps: median(rounds.map((r, i) => r.rps / base[i].rps)),
              },
          p50VsSmall: small ? p50 / small.p50 : undefined,
        });
      }
      // A page as the browser views it: the HTML and everything it asks for after loading.
      log("page views in Chromium");
      const viewed = ["home", "home@bcvt", "conferences", "directives@bcvt", "tasks", "task", "overview@lanhdao", "searchUnit"];
      const views = plan.pages.filter((p) => viewed.includes(p.key) && p.role).map((p) => ({ key: p.key, role: p.role!, url: p.url }));
      pageViews = await measurePageViews({ origin: server.origin, serverPid: server.pid, password: PASSWORD, views, repeat: options.quick ? 1 : 5 });
    } finally {
      await server.stop();
    }

    // 2. Statements per page, counted on the wire; the many-rows variant's statements are EXPLAINed.
    log("counting SQL statements per page");
    const upstream = new URL(databaseUrl);
    const wire = await startWireCounter(upstream.hostname, Number(upstream.port || 5432));
    const proxied = new URL(databaseUrl);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(wire.port);
    const counts: CountResult[] = [];
    const captured = new Map<string, { everyView: CapturedQuery[]; firstView: CapturedQuery[] }>();
    const counting = await startServer(cwd, { ...serverEnv, DATABASE_URL: proxied.toString() });
    try {
      const cookies = new Map<Role, string>();
      for (const role of ROLES) cookies.set(role, await signIn(counting.origin, role, PASSWORD));
      for (const page of plan.pages) {
        if (!page.variants || !page.rows) continue;
        const headers: Record<string, string> = { ...(page.role ? { cookie: cookies.get(page.role)! } : {}), ...(page.authorization ? { authorization: page.authorization } : {}) };
        const measure = async (url: string) => {
          // Warm-up requests first: postgres.js looks up array types once per new connection (pg_catalog.pg_type),
          // which is per connection, not per request; such catalog look-ups are left out of the count.
          // The first request's statements are kept for EXPLAIN: a list total past its cap is counted
          // by that one and remembered for a minute after (lib/list-total.ts), so later ones skip it.
          const first = wire.queries.length;
          for (let i = 0; i < 3; i++) await fetch(`${counting.origin}${url}`, { headers, redirect: "manual" }).then((r) => r.arrayBuffer());
          await sleep(300);
          const firstQueries = wire.queries.slice(first).filter((q) => !/\bpg_catalog\./.test(q.sql));
          const mark = wire.queries.length;
          const response = await fetch(`${counting.origin}${url}`, { headers, redirect: "manual" });
          const body = await response.text();
          await sleep(300);
          const queries = wire.queries.slice(mark).filter((q) => !/\bpg_catalog\./.test(q.sql));
          const statements = queries.map((q) => q.sql.replace(/\s+/g, " ").slice(0, 160));
          return { variant: { url, status: response.status, rows: page.rows!(body), queries: queries.length, statements }, queries, firstQueries };
        };
        const small = await measure(page.variants.small);
        const large = await measure(page.variants.large);
        counts.push({ key: page.key, label: page.label, small: small.variant, large: large.variant });
        captured.set(page.key, { everyView: large.queries, firstView: large.firstQueries });
      }
    } finally {
      await counting.stop();
      await wire.close();
    }
    log("EXPLAIN ANALYZE of the captured statements");
    const rowsByTable = await tableRowCounts(sql);
    const explains: ExplainResult[] = [];
    for (const [key, { everyView, firstView }] of captured) {
      const statements: ExplainResult["statements"] = [];
      // What a view runs every time, then what only a first view ran: a memoised read (the
      // secretariat's overview, a list total past its cap) that later views within a minute skip.
      const every = new Set(everyView.map((query) => query.sql));
      for (const query of distinctStatements(everyView)) {
        const { plan: _plan, ...rest } = await explain(sql, query, rowsByTable);
        statements.push(rest);
      }
      for (const query of distinctStatements(firstView.filter((q) => !every.has(q.sql)))) {
        const { plan: _plan, ...rest } = await explain(sql, query, rowsByTable);
        statements.push({ ...rest, firstViewOnly: true });
      }
      explains.push({ key, statements });
    }

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
      `The base is loaded ${BASE_SAMPLES} times a round (first, then spread among the pages); each round's ratios divide by the median of those runs.`,
      "SQL statements are counted by a TCP proxy between the app and PostgreSQL (Execute and Query messages), because the app's counter (db/client.ts, NGHISU_COUNT_QUERIES=1) stays inside the server process; no app code was changed.",
    );
    const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd, encoding: "utf8" }).stdout?.trim() || process.env.BENCH_COMMIT || null;
    const result: BenchResult = {
      startedAt,
      scale,
      commit,
      tables,
      machine: { cpus: os.cpus().length, loadAverage },
      settings: { connections: options.connections, duration: options.duration, rounds: options.rounds, quick: options.quick },
      baseHeaders,
      pages,
      pageViews,
      counts,
      explains,
      bundles,
      htmlBundles,
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
