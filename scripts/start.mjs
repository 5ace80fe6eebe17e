#!/usr/bin/env node
// `npm start`: builds the production bundle if there is none yet, then starts it.
// `npm run serve` (--no-build): starts the build there is, for app servers behind a load balancer.
// Migrations and (on the embedded database) the demo data are applied by the server
// itself before its first request (instrumentation.ts), so this asks nothing.
import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { nextStartArgs } from "./next-start.mjs";

const nextBin = "node_modules/next/dist/bin/next";
const hasBuild = existsSync(".next/BUILD_ID");
if (!hasBuild && process.argv.includes("--no-build")) {
  console.error("Nghị Sự: there is no production build yet: run `npm run build` first.");
  process.exit(1);
}
if (!hasBuild || process.argv.includes("--rebuild")) {
  console.log("Nghị Sự: building the production bundle (first start only)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // What `npm run build` does after the build: the ready-made embedded database a fresh data
  // folder is copied from, so the first start takes seconds instead of a PostgreSQL initdb.
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "db/pglite-template-cli.ts"], { stdio: "inherit" });
}
const port = process.env.PORT || "3000";
console.log(`Nghị Sự: starting on http://localhost:${port} (${process.env.DATABASE_URL ? "PostgreSQL" : `embedded database in ${process.env.NGHISU_DATA_DIR || "./data"}`})`);
// Anything else on the command line goes on to `next start` (npm run serve -- -H 10.0.0.5).
const forNext = process.argv.slice(2).filter((arg) => arg !== "--no-build" && arg !== "--rebuild");
const server = spawn(process.execPath, [...nextStartArgs(port), ...forNext], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
