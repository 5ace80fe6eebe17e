import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, pgliteOptions } from "@/db/client";
import { buildTemplate, RENEW_MARKER, type TemplateLocation } from "@/db/pglite-template";
import { invitations, users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { demoUsers } from "@/db/seed/directory-data";
import { env } from "@/lib/env";
import { prepareDatabase } from "./startup";

// The production server's start on a fresh embedded data folder, with a template made here.
const location: TemplateLocation = {
  dir: path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nghisu-startup-test-")), "template"),
  buildId: "startup-test",
  migrationsFolder: path.resolve("db/migrations"),
};
vi.mock("@/db/pglite-template", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/pglite-template")>()),
  buildTemplateLocation: () => location,
}));
vi.mock("@/db/seed", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/db/seed")>();
  return { ...actual, seedDemo: vi.fn(actual.seedDemo) };
});

// On PostgreSQL (DATABASE_URL) there is no data folder and prepareDatabase is unchanged.
describe.skipIf(Boolean(process.env.DATABASE_URL))("prepareDatabase on a fresh embedded data folder", () => {
  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    await buildTemplate(location);
    vi.mocked(seedDemo).mockClear();
    Object.assign(process.env, { NODE_ENV: "production" });
  }, 300_000);

  afterAll(() => {
    Object.assign(process.env, { NODE_ENV: nodeEnv });
    fs.rmSync(path.dirname(location.dir), { recursive: true, force: true });
  });

  it("starts from today's seeded template without seeding again, with check-in tokens of its own", async () => {
    expect(fs.existsSync(env.pgliteDir)).toBe(false);
    await prepareDatabase();

    expect(seedDemo).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(env.pgliteDir, RENEW_MARKER))).toBe(false);
    const names = (await getDb().select({ username: users.username }).from(users)).map((u) => u.username);
    expect(names.sort()).toEqual(demoUsers.map((u) => u.username).sort());

    const ours = (await getDb().select({ token: invitations.checkInToken }).from(invitations)).map((r) => r.token);
    const template = new PGlite(path.join(location.dir, "seeded"), pgliteOptions());
    try {
      const theirs = (await template.query<{ token: string }>("select check_in_token as token from invitations")).rows.map((r) => r.token);
      expect(ours.length).toBe(theirs.length);
      expect(ours.filter((token) => theirs.includes(token))).toEqual([]);
    } finally {
      await template.close();
    }
  });
});
