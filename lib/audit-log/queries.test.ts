import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { db } from "@/test/db";
import { createUser, unique } from "@/test/factories";
import { flattenLabels, messagesAt } from "./labels";
import { auditQuery, changedFields, endOfVietnamDay, entityHref, listAuditEntries, parseAuditFilters, startOfVietnamDay } from "./queries";

async function logAt(at: string, values: Partial<typeof auditLog.$inferInsert> = {}) {
  const [row] = await db()
    .insert(auditLog)
    .values({ at: new Date(at), action: "user.update", ...values })
    .returning();
  return row;
}

describe("parseAuditFilters", () => {
  it("keeps well-formed filters and drops malformed ones", () => {
    expect(parseAuditFilters({ from: "01/07/2012", to: "2/7/2012" })).toMatchObject({ from: "2012-07-01", to: "2012-07-02" });
    expect(parseAuditFilters({ action: "user.create", actor: " Admin ", entityType: "user", from: "2012-07-01", to: "2012-07-02", page: "2" })).toEqual({
      action: "user.create",
      actor: "admin",
      entityType: "user",
      from: "2012-07-01",
      to: "2012-07-02",
      page: 2,
    });
    expect(parseAuditFilters({ action: "'; drop table", entityType: "User", from: "2025-02-30", to: "07/13/2012", page: "x" })).toEqual({
      action: undefined,
      actor: undefined,
      entityType: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });

  it("reads dates as whole days in Vietnam (UTC+7)", () => {
    expect(startOfVietnamDay("2012-07-02").toISOString()).toBe("2012-07-01T17:00:00.000Z");
    expect(endOfVietnamDay("2012-07-02").toISOString()).toBe("2012-07-02T17:00:00.000Z");
  });
});

describe("listAuditEntries", () => {
  it("lists newest first with the actor's display name", async () => {
    const actor = await createUser(db(), { displayName: "Giàng Thị Hoa" });
    const name = unique("actor");
    const older = await logAt("2012-07-02T01:00:00Z", { actorId: actor.id, actorUsername: name });
    const newer = await logAt("2012-07-02T02:00:00Z", { actorId: actor.id, actorUsername: name });
    const { rows, hasNext } = await listAuditEntries(db(), { actor: name, page: 1 });
    expect(rows.map((row) => row.id)).toEqual([newer.id, older.id]);
    expect(rows[0].actorDisplayName).toBe("Giàng Thị Hoa");
    expect(hasNext).toBe(false);
  });

  it("filters by action, entity type and actor (without regard to case)", async () => {
    const name = unique("actor");
    const wanted = await logAt("2012-07-02T01:00:00Z", { actorUsername: name, action: "user.disable", entityType: "user", entityId: "7" });
    await logAt("2012-07-02T01:00:00Z", { actorUsername: name, action: "user.enable", entityType: "user", entityId: "7" });
    await logAt("2012-07-02T01:00:00Z", { actorUsername: name, action: "user.disable", entityType: "agency", entityId: "7" });
    await logAt("2012-07-02T01:00:00Z", { actorUsername: unique("other"), action: "user.disable", entityType: "user" });
    const { rows } = await listAuditEntries(db(), { actor: name.toUpperCase(), action: "user.disable", entityType: "user", page: 1 });
    expect(rows.map((row) => row.id)).toEqual([wanted.id]);
  });

  it("takes from and to as calendar days in Vietnam, both inclusive", async () => {
    const name = unique("actor");
    const lastMinuteOfFirst = await logAt("2012-07-01T16:59:00Z", { actorUsername: name }); // 23:59 on 01/07 in Vietnam
    const firstMinuteOfSecond = await logAt("2012-07-01T17:00:00Z", { actorUsername: name }); // 00:00 on 02/07
    const endOfSecond = await logAt("2012-07-02T16:59:59Z", { actorUsername: name }); // 23:59:59 on 02/07
    const ids = async (from?: string, to?: string) => (await listAuditEntries(db(), { actor: name, from, to, page: 1 })).rows.map((row) => row.id);
    expect(await ids(undefined, "2012-07-01")).toEqual([lastMinuteOfFirst.id]);
    expect(await ids("2012-07-02", "2012-07-02")).toEqual([endOfSecond.id, firstMinuteOfSecond.id]);
    expect(await ids("2012-07-03")).toEqual([]);
  });

  it("pages without counting the table, and knows when a next page exists", async () => {
    const name = unique("actor");
    for (let minute = 0; minute < 5; minute++) await logAt(`2012-07-02T01:0${minute}:00Z`, { actorUsername: name });
    const first = await listAuditEntries(db(), { actor: name, page: 1 }, 2);
    const third = await listAuditEntries(db(), { actor: name, page: 3 }, 2);
    expect(first.rows).toHaveLength(2);
    expect(first.hasNext).toBe(true);
    expect(third.rows).toHaveLength(1);
    expect(third.hasNext).toBe(false);
    expect(first.rows[0].at.toISOString()).toBe("2012-07-02T01:04:00.000Z");
  });

  it("keeps a stable order for rows written in the same instant", async () => {
    const name = unique("actor");
    const same = "2012-07-02T03:00:00Z";
    const written = [await logAt(same, { actorUsername: name }), await logAt(same, { actorUsername: name }), await logAt(same, { actorUsername: name })];
    const pages = [1, 2, 3].map((page) => listAuditEntries(db(), { actor: name, page }, 1));
    const ids = (await Promise.all(pages)).flatMap((page) => page.rows.map((row) => row.id));
    expect(ids).toEqual(written.map((row) => row.id).reverse());
  });
});

class Rollback extends Error {}

/** PostgreSQL's plan for the page query, on a table big enough that an index matters. Rolled back afterwards. */
async function planFor(filters: Parameters<typeof auditQuery>[1]): Promise<string> {
  let plan = "";
  await db()
    .transaction(async (tx: Db) => {
      await tx.execute(sql`insert into audit_log (at, action, actor_username) select now() - make_interval(mins => g), case when g % 10 = 0 then 'user.update' else 'auth.sign_in' end, 'plan-' || (g % 50) from generate_series(1, 20000) g`);
      await tx.execute(sql`analyze audit_log`);
      const result = await tx.execute(sql`explain ${auditQuery(tx, filters)}`);
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string>[];
      plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
      throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return plan;
}

describe("the page query's plan", () => {
  it("walks the at index newest first instead of sorting the whole log", async () => {
    const plan = await planFor({ page: 1 });
    expect(plan).toContain("audit_log_at_idx");
    // Only an incremental sort (ties inside one instant) is acceptable, never a full one.
    expect(plan).not.toMatch(/(^|->)\s*Sort\s+\(cost/m);
  });

  it("uses the action index when an action is chosen", async () => {
    const plan = await planFor({ page: 1, action: "user.update" });
    expect(plan).toContain("audit_log_action_idx");
    expect(plan).not.toMatch(/(^|->)\s*Sort\s+\(cost/m);
  });
});

describe("presentation helpers", () => {
  it("links users, agencies and people to their pages, and nothing else", () => {
    expect(entityHref("user", "12")).toBe("/admin/users/12");
    expect(entityHref("agency", "3")).toBe("/directory/agencies/3");
    expect(entityHref("person", "9")).toBe("/directory/people/9");
    expect(entityHref("conference", "1")).toBeNull();
    expect(entityHref("user", "../x")).toBeNull();
    expect(entityHref(null, null)).toBeNull();
  });

  it("shows only what an update changed, ignoring version bookkeeping", () => {
    expect(changedFields({ role: "viewer", displayName: "A", version: 1, updatedAt: "x" }, { role: "leader", displayName: "A", version: 2, updatedAt: "y" })).toEqual({
      before: { role: "viewer" },
      after: { role: "leader" },
    });
    expect(changedFields(null, { id: 1 })).toEqual({ before: null, after: { id: 1 } });
  });

  it("flattens nested action labels into the dotted names the log stores", () => {
    const messages = { audit: { actions: { user: { create: "Tạo người dùng", reset_password: "Đặt lại mật khẩu" }, auth: { sign_in: "Đăng nhập" } } } };
    const labels = flattenLabels(messagesAt(messages, "audit.actions"));
    expect(labels.get("user.create")).toBe("Tạo người dùng");
    expect(labels.get("auth.sign_in")).toBe("Đăng nhập");
    expect(labels.size).toBe(3);
    expect(flattenLabels(messagesAt(messages, "audit.missing")).size).toBe(0);
  });
});
