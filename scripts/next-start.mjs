// How every production app server is started (npm start, npm run serve, the end-to-end tests'
// server and the benchmark's): `next start` in a Node with these flags.
import path from "node:path";

/**
 * A bigger young generation (V8's default semi-space here is 16 MB). A page renders its
 * RSC data and HTML from many short-lived objects; with 10 requests at once a 16 MB
 * semi-space fills every few requests, and each scavenge copies the live objects of the
 * requests still in flight. 32 MB cut server CPU per request by about a tenth (A/B on one
 * build, 3 rounds: conference page 36,3 → 32,6 ms, report table 27,7 → 25,3, task overview
 * 23,9 → 20,7) for at most 32 MB more memory per server.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];

/** The arguments for `process.execPath` that run `next start` on `port` from the project folder `cwd`. */
export function nextStartArgs(port, cwd = ".") {
  return [...SERVER_NODE_FLAGS, path.join(cwd, "node_modules/next/dist/bin/next"), "start", "-p", String(port)];
}
