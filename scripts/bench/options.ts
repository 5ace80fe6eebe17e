/*
 * npm run bench -- [--scale small|full] [--duration 10] [--rounds 3] [--connections 10] [--quick] [--build] [--no-embedded]
 *                  [--pages home,conferences,directives@bcvt,overview@bcvt,search,…] (keys as in bench/results; key@role for the other roles)
 */

export interface BenchOptions {
  quick: boolean;
  scale: "small" | "full";
  /** Seconds of each page's load run. */
  duration: number;
  /** Seconds of the ratio base's run just before each page's. */
  baseDuration: number;
  rounds: number;
  connections: number;
  build: boolean;
  embedded: boolean;
  /** Only these page keys (the ratio base and the references are always measured). */
  pages: string[] | null;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const quick = argv.includes("--quick");
  const scale = quick ? "small" : value("--scale", "small");
  if (scale !== "small" && scale !== "full") throw new Error("--scale must be small or full");
  const duration = quick ? 2 : Number(value("--duration", "10"));
  return {
    quick,
    scale,
    duration,
    // A third of a page's run: a 1 ms page answers thousands of times in it.
    baseDuration: Math.max(1, Math.round(duration / 3)),
    rounds: quick ? 1 : Math.max(1, Number(value("--rounds", "3"))),
    connections: Number(value("--connections", "10")),
    build: argv.includes("--build"),
    embedded: !argv.includes("--no-embedded"),
    pages: argv.includes("--pages") ? value("--pages", "").split(",").filter(Boolean) : null,
  };
}
