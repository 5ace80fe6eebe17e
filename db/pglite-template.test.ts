import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, pgliteOptions } from "./client";
import { buildTemplate, renewTemplateSecrets, RENEW_MARKER, replaceSpare, restoreTemplate, type TemplateLocation } from "./pglite-template";
import * as schema from "./schema";
import { demoUsers } from "./seed/directory-data";

// One template for the whole file: making it costs an initdb, the migrations and the seed.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "nghisu-template-test-"));
const realMigrations = path.resolve("db/migrations");
const migrationsFolder = path.join(root, "migrations");
const location: TemplateLocation = { dir: path.join(root, "template"), buildId: "build-1", migrationsFolder };
const journal = JSON.parse(fs.readFileSync(path.join(realMigrations, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };
const freshFolder = (name: string) => path.join(root, "data", name, "pglite");

async function withDatabase<T>(folder: string, fn: (client: PGlite) => Promise<T>): Promise<T> {
  const client = new PGlite(folder, pgliteOptions());
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

const tokens = (client: PGlite) => client.query<{ id: number; token: string }>("select id, check_in_token as token from invitations order by id").then((r) => r.rows);

beforeAll(async () => {
  fs.cpSync(realMigrations, migrationsFolder, { recursive: true });
  await buildTemplate(location);
}, 300_000);

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe("embedded database template", () => {
  it("gives a fresh folder today's demo seed, migrated to the last migration, with its own check-in tokens", async () => {
    const folder = freshFolder("seeded");
    expect(restoreTemplate(folder, location, { seed: true })).toBe("seeded");
    expect(fs.existsSync(path.join(folder, RENEW_MARKER))).toBe(true);
    const templateTokens = await withDatabase(path.join(location.dir, "seeded"), tokens);
    expect(templateTokens.length).toBeGreaterThan(0);

    await withDatabase(folder, async (client) => {
      const users = await client.query<{ username: string }>("select username from users order by username");
      expect(users.rows.map((u) => u.username)).toEqual(demoUsers.map((u) => u.username).sort());
      const applied = await client.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations");
      expect(applied.rows[0].n).toBe(journal.entries.length);

      const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
      expect(await renewTemplateSecrets(db, folder)).toBe(true);
      const renewed = await tokens(client);
      expect(renewed.map((r) => r.id)).toEqual(templateTokens.map((r) => r.id));
      for (const [i, row] of renewed.entries()) {
        expect(row.token).not.toBe(templateTokens[i].token);
        expect(row.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
      }
      expect(new Set(renewed.map((r) => r.token)).size).toBe(renewed.length);
      // Done once: the marker is gone, a restart changes nothing.
      expect(fs.existsSync(path.join(folder, RENEW_MARKER))).toBe(false);
      expect(await renewTemplateSecrets(db, folder)).toBe(false);
      expect(await tokens(client)).toEqual(renewed);
    });
  });

  it("moves the spare copy into a fresh folder, copies when there is none, and makes a new one", async () => {
    const spare = path.join(location.dir, "seeded-spare");
    expect(fs.existsSync(spare)).toBe(false); // the first test's folder took it
    expect(restoreTemplate(freshFolder("copied"), location, { seed: true })).toBe("seeded");
    await replaceSpare(location);
    expect(fs.existsSync(path.join(spare, "PG_VERSION"))).toBe(true);
    expect(restoreTemplate(freshFolder("moved"), location, { seed: true })).toBe("seeded");
    expect(fs.existsSync(spare)).toBe(false);
    for (const name of ["copied", "moved"]) {
      const count = await withDatabase(freshFolder(name), (client) => client.query<{ n: number }>("select count(*)::int as n from users"));
      expect(count.rows[0].n).toBe(demoUsers.length);
    }
  });

  it("falls back to the migrated template on another day, and without the demo", async () => {
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    for (const [name, options] of [["other-day", { seed: true, now: tomorrow }], ["no-demo", { seed: false }]] as const) {
      const folder = freshFolder(name);
      expect(restoreTemplate(folder, location, options)).toBe("migrated");
      expect(fs.existsSync(path.join(folder, RENEW_MARKER))).toBe(false);
      await withDatabase(folder, async (client) => {
        expect((await client.query<{ n: number }>("select count(*)::int as n from users")).rows[0].n).toBe(0);
        expect((await client.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations")).rows[0].n).toBe(journal.entries.length);
      });
    }
  });

  it("is not used when the migrations or the build changed, or the folder is not fresh", () => {
    expect(restoreTemplate(freshFolder("other-build"), { ...location, buildId: "build-2" }, { seed: true })).toBeNull();
    expect(fs.existsSync(freshFolder("other-build"))).toBe(false);

    const newest = path.join(migrationsFolder, `${journal.entries.at(-1)!.tag}.sql`);
    const original = fs.readFileSync(newest, "utf8");
    fs.writeFileSync(newest, `${original}\n--> statement-breakpoint\nALTER TABLE "users" ADD COLUMN "nickname" text;`);
    try {
      expect(restoreTemplate(freshFolder("new-migration"), location, { seed: true })).toBeNull();
      expect(fs.existsSync(freshFolder("new-migration"))).toBe(false);
    } finally {
      fs.writeFileSync(newest, original);
    }

    const used = freshFolder("used");
    fs.mkdirSync(used, { recursive: true });
    fs.writeFileSync(path.join(used, "PG_VERSION"), "17\n");
    expect(restoreTemplate(used, location, { seed: true })).toBeNull();
    expect(fs.readdirSync(used)).toEqual(["PG_VERSION"]);
  });
});
