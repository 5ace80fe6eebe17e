import { describe, expect, it } from "vitest";
import { noteDataChanged, recentResult } from "./recent-results";

/** A computation the test finishes by hand, counting its calls. */
function byHand() {
  const state = { calls: 0, release: (_value: number) => {} };
  const compute = () => {
    state.calls++;
    return new Promise<number>((resolve) => (state.release = resolve));
  };
  return Object.assign(state, { compute });
}

describe("recentResult", () => {
  it("reuses a result within its lifetime and computes again long after it", async () => {
    let calls = 0;
    const compute = async () => ++calls;
    expect((await recentResult("a", 1000, compute, 0)).value).toBe(1);
    expect(await recentResult("a", 1000, compute, 999)).toEqual({ value: 1, computedAt: 0 });
    // Two lifetimes on, nobody asked in between: the reader waits for a fresh value.
    expect(await recentResult("a", 1000, compute, 2000)).toEqual({ value: 2, computedAt: 2000 });
    expect((await recentResult("b", 1000, compute, 2000)).value).toBe(3);
  });

  it("past its lifetime, answers at once with the last value while one refresh runs, then with the refreshed one", async () => {
    const slow = byHand();
    const first = recentResult("f", 1000, slow.compute, 0);
    slow.release(1);
    await first;
    // Expired: the old value, and one refresh for every reader meanwhile.
    expect(await recentResult("f", 1000, slow.compute, 1500)).toEqual({ value: 1, computedAt: 0 });
    expect(await recentResult("f", 1000, slow.compute, 1600)).toEqual({ value: 1, computedAt: 0 });
    expect(slow.calls).toBe(2);
    slow.release(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await recentResult("f", 1000, slow.compute, 1700)).toEqual({ value: 2, computedAt: 1500 });
  });

  it("keeps the last value when its refresh fails, and refreshes again on the next read", async () => {
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls === 2) throw new Error("database gone");
      return calls;
    };
    await recentResult("g", 1000, flaky, 0);
    expect(await recentResult("g", 1000, flaky, 1200)).toEqual({ value: 1, computedAt: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await recentResult("g", 1000, flaky, 1300)).toEqual({ value: 1, computedAt: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(3);
    expect(await recentResult("g", 1000, flaky, 1400)).toEqual({ value: 3, computedAt: 1300 });
  });

  it("never answers with a value made before a change on this server, even while refreshing", async () => {
    const slow = byHand();
    const first = recentResult("h", 1000, slow.compute, 0);
    slow.release(1);
    await first;
    await recentResult("h", 1000, slow.compute, 1500); // starts a refresh
    noteDataChanged();
    const afterChange = recentResult("h", 1000, slow.compute, 1600);
    slow.release(5);
    expect(await afterChange).toEqual({ value: 5, computedAt: 1600 });
  });

  it("computes again after a change on this server", async () => {
    let calls = 0;
    const compute = async () => ++calls;
    await recentResult("c", 60_000, compute, 0);
    noteDataChanged();
    expect((await recentResult("c", 60_000, compute, 1)).value).toBe(2);
  });

  it("shares one computation between concurrent readers and does not keep a failure", async () => {
    const slow = byHand();
    const both = Promise.all([recentResult("d", 60_000, slow.compute, 0), recentResult("d", 60_000, slow.compute, 1)]);
    slow.release(7);
    expect((await both).map((r) => r.value)).toEqual([7, 7]);
    expect(slow.calls).toBe(1);

    await expect(recentResult("e", 60_000, () => Promise.reject(new Error("boom")), 0)).rejects.toThrow("boom");
    expect((await recentResult("e", 60_000, async () => 8, 1)).value).toBe(8);
  });
});
