import path from "node:path";
import type { BenchOptions } from "./options";
import { chunksInHtml } from "./bundles";
import { median, runLoad, type RunResult, waitForQuiet } from "./load";
import { measurePageViews } from "./page-views";
import type { PagePlan, PageSpec, Role } from "./pages";
import { closestByRows } from "./row-counts";
import { largestRscChunk } from "./rsc-size";
import { cpuSeconds } from "./proc";
import { type BenchResult, comparedWithSmall, latestSmallResult, type PageResult } from "./report";
import { startServer } from "./server";
import { signIn } from "./session";
import { log } from "./log";

/*
 * The load runs: one production server, every page under autocannon in interleaved rounds,
 * each page's run preceded by a short run of the ratio base. A page's ratio in a round divides
 * by the median of the five base runs nearest in time (the one just before it and two on each
 * side). Why five:
 * - the machine changes speed during a run: in one full-scale run the base went from 1,1 to
 *   2,1 ms over its last third, and every page with it, so one base figure for the round
 *   (the median of its runs, or one run) makes the pages measured late look dearer;
 * - one base run alone is noisy: dividing each page by the run just before it made the ratios
 *   of two rounds differ by 14–15 % in the median, against 11 % with the nearest five.
 */

export interface LoadContext {
  cwd: string;
  buildDir: string;
  serverEnv: NodeJS.ProcessEnv;
  plan: PagePlan;
  options: BenchOptions;
  scale: "small" | "full";
  password: string;
  roles: Role[];
  /** Statements running in the database for anyone but the benchmark. */
  activeQueries: () => Promise<number>;
}

export interface LoadMeasurements {
  pages: PageResult[];
  baseHeaders: BenchResult["baseHeaders"];
  pageViews: NonNullable<BenchResult["pageViews"]>;
  htmlBundles: BenchResult["htmlBundles"];
  notes: string[];
}

/** Pages viewed in Chromium, with everything they ask for once loaded. */
const VIEWED = ["home", "home@bcvt", "conferences", "directives@bcvt", "tasks", "task", "overview@lanhdao", "searchUnit"];

export async function measureLoad(context: LoadContext): Promise<LoadMeasurements> {
  const { plan, options } = context;
  log("starting the server for the load runs");
  const server = await startServer(context.cwd, context.serverEnv);
  const notes: string[] = [];
  try {
    const cookies = new Map<Role, string>();
    for (const role of context.roles) cookies.set(role, await signIn(server.origin, role, context.password));
    const headersOf = (page: PageSpec): Record<string, string> => ({
      ...(page.role ? { cookie: cookies.get(page.role)! } : {}),
      ...(page.authorization ? { authorization: page.authorization } : {}),
    });
    const load = async (page: PageSpec, duration: number) => {
      const waited = await waitForQuiet(server.pid, context.activeQueries);
      if (waited > 5_000) log(`waited ${(waited / 1000).toFixed(0)} s for the previous run's requests to finish`);
      const { cookie, authorization } = headersOf(page);
      return runLoad({ url: `${server.origin}${page.url}`, cookie, authorization, connections: options.connections, duration, serverPid: server.pid });
    };

    await chooseSmallTaskList(plan, server.origin, cookies);
    const { baseHeaders, htmlBundles, shown } = await warmUp(context, server.origin, headersOf, load, notes);

    const basePage = plan.pages.find((p) => p.base)!;
    const measuredPages = plan.pages.filter((p) => !p.base);
    const runs = new Map<string, { page: RunResult; base: RunResult }[]>(measuredPages.map((p) => [p.key, []]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const page of measuredPages) {
        const base = await load(basePage, options.baseDuration);
        const result = await load(page, options.duration);
        runs.get(page.key)!.push({ page: result, base });
        log(
          `round ${round} ${page.key}: ${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms, ` +
            `${result.cpuMsPerRequest.toFixed(2)} ms CPU/req (base ${base.cpuMsPerRequest.toFixed(2)}), ${result.errors} errors`,
        );
      }
    }
    const baseRuns = [...runs.values()].flatMap((pairs) => pairs.map((pair) => pair.base));
    const baseRunsOfRound = Array.from({ length: options.rounds }, (_, round) => measuredPages.map((page) => runs.get(page.key)![round].base));
    const solo = await measureSlowPagesAlone(measuredPages, runs, server, headersOf, context, notes);
    const smallResult = context.scale === "full" ? latestSmallResult(path.join(context.cwd, "bench", "results")) : null;
    const pages = [basePage, ...measuredPages].map((page) => {
      const pairs = runs.get(page.key);
      const result = pairs
        ? pageResult(
            page,
            pairs.map((pair) => pair.page),
            pairs.map((pair) => pair.base),
            baseRunsOfRound.map((bases) => nearestFive(bases, measuredPages.indexOf(page))),
            solo.get(page.key),
          )
        : pageResult(page, baseRuns, undefined, [], solo.get(page.key));
      const withShown = { ...result, shown: shown.get(page.key) };
      return { ...withShown, ...comparedWithSmall(withShown, smallResult) };
    });

    log("page views in Chromium");
    const views = plan.pages.filter((p) => VIEWED.includes(p.key) && p.role).map((p) => ({ key: p.key, role: p.role!, url: p.url }));
    const pageViews = await measurePageViews({ origin: server.origin, serverPid: server.pid, password: context.password, views, repeat: options.quick ? 1 : 5 });
    return { pages, baseHeaders, pageViews, htmlBundles, notes };
  } finally {
    await server.stop();
  }
}

