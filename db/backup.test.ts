import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { backupEmbeddedDatabase, restoreEmbeddedDatabase } from "./backup";

/*
 * npm run db:backup / db:restore, run as the operator runs them: each step is its own
 * process (as it is in real life, and because PGlite cannot reopen a folder in the process
 * that closed it). Its own data folder whatever DATABASE_URL says: these are for the embedded database.
 */
const run = promisify(execFile);
const root = fs.mkdtempSync(path.join(os.tmpdir(), "nghisu-backup-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const dataDir = path.join(root, "data");
const folder = path.join(dataDir, "pglite");
const environment = () => {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NGHISU_DATA_DIR: dataDir };
  delete childEnv.DATABASE_URL;
  return childEnv;
};

/** Runs SQL on the embedded database in a process of its own; returns the rows of the last statement. */
async function sqlInOwnProcess(statements: string): Promise<Record<string, unknown>[]> {
  const script = `
    import { PGlite } from "@electric-sql/pglite";
    const db = new PGlite(${JSON.stringify(folder)});
    const results = await db.exec(${JSON.stringify(statements)});
    await db.close();
    process.stdout.write(JSON.stringify(results.at(-1)?.rows ?? []));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { env: environment() });
  return JSON.parse(stdout) as Record<string, unknown>[];
}

const npmScript = (name: string, ...args: string[]) => run("npm", ["run", "--silent", name, "--", ...args], { env: environment() });

describe("npm run db:backup / db:restore", () => {
  it("round-trips: what was there at the backup is there after the restore, and the replaced folder is kept", async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    await sqlInOwnProcess("create table conferences_copy (id int primary key, name text not null); insert into conferences_copy values (1, 'Hội nghị sơ kết 6 tháng đầu năm 2012'), (2, 'Giao ban tháng 7')");
    const file = path.join(root, "backups", "nghisu.tar.gz");
    const backup = await npmScript("db:backup", file);
    expect(backup.stdout).toContain(file);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    await sqlInOwnProcess("delete from conferences_copy where id = 1; insert into conferences_copy values (3, 'Sau sao lưu')");
    const restore = await npmScript("db:restore", file);
    expect(restore.stdout).toMatch(/before-restore-/);

    const rows = await sqlInOwnProcess("select name from conferences_copy order by id");
    expect(rows.map((row) => row.name)).toEqual(["Hội nghị sơ kết 6 tháng đầu năm 2012", "Giao ban tháng 7"]);
    const kept = fs.readdirSync(dataDir).filter((name) => name.startsWith("pglite.before-restore-"));
    expect(kept).toHaveLength(1);
    expect(fs.existsSync(`${folder}.lock`)).toBe(false);
    // Five processes, each starting PGlite: seconds each, a minute or more on a busy machine.
  }, 300_000);

  it("refuses while another process holds the data folder, and refuses a file that is not a backup", async () => {
    const held = path.join(root, "held", "pglite");
    fs.mkdirSync(held, { recursive: true });
    const holder = { pid: process.ppid, hostname: os.hostname(), startedAt: new Date().toISOString(), command: "next start" };
    fs.writeFileSync(`${held}.lock`, JSON.stringify(holder));
    await expect(backupEmbeddedDatabase(held, path.join(root, "x.tar.gz"))).rejects.toThrow(/đang được tiến trình khác sử dụng/);

    const notABackup = path.join(root, "notes.txt");
    fs.writeFileSync(notABackup, "xin chào");
    await expect(restoreEmbeddedDatabase(path.join(root, "other", "pglite"), notABackup)).rejects.toThrow(/db:backup/);
  });

  it("on PostgreSQL points to pg_dump instead", async () => {
    // A DATABASE_URL that is never connected to: the script stops before opening anything.
    const onPostgres = run("npm", ["run", "--silent", "db:backup"], { env: { ...environment(), DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" } }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    const result = await onPostgres;
    expect(result).toMatchObject({ code: 2 });
    expect((result as { stderr: string }).stderr).toContain("pg_dump");
  });
});
