import fs from "node:fs";
import path from "node:path";
import type { RouteBundle } from "./bundles";
import type { EmbeddedResult } from "./embedded";
import type { ExplainedQuery } from "./explain";
import type { RunResult } from "./load";
import type { PageViewResult } from "./page-views";
import { RSC_CHUNK_LIMIT } from "./rsc-size";

/* The results as JSON and as the Markdown tables printed at the end, with each target judged. */

export interface PageResult {
  key: string;
  label: string;
  role: string | null;
  url: string;
  base: boolean;
  reference: boolean;
  rounds: RunResult[];
  /** The ratio base's run just before each of this page's rounds, a sample of the round's base (absent for the base itself). */
  baseRounds?: RunResult[];
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
  /** Medians over rounds of (this page ÷ the median of the five runs of the prerendered ratio base nearest in time). */
  ratio: { cpu: number; p50: number; rps: number };
  /**
   * What the measured URL showed when warming up: its rows (as `PageSpec.rows` counts them),
   * HTML bytes, and the characters of its largest inlined RSC chunk (scripts/bench/rsc-size.ts).
   */
  shown?: { rows: number | null; bytes: number; rscChunk?: number };
  /** p50 here ÷ p50 of the same page in the latest small-scale result, when this run is at full scale. */
  p50VsSmall?: number;
  /**
   * The same in units of each run's own base: ratio.p50 here ÷ ratio.p50 at small. The base
   * (a prerendered page) does not depend on the data, so this cancels a machine that is faster
   * or slower between the two runs, which the raw quotient above does not.
   */
  p50VsSmallOverBase?: number;
  /** Whether the page shows more at this scale than in the small-scale result (a tenth more rows, or a fifth more HTML); unknown without `shown` there. */
  showsMoreThanSmall?: boolean;
}

export interface CountVariant {
  url: string;
  status: number;
  rows: number;
  queries: number;
  /** The statements, shortened, in the order they reached the database. */
  statements: string[];
}

export interface CountResult {
  key: string;
  label: string;
  small: CountVariant;
  large: CountVariant;
}

export interface ExplainResult {
  key: string;
  /** `firstViewOnly`: run by the first view and remembered for a minute, so not by every view. */
  statements: (Omit<ExplainedQuery, "plan"> & { firstViewOnly?: boolean })[];
}

export interface BenchResult {
  startedAt: string;
  scale: string;
  commit: string | null;
  tables: Record<string, number>;
  machine: { cpus: number; loadAverage: number[] };
  settings: { connections: number; duration: number; baseDuration?: number; rounds: number; quick: boolean };
  /** How the ratio base was served: Next's x-nextjs-cache and x-nextjs-prerender headers ("1" = prerendered). */
  baseHeaders?: { xNextjsCache: string | null; xNextjsPrerender: string | null } | null;
  pages: PageResult[];
  /** Pages as Chromium views them: server requests and CPU per view (absent in older results). */
  pageViews?: PageViewResult[];
  counts: CountResult[];
  explains: ExplainResult[];
  bundles: RouteBundle[];
  htmlBundles: { key: string; chunks: number; gzipKiB: number }[];
  embedded: EmbeddedResult | null;
  notes: string[];
}

// CPU ratios (issue 16): a signed-in page ≤ 15× the prerendered base, and ≤ 13× (the peer
// dashboard's 10 000-row invoice list against its own prerendered sign-in page); the base ≤ 4× a static file.
const TARGET = { cpuRatio: 15, peerCpuRatio: 13, baseVsFile: 4, p95: 150, p50VsSmall: 1.3, jsKiB: 160, coldStart: 3, rssMiB: 400 };
const f = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? "—" : n.toFixed(digits));
const mark = (ok: boolean) => (ok ? "✅" : "❌");
/** The largest figure; a missing one (no response within a run) counts as infinitely bad. */
const worst = (values: number[]) => (values.some((v) => !Number.isFinite(v)) ? Number.POSITIVE_INFINITY : Math.max(...values));
const short = (sql: string, n = 110) => {
  const one = sql.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
};

