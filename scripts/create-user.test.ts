import { spawnSync } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { unique } from "@/test/factories";

// The command runs as its own process, as an operator would run it; the test opens the
// database only afterwards (an embedded folder admits one process at a time).
function createUser(args: string[], password: string) {
  return spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/create-user.ts", ...args], {
    env: { ...process.env, NGHISU_PASSWORD: password },
    encoding: "utf8",
    timeout: 90_000,
  });
}


describe("npm run user:create", () => {
  it("refuses a weak password and writes nothing", () => {
    const result = createUser(["--username", unique("yeu").toLowerCase(), "--name", "Quản trị", "--role", "admin"], "nghisu-demo");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Weak password refused / Mật khẩu yếu");
  });

  it("creates the first administrator with an argon2id hash and an audit row", async () => {
    const username = unique("quantri").toLowerCase();
    const result = createUser(["--username", username, "--name", "Nguyễn Văn Quản", "--role", "admin"], "Quan-Tri-2012!");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Created admin ${username}`);

    const [user] = await getDb().select().from(users).where(eq(users.username, username));
    expect(user).toMatchObject({ role: "admin", displayName: "Nguyễn Văn Quản", active: true });
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(user.passwordHash, "Quan-Tri-2012!")).toBe(true);
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.entityId, String(user.id)));
    expect(audits.map((a) => a.action)).toContain("user.create");
    await closeDb();
  });

  it("requires an agency for a unit officer", () => {
    const result = createUser(["--username", unique("donvi").toLowerCase(), "--name", "Cán bộ", "--role", "unit_officer"], "Can-Bo-Don-Vi-1!");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--agency is required");
  });
});
