// npm run data:generate -- --scale small|full [--seed 42] [--reset] [--embedded] [--today yyyy-MM-dd]
//
// Fills the database in DATABASE_URL (or, with --embedded, the PGlite folder in NGHISU_DATA_DIR)
// with deterministic, realistic volume in the app's own schema: the same seed and the same
// --today give the same rows. Migrations and the demo data (the accounts the benchmark signs
// in with) come first. Rows are loaded with COPY in a few transactions, indexes kept.
import { generateConferences } from "./datagen/conferences";
import { type GenContext, SCALES, type ScaleName } from "./datagen/context";
import { generateDirectory } from "./datagen/directory";
import { generateIndicators } from "./datagen/indicators";
import { Rng } from "./datagen/rng";
import { canSkipForeignKeyChecks, checkDatabase, connect, ensureDemoSeed, fixSequences, loadExisting, resetDatabase } from "./datagen/setup";
import { generateDirectivesAndTasks } from "./datagen/tasks";
import { todayInVietnam } from "@/lib/tasks/status";

interface Options {
  scale: ScaleName;
  seed: number;
  reset: boolean;
  embedded: boolean;
  today: string;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const scale = value("--scale") ?? "small";
  if (scale !== "small" && scale !== "full") throw new Error("--scale must be small or full");
  const seed = Number(value("--seed") ?? 42);
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
  const today = value("--today") ?? todayInVietnam();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error("--today must be yyyy-MM-dd");
  return { scale, seed, reset: argv.includes("--reset"), embedded: argv.includes("--embedded"), today };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const connection = connect(options.embedded);
  const timings: [string, number][] = [];
  const timed = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await fn();
    timings.push([label, (performance.now() - started) / 1000]);
    console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  const totalStart = performance.now();
  try {
    console.log(`Generating ${options.scale} scale, seed ${options.seed}, today ${options.today}, into ${connection.describe}`);
    await timed("migrations", () => connection.migrate());
    await checkDatabase(connection.target, options.reset);
    if (options.reset) await timed("reset (truncate)", () => resetDatabase(connection.target));
    await timed("demo seed", () => ensureDemoSeed(connection));

    const today = Math.floor(Date.parse(`${options.today}T00:00:00Z`) / 86_400_000);
    const ctx: GenContext = {
      target: connection.target,
      rng: new Rng(options.seed),
      scale: SCALES[options.scale],
      endYear: Number(options.today.slice(0, 4)),
      today,
      demoAgencies: new Map(),
      demoUsers: new Map(),
      agencies: [],
      workingAgencies: [],
      headByAgency: new Map(),
      people: [],
      unitOfficerAgencies: [],
      usersByRole: { admin: [], secretariat: [], leader: [], unit_officer: [], viewer: [] },
      nextId: new Map(),
      counts: new Map(),
    };
    await loadExisting(ctx);
    const skipChecks = await canSkipForeignKeyChecks(connection.target);
    console.log(skipChecks ? "  foreign-key checks skipped during the load (superuser: session_replication_role = replica)" : "  foreign-key checks kept (not a superuser): the load is slower");
    // One transaction per step: a failed step leaves nothing half-written behind it.
    const inTx = <T>(fn: (c: GenContext) => Promise<T>) =>
      connection.target.transaction(async (tx) => {
        if (skipChecks) await tx.query("set local session_replication_role = replica");
        return fn({ ...ctx, target: tx });
      });
    const directory = await timed("directory (agencies, people, users)", () => inTx((c) => generateDirectory(c)));
    const concluded = await timed("conferences (invitations, agenda, history, attendance)", () => inTx((c) => generateConferences(c, directory.hostAgencies)));
    await timed("directives and tasks (coordinators, events, extensions)", () => inTx((c) => generateDirectivesAndTasks(c, concluded)));
    await timed("indicators (catalogue, plans, reports, values)", () => inTx((c) => generateIndicators(c, directory.reportingAgencies)));
    await timed("sequences, search words and ANALYZE", async () => {
      await fixSequences(connection.target);
      // The search's word list is kept by triggers, which the load may have run without (replica role).
      await connection.target.query("select search_words_rebuild()");
      await connection.target.query("analyze");
    });

    const total = (performance.now() - totalStart) / 1000;
    const width = Math.max(...[...ctx.counts.keys()].map((k) => k.length));
    console.log("\nRows made:");
    for (const [table, n] of [...ctx.counts.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${table.padEnd(width)}  ${n.toLocaleString("en-US").padStart(11)}`);
    const sum = [...ctx.counts.values()].reduce((a, b) => a + b, 0);
    console.log(`  ${"total".padEnd(width)}  ${sum.toLocaleString("en-US").padStart(11)}`);
    console.log(`\nTook ${total.toFixed(1)} s (${Math.round(sum / total).toLocaleString("en-US")} rows/s).`);
  } finally {
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
