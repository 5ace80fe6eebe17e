import autocannon from "autocannon";
import { CLOCK_TICKS_PER_SECOND, cpuSeconds } from "./proc";
import { sleep } from "./log";

/*
 * One load run: autocannon at N connections against one URL for D seconds, with every
 * response time kept (autocannon's own summary has no p95), and the app server's CPU time
 * (its whole process tree, from /proc) read just before and just after.
 */

export interface RunResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx responses plus socket errors and timeouts. */
  errors: number;
  cpuSeconds: number;
  /** CPU milliseconds of the server per request. */
  cpuMsPerRequest: number;
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export function runLoad(options: { url: string; cookie?: string; authorization?: string; connections: number; duration: number; serverPid: number }): Promise<RunResult> {
  const latencies: number[] = [];
  const cpuBefore = cpuSeconds(options.serverPid);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        timeout: 30,
        headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.authorization ? { authorization: options.authorization } : {}) },
      },
      (error, result) => {
        if (error) return reject(error);
        const cpu = cpuSeconds(options.serverPid) - cpuBefore;
        const seconds = (performance.now() - started) / 1000;
        latencies.sort((a, b) => a - b);
        // Every completed response was timed by the listener below (the aggregated result has no raw total).
        const requests = latencies.length;
        resolve({
          requests,
          seconds,
          rps: requests / seconds,
          p50: quantile(latencies, 0.5),
          p95: quantile(latencies, 0.95),
          p99: quantile(latencies, 0.99),
          errors: result.non2xx + result.errors + result.timeouts,
          cpuSeconds: cpu,
          cpuMsPerRequest: requests ? (cpu * 1000) / requests : Number.NaN,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}

export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
}


/**
 * Waits until the server has finished what the previous run left in flight: autocannon closes
 * its sockets when the time is up, but the server goes on rendering the requests it accepted,
 * and the database goes on running their queries. Without this, a slow page's leftovers would
 * be charged to the next page measured. Returns the milliseconds waited.
 */
export async function waitForQuiet(serverPid: number, activeQueries: () => Promise<number>, timeoutMs = 180_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const before = cpuSeconds(serverPid);
    await sleep(300);
    const busyTicks = (cpuSeconds(serverPid) - before) * CLOCK_TICKS_PER_SECOND;
    if (busyTicks <= 3 && (await activeQueries()) === 0) return Date.now() - started;
  }
  return Date.now() - started;
}
