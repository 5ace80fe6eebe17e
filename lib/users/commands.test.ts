import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/test/db";
import { createAgency, createUser, unique } from "@/test/factories";
import { type CommandContext, createUserAccount, resetUserPassword, setUserActive, signOutUserEverywhere, updateUserAccount } from "./commands";

/** What mutate() gives a command: the transaction, the actor and an audit writer bound to both. */
function context(tx: Db, actorId: number): CommandContext {
  return { tx, actorId, audit: (entry) => writeAudit(tx, { ...entry, actorId }) };
}

const run = <T>(actorId: number, fn: (ctx: CommandContext) => Promise<T>) => db().transaction((tx) => fn(context(tx, actorId)));

async function reload(id: number) {
  const [row] = await db().select().from(users).where(eq(users.id, id));
  return row;
}

async function auditFor(id: number) {
  return db().select().from(auditLog).where(eq(auditLog.entityId, String(id))).orderBy(auditLog.id);
}

class Rollback extends Error {}

/**
 * Runs fn as the only active administrator would see the world (every other admin
 * disabled), then rolls everything back, so the test holds on a shared database too.
 */
async function asOnlyAdmin(fn: (tx: Db, adminId: number) => Promise<void>) {
  await db()
    .transaction(async (tx) => {
      await tx.update(users).set({ active: false }).where(eq(users.role, "admin"));
      const [admin] = await tx.insert(users).values({ username: unique("solo"), displayName: "Quản trị duy nhất", passwordHash: "x", role: "admin" }).returning();
      await fn(tx, admin.id);
      throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
}

describe("createUserAccount", () => {
  it("stores an argon2id hash, never the password, and audits without the hash", async () => {
    const actor = await createUser(db(), { role: "admin" });
    const username = unique("moi");
    const created = await run(actor.id, (ctx) => createUserAccount(ctx, { username, displayName: "Lò Văn Mới", role: "viewer", password: "Hoa-Ban-2012!" }));
    const row = await reload(created.id);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, "Hoa-Ban-2012!")).toBe(true);
    const [entry] = await auditFor(created.id);
    expect(entry).toMatchObject({ action: "user.create", entityType: "user", actorId: actor.id });
    expect(JSON.stringify(entry.after)).not.toContain("argon2");
    expect(JSON.stringify(entry.after)).not.toContain("Hoa-Ban-2012!");
  });

  it("refuses a username already taken, under the username field", async () => {
    const existing = await createUser(db());
    await expect(run(existing.id, (ctx) => createUserAccount(ctx, { username: existing.username, displayName: "Trùng", role: "viewer", password: "Hoa-Ban-2012!" }))).rejects.toMatchObject({
      messageKey: "errors.usernameTaken",
      field: "username",
    });
  });
});

describe("updateUserAccount", () => {
  it("saves display name, role and agency, moves the version on and audits before and after", async () => {
    const actor = await createUser(db(), { role: "admin" });
    const agency = await createAgency(db());
    const user = await createUser(db(), { role: "viewer" });
    await run(actor.id, (ctx) => updateUserAccount(ctx, { id: user.id, version: 1, displayName: "Tên mới", role: "unit_officer", agencyId: agency.id }));
    expect(await reload(user.id)).toMatchObject({ displayName: "Tên mới", role: "unit_officer", agencyId: agency.id, version: 2 });
    const [entry] = await auditFor(user.id);
    expect(entry.action).toBe("user.update");
    expect((entry.before as { role: string }).role).toBe("viewer");
    expect((entry.after as { role: string }).role).toBe("unit_officer");
  });

  it("refuses a save made from a stale form", async () => {
    const actor = await createUser(db(), { role: "admin" });
    const user = await createUser(db(), { version: 3 });
    await expect(run(actor.id, (ctx) => updateUserAccount(ctx, { id: user.id, version: 2, displayName: "Cũ", role: "viewer" }))).rejects.toMatchObject({ messageKey: "errors.conflict" });
    expect((await reload(user.id)).displayName).toBe(user.displayName);
  });

  it("refuses demoting the last active administrator and leaves the account unchanged", async () => {
    await asOnlyAdmin(async (tx, adminId) => {
      await expect(updateUserAccount(context(tx, adminId), { id: adminId, version: 1, displayName: "Hạ quyền", role: "leader" })).rejects.toMatchObject({ messageKey: "errors.lastAdmin", field: "role" });
    });
  });

  it("allows demoting an administrator while another one stays active", async () => {
    await asOnlyAdmin(async (tx, adminId) => {
      const [other] = await tx.insert(users).values({ username: unique("hai"), displayName: "Quản trị hai", passwordHash: "x", role: "admin" }).returning();
      const after = await updateUserAccount(context(tx, adminId), { id: other.id, version: 1, displayName: "Quản trị hai", role: "leader" });
      expect(after.role).toBe("leader");
    });
  });
});

