import { describe, expect, it } from "vitest";
import { type BenchResult, comparedWithSmall, type PageResult, p50VsSmallTarget, rscChunkTarget } from "./report";

/* The "p50 at full ≤ 1,3× small" judgement: in base units, and only for pages that show no more at full. */

function page(key: string, p50: number, baseP50: number, shown?: PageResult["shown"]): PageResult {
  return {
    key,
    label: key,
    role: "vanphong",
    url: `/${key}`,
    base: false,
    reference: false,
    rounds: [],
    rps: 0,
    p50,
    p95: 100,
    p99: 100,
    errors: 0,
    cpuMsPerRequest: 10,
    ratio: { cpu: 5, p50: p50 / baseP50, rps: 0.2 },
    shown,
  };
}

const smallRun = (...pages: PageResult[]) => ({ scale: "small", pages }) as unknown as BenchResult;

describe("a full-scale page against the small-scale result", () => {
  it("divides p50 by p50, raw and in units of each run's base", () => {
    // The machine was twice as slow at full scale: the base's p50 doubled with the page's.
    const full = page("tasks", 200, 40, { rows: 50, bytes: 100_000 });
    const small = page("tasks", 100, 20, { rows: 50, bytes: 98_000 });
    const compared = comparedWithSmall(full, smallRun(small));
    expect(compared.p50VsSmall).toBe(2);
    expect(compared.p50VsSmallOverBase).toBe(1);
    expect(compared.showsMoreThanSmall).toBe(false);
  });

  it("marks a page with a tenth more rows, or a fifth more HTML, as showing more", () => {
    const small = page("report", 100, 20, { rows: 40, bytes: 50_000 });
    expect(comparedWithSmall(page("report", 150, 20, { rows: 200, bytes: 50_000 }), smallRun(small)).showsMoreThanSmall).toBe(true);
    expect(comparedWithSmall(page("report", 150, 20, { rows: 45, bytes: 50_000 }), smallRun(small)).showsMoreThanSmall).toBe(true);
    expect(comparedWithSmall(page("report", 150, 20, { rows: 44, bytes: 50_000 }), smallRun(small)).showsMoreThanSmall).toBe(false);
    expect(comparedWithSmall(page("report", 150, 20, { rows: 40, bytes: 61_000 }), smallRun(small)).showsMoreThanSmall).toBe(true);
    expect(comparedWithSmall(page("report", 150, 20, { rows: 40, bytes: 59_000 }), smallRun(small)).showsMoreThanSmall).toBe(false);
  });

  it("cannot tell whether a page shows more against a small result that did not record it", () => {
    const compared = comparedWithSmall(page("tasks", 200, 40, { rows: 50, bytes: 1 }), smallRun(page("tasks", 100, 20)));
    expect(compared.showsMoreThanSmall).toBeUndefined();
    expect(compared.p50VsSmallOverBase).toBe(1);
  });

  it("compares nothing for a page the small run did not measure", () => {
    expect(comparedWithSmall(page("search", 100, 20), smallRun(page("tasks", 100, 20)))).toEqual({});
  });
});

describe("the target line", () => {
  const judged = (full: PageResult, small: PageResult) => ({ ...full, ...comparedWithSmall(full, smallRun(small)) });

  it("passes when the pages that show no more stay within 1,3× in base units, and names those left out", () => {
    const line = p50VsSmallTarget([
      judged(page("tasks", 260, 40, { rows: 50, bytes: 100 }), page("tasks", 100, 20, { rows: 50, bytes: 100 })),
      judged(page("report", 900, 20, { rows: 200, bytes: 100 }), page("report", 100, 20, { rows: 40, bytes: 100 })),
    ]);
    expect(line).toMatch(/^- ✅ p50 at full ≤ 1.3× p50 at small, in base units, for the 1 pages that show no more at full: worst 1.30×/);
    expect(line).toContain("not judged, showing more at full: report");
  });

  it("fails on a page that shows the same and got slower than the machine", () => {
    const line = p50VsSmallTarget([judged(page("tasks", 280, 20, { rows: 50, bytes: 100 }), page("tasks", 100, 20, { rows: 50, bytes: 100 }))]);
    expect(line).toMatch(/^- ❌ .* worst 2.80× \(tasks\)/);
  });

  it("judges every page when the small result could not say which show more", () => {
    const line = p50VsSmallTarget([judged(page("report", 900, 20, { rows: 200, bytes: 100 }), page("report", 100, 20))]);
    expect(line).toMatch(/^- ❌ .*for the 1 pages .* worst 9.00× \(report\)$/);
  });

  it("says what it needs without a small-scale result", () => {
    expect(p50VsSmallTarget([page("tasks", 100, 20)])).toMatch(/needs a small-scale result/);
  });
});

describe("the inlined RSC chunks", () => {
  it("names the pages whose largest chunk is past the large-object size, and the largest", () => {
    const line = rscChunkTarget([
      page("report", 100, 20, { rows: 200, bytes: 1, rscChunk: 68_013 }),
      page("tasks", 100, 20, { rows: 50, bytes: 1, rscChunk: 42_000 }),
    ]);
    expect(line).toMatch(/^- ❌ .*largest 68013 \(report\); over: report 68013$/);
    expect(rscChunkTarget([page("tasks", 100, 20, { rows: 50, bytes: 1, rscChunk: 65_535 })])).toMatch(/^- ✅ .*largest 65535 \(tasks\)$/);
  });
});
