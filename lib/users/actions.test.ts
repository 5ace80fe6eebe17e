import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createUser, unique } from "@/test/factories";

import { form, Redirected, request, signedIn } from "@/test/next-request";

const { createUserAction, disableUserAction, enableUserAction, resetPasswordAction, signOutEverywhereAction, updateUserAction } = await import("./actions");



beforeEach(() => {
  request.user = null;
});

describe("user administration actions", () => {
  it("refuse every role but administrator and leave the database unchanged", async () => {
    const target = await createUser(db(), { role: "viewer" });
    const agency = await createAgency(db());
    for (const role of ["secretariat", "leader", "unit_officer", "viewer"] as const) {
      request.user = signedIn(await createUser(db(), { role, agencyId: agency.id }));
      const username = unique("x");
      const results = [
        await createUserAction(idleFormState, form({ username, displayName: "X", role: "admin", password: "Hoa-Ban-2012!" })),
        await updateUserAction(idleFormState, form({ id: target.id, version: 1, displayName: "Đổi", role: "admin" })),
        await resetPasswordAction(idleFormState, form({ id: target.id, newPassword: "Hoa-Ban-2012!" })),
        await disableUserAction(idleFormState, form({ id: target.id })),
        await enableUserAction(idleFormState, form({ id: target.id })),
        await signOutEverywhereAction(idleFormState, form({ id: target.id })),
      ];
      for (const result of results) expect(result).toMatchObject({ status: "error", message: "errors.forbidden" });
      expect(await db().select().from(users).where(eq(users.username, username))).toHaveLength(0);
    }
    const [after] = await db().select().from(users).where(eq(users.id, target.id));
    expect(after).toMatchObject({ role: "viewer", displayName: target.displayName, active: true, sessionVersion: 1, passwordHash: "x", version: 1 });
    expect(await db().select().from(auditLog).where(eq(auditLog.entityId, String(target.id)))).toHaveLength(0);
  });

  it("refuse a signed-out visitor", async () => {
    const target = await createUser(db());
    expect(await disableUserAction(idleFormState, form({ id: target.id }))).toMatchObject({ status: "error", message: "errors.signedOut" });
  });

  it("create an account for an administrator and go to its page, never echoing the password", async () => {
    request.user = signedIn(await createUser(db(), { role: "admin" }));
    const username = unique("moi").toLowerCase();
    await expect(createUserAction(idleFormState, form({ username, displayName: "Lò Văn Mới", role: "viewer", password: "Hoa-Ban-2012!" }))).rejects.toThrow(Redirected);
    const [created] = await db().select().from(users).where(eq(users.username, username));
    expect(created).toBeDefined();
    const weak = await createUserAction(idleFormState, form({ username: unique("yeu"), displayName: "Yếu", role: "viewer", password: "matkhau123" }));
    expect(weak).toMatchObject({ status: "error", fieldErrors: { password: "validation.passwordCommon" } });
    expect(weak.status === "error" && weak.values).not.toHaveProperty("password");
  });

  it("disable with the request's address in the audit row, and refuse self-disabling", async () => {
    const admin = await createUser(db(), { role: "admin" });
    request.user = signedIn(admin);
    const target = await createUser(db());
    expect(await disableUserAction(idleFormState, form({ id: target.id }))).toEqual({ status: "ok", message: "users.disabled" });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.entityId, String(target.id)));
    expect(entry).toMatchObject({ action: "user.disable", actorId: admin.id, ip: "203.0.113.9" });
    expect(await disableUserAction(idleFormState, form({ id: admin.id }))).toMatchObject({ status: "error", message: "errors.cannotDisableSelf" });
  });

  it("report a stale edit as a conflict", async () => {
    request.user = signedIn(await createUser(db(), { role: "admin" }));
    const target = await createUser(db(), { version: 2 });
    expect(await updateUserAction(idleFormState, form({ id: target.id, version: 1, displayName: "Cũ", role: "viewer" }))).toMatchObject({ status: "error", message: "errors.conflict" });
  });
});
