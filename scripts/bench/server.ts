import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { nextStartArgs } from "../next-start.mjs";
import { sleep } from "./log";

/*
 * Starting and stopping the production server (`next start`) the way `npm run serve` does,
 * on a free port, with the environment each measurement needs.
 */

export interface Server {
  pid: number;
  origin: string;
  /** Seconds from spawn to the first 200 on /login. */
  startSeconds: number;
  /** Tail of its output, for error messages. */
  log: () => string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}


async function waitForLogin(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/login`, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(25);
  }
  throw new Error(`the server did not answer /login with 200 within ${timeoutMs / 1000} s`);
}

/** Starts `next start` in `cwd` with `env` (NODE_ENV=production added) and waits for /login to answer 200. */
export async function startServer(cwd: string, env: Record<string, string | undefined>, timeoutMs = 120_000): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, nextStartArgs(port, cwd), {
    cwd,
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // The server runs in its own process group (detached): end the group, i.e. the server and its workers.
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForLogin(origin, child, timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { pid: child.pid!, origin, startSeconds: (performance.now() - started) / 1000, log: () => output, stop };
}

export function hasBuild(cwd: string): boolean {
  return fs.existsSync(path.join(cwd, ".next", "BUILD_ID"));
}
