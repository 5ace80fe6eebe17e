import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { residentMiB } from "./proc";
import { startServer } from "./server";
import { signIn } from "./session";

/*
 * The embedded mode as a first-time user meets it: no DATABASE_URL, a fresh data folder, the
 * production server started cold (migrations and the demo data are loaded before the first
 * request) until /login answers 200; then a short demo tour, and the resident memory of the
 * server's process tree.
 */

export interface EmbeddedResult {
  coldStartSeconds: number;
  residentMiB: number;
  tourRequests: number;
  tourErrors: string[];
}

const TOUR: { user: string; paths: string[] }[] = [
  { user: "vanphong", paths: ["/", "/conferences", "/conferences?status=concluded", "/schedule", "/tasks", "/tasks/overview", "/directives", "/reports"] },
  { user: "bcvt", paths: ["/", "/conferences", "/schedule", "/tasks", "/tasks/overview"] },
];

export async function measureEmbedded(cwd: string, password: string): Promise<EmbeddedResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nghisu-bench-embedded-"));
  const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: undefined, AUTH_SECRET: undefined, NGHISU_DATA_DIR: dataDir, NGHISU_COUNT_QUERIES: undefined };
  const server = await startServer(cwd, env);
  const tourErrors: string[] = [];
  let tourRequests = 0;
  try {
    for (const { user, paths } of TOUR) {
      const cookie = await signIn(server.origin, user, password);
      const conference = await fetch(`${server.origin}/conferences`, { headers: { cookie } }).then((r) => r.text());
      const firstConference = /href="(\/conferences\/\d+)"/.exec(conference)?.[1];
      for (const url of [...paths, ...(firstConference ? [firstConference] : [])]) {
        for (let i = 0; i < 3; i++) {
          const response = await fetch(`${server.origin}${url}`, { headers: { cookie }, redirect: "manual" });
          await response.arrayBuffer();
          tourRequests++;
          // 404 is allowed for a route this build does not have.
          if (response.status >= 400 && response.status !== 404 && i === 0) tourErrors.push(`${user} ${url}: HTTP ${response.status}`);
        }
      }
    }
    return { coldStartSeconds: server.startSeconds, residentMiB: residentMiB(server.pid), tourRequests, tourErrors };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