export function toMarkdown(r: BenchResult): string {
  const out: string[] = [];
  const signedIn = r.pages.filter((p) => !p.base && !p.reference);
  out.push(`# Benchmark ${r.startedAt} — ${r.scale} scale`, "");
  out.push(`Commit ${r.commit ?? "?"}; ${r.machine.cpus} CPUs, load average at start ${r.machine.loadAverage.map((l) => l.toFixed(2)).join(" ")}; ${r.settings.connections} connections, ${r.settings.duration} s per run, ${r.settings.rounds} interleaved round(s)${r.settings.quick ? " (quick mode: figures not judged)" : ""}.`, "");
  out.push(`Rows: ${Object.entries(r.tables).map(([t, n]) => `${t} ${n.toLocaleString("en-US")}`).join(", ")}.`, "");
  const served = r.baseHeaders ? `x-nextjs-prerender ${r.baseHeaders.xNextjsPrerender ?? "absent"}, x-nextjs-cache ${r.baseHeaders.xNextjsCache ?? "absent"}` : "headers not recorded";
  out.push("## Load (medians over rounds; ratios to the median of the five runs of the prerendered base nearest in time)", "", `Ratio base served with ${served}.`, "");
  out.push(
    "p50 vs small: this p50 ÷ the same page's in the latest small-scale result; in base units, each run's p50 × base, " +
      "which cancels a machine faster or slower between the runs. ↑: the page shows more here (a tenth more rows, or a fifth more HTML).",
    "",
  );
  out.push("| page | URL | as | req/s | p50 ms | p95 ms | p99 ms | errors | CPU ms/req | CPU × base | p50 × base | req/s ÷ base | p50 vs small | in base units |");
  out.push("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const p of r.pages) {
    const url = p.url.replace(/\/api\/calendar\/[^/]+$/, "/api/calendar/TOKEN").replace(/chunks\/.*/, "chunks/…");
    const ratios = p.base ? ["1", "1", "1"] : [f(p.ratio.cpu), f(p.ratio.p50), f(p.ratio.rps, 2)];
    const vsSmall = [f(p.p50VsSmall, 2), `${f(p.p50VsSmallOverBase, 2)}${p.showsMoreThanSmall ? " ↑" : ""}`];
    out.push(
      `| ${p.label} | \`${url}\` | ${p.role ?? "—"} | ${f(p.rps, 0)} | ${f(p.p50)} | ${f(p.p95)} | ${f(p.p99)} | ${p.errors} | ` +
        `${f(p.cpuMsPerRequest, 2)} | ${ratios.join(" | ")} | ${vsSmall.join(" | ")} |`,
    );
  }
  if (r.pageViews?.length) {
    out.push("", "## Page views in Chromium (the HTML and everything the page asks the server for once loaded)", "");
    out.push("| page | as | requests per view | server CPU ms per view (median) | ÷ the HTML's CPU under load |", "| --- | --- | ---: | ---: | ---: |");
    for (const v of r.pageViews) {
      const html = r.pages.find((p) => p.key === v.key)?.cpuMsPerRequest;
      out.push(`| ${v.key} \`${v.url}\` | ${v.role} | ${f(v.requests, 1)} | ${f(v.cpuMs, 0)} | ${html ? f(v.cpuMs / html, 1) : "—"} |`);
    }
  }
  out.push("", "## SQL statements per request (counted on the wire between the app and PostgreSQL, BEGIN/COMMIT included)", "");
  // "Not more": a list whose total is past the cap remembers that for a minute (lib/list-total.ts),
  // so with many rows it may run one statement fewer; one more would be a statement per row.
  out.push("| page | few rows: URL | rows | queries | many rows: URL | rows | queries | not more |", "| --- | --- | ---: | ---: | --- | ---: | ---: | --- |");
  for (const c of r.counts) {
    const u = (s: string) => s.replace(/\/api\/calendar\/[^/]+$/, "/api/calendar/TOKEN");
    out.push(`| ${c.label} | \`${u(c.small.url)}\` | ${c.small.rows} | ${c.small.queries} | \`${u(c.large.url)}\` | ${c.large.rows} | ${c.large.queries} | ${mark(c.large.queries <= c.small.queries)} |`);
  }
  out.push("", "## Sequential scans on tables over 10 000 rows, and the slowest statements (EXPLAIN ANALYZE of the many-rows variant)", "");
  out.push("A statement marked *first view* ran only in the first view of the page: it is remembered for a minute on that server (the secretariat's overview, a list total past its cap), so it is not part of what a view costs.", "");
  out.push("| page | ms | seq scans | statement |", "| --- | ---: | --- | --- |");
  for (const e of r.explains) {
    const worst = [...e.statements].sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0));
    for (const s of worst.filter((s, i) => i < 3 || s.seqScans.length)) {
      const scans = s.seqScans.map((x) => `${x.table} (${Math.round(x.tableRows).toLocaleString("en-US")} rows)`).join(", ") || (s.error ? `error: ${s.error}` : "—");
      out.push(`| ${e.key}${s.firstViewOnly ? " *first view*" : ""} | ${f(s.ms ?? undefined)} | ${scans} | \`${short(s.sql).replace(/\|/g, "\\|")}\` |`);
    }
  }
  out.push("", `## First-load JavaScript per route (gzip, target ≤ ${TARGET.jsKiB} KiB)`, "");
  out.push("| route | chunks | raw KiB | gzip KiB | ≤ target |", "| --- | ---: | ---: | ---: | --- |");
  for (const b of r.bundles) out.push(`| \`${b.route}\` | ${b.chunks} | ${f(b.rawKiB)} | ${f(b.gzipKiB)} | ${mark(b.gzipKiB <= TARGET.jsKiB)} |`);
  if (r.htmlBundles.length) out.push("", `Cross-check, chunks referenced by the served HTML: ${r.htmlBundles.map((h) => `${h.key} ${h.chunks} chunks ${f(h.gzipKiB)} KiB`).join("; ")}.`);
  out.push("", "## Embedded mode (fresh PGlite folder)", "");
  if (r.embedded) {
    out.push(`Cold start to the first 200 on /login: **${f(r.embedded.coldStartSeconds, 2)} s**; resident memory (VmRSS of the server's process tree) after the demo tour (${r.embedded.tourRequests} requests): **${f(r.embedded.residentMiB, 0)} MiB**.${r.embedded.tourErrors.length ? ` Tour errors: ${r.embedded.tourErrors.join("; ")}.` : ""}`);
  } else out.push("Not measured.");

  out.push("", "## Targets", "");
  // A page with no completed response in a run has no figures: it counts as missing every target.
  const noData = signedIn.filter((p) => !Number.isFinite(p.p95)).map((p) => p.key);
  const worstCpu = worst(signedIn.map((p) => p.ratio.cpu));
  const worstP95 = worst(signedIn.map((p) => p.p95));
  const errors = signedIn.reduce((n, p) => n + p.errors, 0);
  const grows = r.counts.filter((c) => c.large.queries > c.small.queries).map((c) => c.key);
  const scans = r.explains.flatMap((e) => e.statements.filter((s) => !s.firstViewOnly).flatMap((s) => s.seqScans.map((x) => `${e.key}: ${x.table}`)));
  const heavy = r.bundles.filter((b) => b.gzipKiB > TARGET.jsKiB);
  const over = (test: (p: PageResult) => boolean) => [...signedIn.filter(test).map((p) => p.key), ...noData.map((k) => `${k} (no response within a run)`)].join(", ") || "none over";
  out.push(`- ${mark(worstCpu <= TARGET.cpuRatio)} CPU per request ≤ ${TARGET.cpuRatio}× the prerendered base: worst ${f(worstCpu)}× (${over((p) => p.ratio.cpu > TARGET.cpuRatio)})`);
  out.push(`- ${mark(worstCpu <= TARGET.peerCpuRatio)} CPU per request ≤ ${TARGET.peerCpuRatio}× the base (the peer's 10 k-row list): ${over((p) => p.ratio.cpu > TARGET.peerCpuRatio)}`);
  const base = r.pages.find((p) => p.base);
  const file = r.pages.find((p) => p.key === "file");
  if (base && file) {
    // Against the base near it in time, like every other ratio (older results: the two rows).
    const baseVsFile = file.baseRounds ? 1 / file.ratio.cpu : base.cpuMsPerRequest / file.cpuMsPerRequest;
    out.push(`- ${mark(baseVsFile <= TARGET.baseVsFile)} prerendered base ≤ ${TARGET.baseVsFile}× the static file's CPU: ${f(baseVsFile)}× (${f(base.cpuMsPerRequest, 2)} against ${f(file.cpuMsPerRequest, 2)} ms)`);
  }
  out.push(`- ${mark(worstP95 <= TARGET.p95 && errors === 0)} p95 ≤ ${TARGET.p95} ms and 0 errors: worst p95 ${f(worstP95)} ms (${over((p) => p.p95 > TARGET.p95)}), ${errors} errors`);
  out.push(p50VsSmallTarget(signedIn));
  out.push(rscChunkTarget(signedIn));
  out.push(`- ${mark(grows.length === 0)} no more statements at many rows than at few${grows.length ? `: grows on ${grows.join(", ")}` : ""}`);
  out.push(`- ${mark(scans.length === 0)} no sequential scan on a table over 10 000 rows in what every view runs${scans.length ? `: ${[...new Set(scans)].join("; ")}` : ""}`);
  out.push(`- ${mark(heavy.length === 0)} first-load JS ≤ ${TARGET.jsKiB} KiB gzip on every route${heavy.length ? `: ${heavy.length} routes over, largest ${f(heavy[0].gzipKiB)} KiB (${heavy[0].route})` : ""}`);
  if (r.embedded) {
    out.push(`- ${mark(r.embedded.coldStartSeconds <= TARGET.coldStart)} embedded cold start ≤ ${TARGET.coldStart} s: ${f(r.embedded.coldStartSeconds, 2)} s`);
    out.push(`- ${mark(r.embedded.residentMiB <= TARGET.rssMiB)} embedded resident memory ≤ ${TARGET.rssMiB} MB: ${f(r.embedded.residentMiB, 0)} MiB`);
  }
  if (r.notes.length) out.push("", "## Notes", "", ...r.notes.map((n) => `- ${n}`));
  return `${out.join("\n")}\n`;
}