describe("setUserActive", () => {
  it("locks an account, ends its sessions and can unlock it again", async () => {
    const actor = await createUser(db(), { role: "admin" });
    const user = await createUser(db(), { role: "secretariat" });
    await run(actor.id, (ctx) => setUserActive(ctx, user.id, false));
    expect(await reload(user.id)).toMatchObject({ active: false, sessionVersion: 2 });
    await run(actor.id, (ctx) => setUserActive(ctx, user.id, true));
    expect(await reload(user.id)).toMatchObject({ active: true, sessionVersion: 2 });
    expect((await auditFor(user.id)).map((entry) => entry.action)).toEqual(["user.disable", "user.enable"]);
  });

  it("changes nothing and audits nothing when the account is already in that state", async () => {
    const actor = await createUser(db(), { role: "admin" });
    const user = await createUser(db(), { active: false });
    await run(actor.id, (ctx) => setUserActive(ctx, user.id, false));
    expect((await reload(user.id)).sessionVersion).toBe(1);
    expect(await auditFor(user.id)).toHaveLength(0);
  });

  it("refuses an administrator locking their own account", async () => {
    const actor = await createUser(db(), { role: "admin" });
    await expect(run(actor.id, (ctx) => setUserActive(ctx, actor.id, false))).rejects.toMatchObject({ messageKey: "errors.cannotDisableSelf" });
    expect((await reload(actor.id)).active).toBe(true);
  });

  it("refuses locking the last active administrator", async () => {
    await asOnlyAdmin(async (tx, adminId) => {
      const other = await createUser(tx, { role: "viewer" });
      await expect(setUserActive(context(tx, other.id), adminId, false)).rejects.toMatchObject({ messageKey: "errors.lastAdmin" });
    });
  });

  it("reports an unknown account as not found", async () => {
    const actor = await createUser(db(), { role: "admin" });
    await expect(run(actor.id, (ctx) => setUserActive(ctx, 2_000_000_000, true))).rejects.toMatchObject({ messageKey: "errors.notFound" });
  });
});

describe("resetUserPassword and signOutUserEverywhere", () => {
  it("sets a new password and ends every session", async () => {
    const actor = await createUser(db(), { role: "admin" });
    const user = await createUser(db());
    await run(actor.id, (ctx) => resetUserPassword(ctx, { id: user.id, newPassword: "Muong-Thanh-2012" }));
    const row = await reload(user.id);
    expect(await verifyPassword(row.passwordHash, "Muong-Thanh-2012")).toBe(true);
    expect(row.sessionVersion).toBe(2);
    const [entry] = await auditFor(user.id);
    expect(entry).toMatchObject({ action: "user.reset_password", before: { sessionVersion: 1 }, after: { sessionVersion: 2 } });
  });

  it("judges the new password against the stored username, not the one the form sent", async () => {
    const actor = await createUser(db(), { role: "admin" });
    const user = await createUser(db(), { username: unique("giang").toLowerCase() });
    await expect(run(actor.id, (ctx) => resetUserPassword(ctx, { id: user.id, username: "khac", newPassword: `X9!${user.username}` }))).rejects.toMatchObject({
      messageKey: "validation.passwordContainsUsername",
      field: "newPassword",
    });
    expect((await reload(user.id)).passwordHash).toBe("x");
  });

  it("signs an account out everywhere by moving its session version on", async () => {
    const actor = await createUser(db(), { role: "admin" });
    const user = await createUser(db(), { sessionVersion: 4 });
    await run(actor.id, (ctx) => signOutUserEverywhere(ctx, user.id));
    expect((await reload(user.id)).sessionVersion).toBe(5);
    expect((await auditFor(user.id)).map((entry) => entry.action)).toEqual(["user.sign_out_everywhere"]);
  });
});