/** The unit's task list with about 10 rows, for the statement count's few-rows variant. */
async function chooseSmallTaskList(plan: PagePlan, origin: string, cookies: Map<Role, string>) {
  const tasks = plan.pages.find((p) => p.key === "tasks");
  if (!tasks?.variants || !tasks.rows) return;
  const fetchAsUnit = async (url: string) => (await fetch(`${origin}${url}`, { headers: { cookie: cookies.get("bcvt")! }, redirect: "manual" })).text();
  const candidates = ["/tasks?awaiting=1", "/tasks?due=7", "/tasks?status=open_within_deadline", "/tasks?status=open_overdue", "/tasks?status=ongoing", "/tasks?status=completed_late"];
  tasks.variants.small = await closestByRows(candidates, fetchAsUnit, tasks.rows, 10);
}

/** Each page once (its status, the base's prerender headers, the chunks its HTML loads), then a short load to warm it. */
async function warmUp(
  context: LoadContext,
  origin: string,
  headersOf: (page: PageSpec) => Record<string, string>,
  load: (page: PageSpec, duration: number) => Promise<RunResult>,
  notes: string[],
) {
  let baseHeaders: BenchResult["baseHeaders"] = null;
  const htmlBundles: BenchResult["htmlBundles"] = [];
  const shown = new Map<string, NonNullable<PageResult["shown"]>>();
  for (const page of context.plan.pages) {
    const response = await fetch(`${origin}${page.url}`, { headers: headersOf(page), redirect: "manual" });
    const body = await response.text();
    shown.set(page.key, { rows: page.rows ? page.rows(body) : null, bytes: Buffer.byteLength(body), rscChunk: largestRscChunk(body) });
    if (response.status !== 200) notes.push(`${page.key}: ${page.url} answered HTTP ${response.status} before the load run.`);
    if (page.base) {
      baseHeaders = { xNextjsCache: response.headers.get("x-nextjs-cache"), xNextjsPrerender: response.headers.get("x-nextjs-prerender") };
      const prerendered = (baseHeaders.xNextjsPrerender ?? "").split(/[\s,]+/).every((value) => value === "1");
      if (!prerendered) notes.push(`The ratio base ${page.url} was NOT served prerendered (x-nextjs-prerender ${baseHeaders.xNextjsPrerender ?? "absent"}): its ratios flatter every page.`);
    }
    if (!page.reference && page.key !== "calendar" && !page.authorization) htmlBundles.push({ key: page.key, ...chunksInHtml(context.buildDir, body) });
    log(`warming up ${page.key}`);
    await load(page, context.options.quick ? 1 : 2);
  }
  return { baseHeaders, htmlBundles, shown };
}