/** Every page's RSC data written into its HTML in chunks under the size that makes them large objects (scripts/bench/rsc-size.ts). */
export function rscChunkTarget(signedIn: PageResult[]): string {
  const measured = signedIn.filter((p) => p.shown?.rscChunk !== undefined);
  if (measured.length === 0) return "- RSC chunks not measured";
  const size = (p: PageResult) => p.shown?.rscChunk ?? 0;
  const largest = measured.reduce((a, b) => (size(b) > size(a) ? b : a));
  const over = measured.filter((p) => size(p) > RSC_CHUNK_LIMIT).map((p) => `${p.key} ${size(p)}`);
  return (
    `- ${mark(over.length === 0)} inlined RSC chunks ≤ ${RSC_CHUNK_LIMIT} characters: largest ${size(largest)} (${largest.key})` +
    `${over.length ? `; over: ${over.join(", ")}` : ""}`
  );
}

/**
 * A full-scale page against the same page in the latest small-scale result. "p50 at full ≤
 * 1,3× small" is a target for the pages that show no more at full scale; a page showing 200
 * rows where the small data had 40 is expected to cost more, so it is marked, not judged.
 */
export function comparedWithSmall(
  result: PageResult,
  smallResult: BenchResult | null,
): Pick<PageResult, "p50VsSmall" | "p50VsSmallOverBase" | "showsMoreThanSmall"> {
  const small = smallResult?.pages.find((p) => p.key === result.key);
  if (!small) return {};
  // A tenth more rows, or a fifth more HTML: a row more in a history or a longer title is not more to show.
  const showsMore = (was: NonNullable<PageResult["shown"]>, now: NonNullable<PageResult["shown"]>) =>
    (now.rows ?? 0) > (was.rows ?? 0) * 1.1 || now.bytes > was.bytes * 1.2;
  return {
    p50VsSmall: result.p50 / small.p50,
    p50VsSmallOverBase: result.base || small.base ? undefined : result.ratio.p50 / small.ratio.p50,
    showsMoreThanSmall: small.shown && result.shown ? showsMore(small.shown, result.shown) : undefined,
  };
}

