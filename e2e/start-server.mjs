// Starts the production build for the end-to-end tests: a fresh embedded database in
// .data/e2e (or the PostgreSQL server in DATABASE_URL, with the demo data loaded).
// Builds first unless E2E_SKIP_BUILD=1 (CI builds once and runs the suite twice).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { nextStartArgs } from "../scripts/next-start.mjs";

const nextBin = "node_modules/next/dist/bin/next";
const dataDir = path.resolve(".data/e2e");
fs.rmSync(dataDir, { recursive: true, force: true });

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const env = {
  ...process.env,
  NODE_ENV: "production",
  NGHISU_DATA_DIR: dataDir,
  NGHISU_DEMO: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-only-for-tests",
  // The tests stand in for a load balancer: they may say which client address a request is from.
  TRUSTED_PROXIES: "127.0.0.1",
};
// No -H 127.0.0.1: Next then compares a proxy rewrite's URL (its host made "localhost") with
// "127.0.0.1", takes the rewrite for an external one and proxies it over HTTP to localhost
// (which failed with "socket hang up" when localhost resolved to ::1). See proxy.ts, /login.
const server = spawn(process.execPath, nextStartArgs(process.env.E2E_PORT ?? "3210"), { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