/**
 * A page so slow that few responses come back within its runs has no trustworthy CPU per
 * request (the CPU of requests still in flight at the end is charged to the few that
 * finished): it is measured alone instead, three requests one after the other on a quiet server.
 */
async function measureSlowPagesAlone(
  pages: PageSpec[],
  runs: Map<string, { page: RunResult }[]>,
  server: { origin: string; pid: number },
  headersOf: (page: PageSpec) => Record<string, string>,
  context: LoadContext,
  notes: string[],
) {
  const solo = new Map<string, { ms: number; cpuMs: number; status: number }>();
  for (const page of pages) {
    if (runs.get(page.key)!.reduce((n, r) => n + r.page.requests, 0) >= 10) continue;
    const samples: { ms: number; cpuMs: number; status: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await waitForQuiet(server.pid, context.activeQueries);
      const cpuBefore = cpuSeconds(server.pid);
      const started = performance.now();
      const response = await fetch(`${server.origin}${page.url}`, { headers: headersOf(page), redirect: "manual" });
      await response.arrayBuffer();
      samples.push({ ms: performance.now() - started, cpuMs: (cpuSeconds(server.pid) - cpuBefore) * 1000, status: response.status });
    }
    const one = { ms: median(samples.map((x) => x.ms)), cpuMs: median(samples.map((x) => x.cpuMs)), status: samples[0].status };
    solo.set(page.key, one);
    const { connections, rounds, duration } = context.options;
    notes.push(
      `${page.key}: under ${connections} connections fewer than 10 responses completed in ${rounds} × ${duration} s; alone, one request takes ` +
        `${(one.ms / 1000).toFixed(2)} s and ${one.cpuMs.toFixed(0)} ms of server CPU (median of 3, HTTP ${one.status}); its CPU figures below come from these.`,
    );
  }
  return solo;
}

type BaseFigures = Pick<RunResult, "cpuMsPerRequest" | "p50" | "rps">;

/** The median of some base runs, figure by figure. */
function medianFigures(runs: RunResult[]): BaseFigures {
  return { cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)), p50: median(runs.map((r) => r.p50)), rps: median(runs.map((r) => r.rps)) };
}

/** The median of the five base runs nearest to the page at `index` in a round (two before, the one before it, two after). */
function nearestFive(bases: RunResult[], index: number): BaseFigures {
  return medianFigures(bases.slice(Math.max(0, index - 2), index + 3));
}

/** A page's figures over its rounds, each round's ratios against `baseOfRound` (the base near it in time). */
function pageResult(
  page: PageSpec,
  rounds: RunResult[],
  baseRounds: RunResult[] | undefined,
  baseOfRound: BaseFigures[],
  solo: { cpuMs: number } | undefined,
): PageResult {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const p50 = median(rounds.map((r) => r.p50));
  const over = (value: (r: BaseFigures) => number) => median(rounds.map((r, i) => value(r) / value(baseOfRound[i])));
  return {
    key: page.key,
    label: page.label,
    role: page.role,
    url: page.url,
    base: Boolean(page.base),
    reference: Boolean(page.reference),
    rounds,
    baseRounds,
    rps: median(rounds.map((r) => r.rps)),
    p50,
    p95: median(rounds.map((r) => r.p95)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    cpuMsPerRequest: solo?.cpuMs ?? (requests ? (rounds.reduce((s, r) => s + r.cpuSeconds, 0) * 1000) / requests : Number.NaN),
    // The base is the unit of every ratio, not divided by itself.
    ratio: page.base
      ? { cpu: 1, p50: 1, rps: 1 }
      : {
          cpu: solo ? solo.cpuMs / median(baseOfRound.map((r) => r.cpuMsPerRequest)) : over((r) => r.cpuMsPerRequest),
          p50: over((r) => r.p50),
          rps: over((r) => r.rps),
        },
  };
}
