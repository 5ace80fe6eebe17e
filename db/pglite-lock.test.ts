import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies } from "@/db/schema";
import { env } from "@/lib/env";
import { db } from "@/test/db";
import { createAgency, unique } from "@/test/factories";
import { acquireDataFolderLock, DataFolderLockedError } from "./pglite-lock";

describe("PGlite data folder lock", () => {
  it("refuses a second process with a message naming the folder and the holder, and loses nothing", async () => {
    const name = unique("Giữ nguyên");
    await createAgency(db(), { name });

    const second = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "migrate"], {
      env: { ...process.env, NGHISU_DATA_DIR: env.dataDir, DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(env.pgliteDir);
    expect(second.stderr).toContain(`PID ${process.pid}`);

    // The first process still owns a working database with its data.
    const rows = await db().select().from(agencies).where(eq(agencies.name, name));
    expect(rows).toHaveLength(1);
  });

  it("throws DataFolderLockedError for a live holder in the same process", () => {
    expect(() => acquireDataFolderLock(env.pgliteDir)).toThrow(DataFolderLockedError);
  });

  it("takes over a lock left behind by a process that died", () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nghisu-lock-")), "pglite");
    // PID 2^22+1 is above Linux's pid_max default, so no live process has it.
    fs.writeFileSync(`${folder}.lock`, JSON.stringify({ pid: 4_194_305, hostname: os.hostname(), startedAt: "2012-07-02T01:00:00Z", command: "crashed" }));
    const release = acquireDataFolderLock(folder);
    expect(JSON.parse(fs.readFileSync(`${folder}.lock`, "utf8")).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(`${folder}.lock`)).toBe(false);
  });
});
