import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies, auditLog } from "@/db/schema";
import { db } from "@/test/db";
import { createUser, unique } from "@/test/factories";
import { requestMetaFrom, writeAudit } from "./audit";

describe("audit log", () => {
  it("is written in the same transaction as the change and rolled back with it", async () => {
    const name = unique("Rollback");
    await expect(
      db().transaction(async (tx) => {
        const [row] = await tx.insert(agencies).values({ name, kind: "other" }).returning();
        await writeAudit(tx, { action: "agency.create", entityType: "agency", entityId: row.id, after: row });
        throw new Error("the change fails after both writes");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db().select().from(agencies).where(eq(agencies.name, name))).toHaveLength(0);
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, "agency.create"));
    expect(audits.some((a) => (a.after as { name?: string } | null)?.name === name)).toBe(false);
  });

  it("commits with the change and never stores a password hash", async () => {
    const user = await createUser(db(), { passwordHash: "$argon2id$secret" });
    const marker = unique("entity");
    await db().transaction(async (tx) => {
      await writeAudit(tx, { action: "user.update", actorId: user.id, entityType: "user", entityId: marker, before: user, after: { ...user, displayName: "Mới" }, meta: { ip: "10.0.0.5", userAgent: "test" } });
    });
    const [row] = await db().select().from(auditLog).where(eq(auditLog.entityId, marker));
    expect(row.actorId).toBe(user.id);
    expect(row.ip).toBe("10.0.0.5");
    expect(JSON.stringify(row.before)).not.toContain("argon2");
    expect((row.after as { displayName: string }).displayName).toBe("Mới");
  });

  it("takes the right-most x-forwarded-for hop that no trusted proxy added (none trusted by default)", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "user-agent": "Chromium" });
    const before = process.env.TRUSTED_PROXIES;
    try {
      delete process.env.TRUSTED_PROXIES;
      expect(requestMetaFrom(headers)).toEqual({ ip: "10.0.0.1", userAgent: "Chromium" });
      process.env.TRUSTED_PROXIES = "10.0.0.0/8";
      expect(requestMetaFrom(headers)).toEqual({ ip: "203.0.113.7", userAgent: "Chromium" });
      expect(requestMetaFrom(new Headers()).ip).toBe("unknown");
    } finally {
      if (before === undefined) delete process.env.TRUSTED_PROXIES;
      else process.env.TRUSTED_PROXIES = before;
    }
  });
});