/**
 * "p50 at full ≤ 1,3× p50 at small" for the pages that show no more at full scale, in base
 * units (every result has its ratios to the base, so every signed-in page has the figure).
 */
export function p50VsSmallTarget(signedIn: PageResult[]): string {
  const compared = signedIn.filter((p) => p.p50VsSmall !== undefined);
  if (compared.length === 0) return "- p50 full vs small: needs a small-scale result in bench/results and this run at full scale";
  const judged = compared.filter((p) => !p.showsMoreThanSmall);
  const showMore = compared.filter((p) => p.showsMoreThanSmall).map((p) => p.key);
  const figure = (p: PageResult) => p.p50VsSmallOverBase ?? Number.NaN;
  const worstFigure = worst(judged.map(figure));
  const overTarget = judged.filter((p) => figure(p) > TARGET.p50VsSmall).map((p) => p.key);
  return (
    `- ${mark(worstFigure <= TARGET.p50VsSmall)} p50 at full ≤ ${TARGET.p50VsSmall}× p50 at small, in base units, for the ${judged.length} pages ` +
    `that show no more at full: worst ${f(worstFigure, 2)}× (${overTarget.join(", ") || "none over"})` +
    (showMore.length ? `; not judged, showing more at full: ${showMore.join(", ")}` : "")
  );
}

/** The newest earlier small-scale result, for "p50 at full ≤ 1.3× p50 at small". */
export function latestSmallResult(dir: string): BenchResult | null {
  if (!fs.existsSync(dir)) return null;
  const files = fs.readdirSync(dir).filter((name) => name.endsWith(".json")).sort().reverse();
  for (const name of files) {
    try {
      const result = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as BenchResult;
      if (result.scale === "small" && !result.settings.quick) return result;
    } catch {
      // Not a result file.
    }
  }
  return null;
}

export function writeResults(dir: string, result: BenchResult): { markdown: string; files: string[] } {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, "-");
  const markdown = toMarkdown(result);
  const files = [path.join(dir, `${stamp}.md`), path.join(dir, `${stamp}.json`)];
  fs.writeFileSync(files[0], markdown);
  fs.writeFileSync(files[1], `${JSON.stringify(result, null, 2)}\n`);
  return { markdown, files };
}
