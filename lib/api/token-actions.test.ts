import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { apiTokens, auditLog } from "@/db/schema";
import { type FormState, idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { form, request, signedIn } from "@/test/next-request";
import { authenticateApiToken, hashApiToken } from "./tokens";

const actions = await import("./token-actions");

beforeEach(() => {
  request.user = null;
});

const tokenIn = (state: FormState) => (state.status === "ok" ? (state.values?.token ?? "") : "");
const tokensOf = (userId: number) => db().select().from(apiTokens).where(eq(apiTokens.userId, userId));

describe("API token actions", () => {
  it("create a token shown once, stored hashed, with the scopes the role may use; refuse a write the role cannot make", async () => {
    const officer = await createUser(db(), { role: "unit_officer", agencyId: (await createAgency(db())).id });
    request.user = signedIn(officer);
    const refused = await actions.createApiTokenAction(idleFormState, form({ name: "Hệ thống QLVB", scopes: "conferences:write", lifetime: 90 }));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { scopes: "api.tokens.errors.scopeNotAllowed" } });
    expect(await tokensOf(officer.id)).toHaveLength(0);

    const created = await actions.createApiTokenAction(idleFormState, form({ name: "Hệ thống QLVB", scopes: "tasks:write", lifetime: 90 }));
    expect(created.status).toBe("ok");
    const token = tokenIn(created);
    const [row] = await tokensOf(officer.id);
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(row.scopes).toEqual(["read", "tasks:write"]);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(89 * 86_400_000);
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, "api_token.create"));
    expect(JSON.stringify(audits)).not.toContain(token);
    expect(JSON.stringify(audits)).not.toContain(row.tokenHash);
    expect(await authenticateApiToken(db(), token)).toMatchObject({ status: "ok", user: { id: officer.id } });
  });

  it("let only the owner revoke a token (another user's id is not found), and the admin revoke a service account's", async () => {
    const owner = await createUser(db(), { role: "viewer" });
    const other = await createUser(db(), { role: "viewer" });
    const admin = await createUser(db(), { role: "admin" });
    request.user = signedIn(owner);
    const token = tokenIn(await actions.createApiTokenAction(idleFormState, form({ name: "Cổng thông tin", lifetime: 30 })));
    const [row] = await tokensOf(owner.id);

    request.user = signedIn(other);
    expect((await actions.revokeApiTokenAction(idleFormState, form({ id: row.id }))).status).toBe("error");
    expect((await actions.revokeApiTokenForUserAction(idleFormState, form({ id: row.id, userId: owner.id }))).status).toBe("error");
    expect(await authenticateApiToken(db(), token)).toMatchObject({ status: "ok" });

    request.user = signedIn(admin);
    const issued = await actions.createApiTokenForUserAction(idleFormState, form({ userId: owner.id, name: "Tài khoản dịch vụ", lifetime: 365 }));
    expect(issued.status).toBe("ok");
    expect((await tokensOf(owner.id)).find((t) => t.name === "Tài khoản dịch vụ")?.createdById).toBe(admin.id);
    expect((await actions.revokeApiTokenForUserAction(idleFormState, form({ id: row.id, userId: owner.id }))).status).toBe("ok");
    expect(await authenticateApiToken(db(), token)).toEqual({ status: "invalid" });
  });
});
