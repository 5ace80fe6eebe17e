import { describe, expect, it } from "vitest";
import { noteDataChanged, recentResult } from "./recent-results";

describe("recentResult", () => {
  it("reuses a result within its lifetime and computes again after it", async () => {
    let calls = 0;
    const compute = async () => ++calls;
    expect((await recentResult("a", 1000, compute, 0)).value).toBe(1);
    expect(await recentResult("a", 1000, compute, 999)).toEqual({ value: 1, computedAt: 0 });
    expect(await recentResult("a", 1000, compute, 1000)).toEqual({ value: 2, computedAt: 1000 });
    expect((await recentResult("b", 1000, compute, 1000)).value).toBe(3);
  });

  it("computes again after a change on this server", async () => {
    let calls = 0;
    const compute = async () => ++calls;
    await recentResult("c", 60_000, compute, 0);
    noteDataChanged();
    expect((await recentResult("c", 60_000, compute, 1)).value).toBe(2);
  });

  it("shares one computation between concurrent readers and does not keep a failure", async () => {
    let calls = 0;
    let release: (value: number) => void = () => {};
    const slow = () => {
      calls++;
      return new Promise<number>((resolve) => (release = resolve));
    };
    const both = Promise.all([recentResult("d", 60_000, slow, 0), recentResult("d", 60_000, slow, 1)]);
    release(7);
    expect((await both).map((r) => r.value)).toEqual([7, 7]);
    expect(calls).toBe(1);

    await expect(recentResult("e", 60_000, () => Promise.reject(new Error("boom")), 0)).rejects.toThrow("boom");
    expect((await recentResult("e", 60_000, async () => 8, 1)).value).toBe(8);
  });
});
