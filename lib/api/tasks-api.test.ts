import { asc, count, eq, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens, auditLog, directives, taskEvents, tasks, users } from "@/db/schema";
import { createDirective, createTaskRow } from "@/lib/tasks/test-helpers";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { call, tokenFor } from "./test-helpers";
import { hashApiToken } from "./tokens";

const list = (await import("@/app/api/v1/tasks/route")).GET;
const detail = (await import("@/app/api/v1/tasks/[id]/route")).GET;
const progress = (await import("@/app/api/v1/tasks/[id]/progress/route")).POST;
const completion = (await import("@/app/api/v1/tasks/[id]/completion/route")).POST;

/** Unit A leads one task, coordinates another; unit B leads a third. */
async function world() {
  const [unitA, unitB] = [await createAgency(db()), await createAgency(db())];
  const ledByA = await createTaskRow(db(), { leadAgencyId: unitA.id });
  const coordinatedByA = await createTaskRow(db(), { leadAgencyId: unitB.id, coordinatorIds: [unitA.id] });
  const ledByB = await createTaskRow(db(), { leadAgencyId: unitB.id });
  const officerA = await createUser(db(), { role: "unit_officer", agencyId: unitA.id });
  const secretariat = await createUser(db(), { role: "secretariat" });
  return { unitA, unitB, ledByA, coordinatedByA, ledByB, officerA, secretariat };
}

const eventsOf = async (taskId: number) => (await db().select({ n: count() }).from(taskEvents).where(eq(taskEvents.taskId, taskId)))[0].n;
const ids = (json: Record<string, unknown>) => (json.items as { id: number }[]).map((item) => item.id).sort((a, b) => a - b);

describe("/api/v1 tasks", () => {
  it("give a unit's token only the tasks its unit leads or coordinates, and 404 for another unit's task", async () => {
    const w = await world();
    const token = await tokenFor(db(), w.officerA);
    const listed = await call(list, "/tasks?limit=200", { token });
    expect(listed.status).toBe(200);
    const seen = ids(listed.json);
    expect(seen).toEqual(expect.arrayContaining([w.ledByA.id, w.coordinatedByA.id]));
    expect(seen).not.toContain(w.ledByB.id);
    expect((await call(detail, `/tasks/${w.ledByB.id}`, { token, params: { id: w.ledByB.id } })).status).toBe(404);
    const own = await call(detail, `/tasks/${w.ledByA.id}`, { token, params: { id: w.ledByA.id } });
    expect(own.json).toMatchObject({ id: w.ledByA.id, leadAgency: { id: w.unitA.id }, status: expect.any(String), statusText: expect.any(String), history: [] });
  });

  it("give the secretariat every task, with status words in the reply's language", async () => {
    const w = await world();
    const token = await tokenFor(db(), w.secretariat);
    const vi = await call(detail, `/tasks/${w.ledByB.id}`, { token, params: { id: w.ledByB.id } });
    const en = await call(detail, `/tasks/${w.ledByB.id}`, { token, params: { id: w.ledByB.id }, headers: { "accept-language": "en-GB,en;q=0.9,vi;q=0.5" } });
    expect(vi.json.statusText).not.toBe(en.json.statusText);
    expect(vi.headers.get("content-language")).toBe("vi");
    const listed = await call(list, "/tasks?limit=200", { token });
    expect(ids(listed.json)).toEqual(expect.arrayContaining([w.ledByA.id, w.coordinatedByA.id, w.ledByB.id]));
  });

  it("let the lead unit report progress through the form's rules, with the audit row naming the token", async () => {
    const w = await world();
    const token = await tokenFor(db(), w.officerA, ["read", "tasks:write"]);
    const [before] = await db().select({ updatedAt: tasks.updatedAt }).from(tasks).where(eq(tasks.id, w.ledByA.id));
    const saved = await call(progress, `/tasks/${w.ledByA.id}/progress`, { token, method: "POST", params: { id: w.ledByA.id }, body: { text: "Đã kiểm tra 12 điểm", percent: 40 } });
    expect(saved.status).toBe(201);
    expect(await eventsOf(w.ledByA.id)).toBe(1);
    const [after] = await db().select({ updatedAt: tasks.updatedAt }).from(tasks).where(eq(tasks.id, w.ledByA.id));
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const audits = await db().select().from(auditLog).where(eq(auditLog.actorId, w.officerA.id));
    expect(audits.some((row) => row.userAgent?.includes("[api token"))).toBe(true);
    expect(JSON.stringify(audits)).not.toContain(token);
  });

  it("refuse, and write nothing: another unit's task, a coordinator's progress, a read-only token, the secretariat, invalid input", async () => {
    const w = await world();
    const writer = await tokenFor(db(), w.officerA, ["read", "tasks:write"]);
    const reader = await tokenFor(db(), w.officerA);
    const secretariat = await tokenFor(db(), w.secretariat, ["read", "tasks:write"]);
    const body = { text: "Báo cáo" };
    const post = (token: string, id: number, payload: unknown = body) => call(progress, `/tasks/${id}/progress`, { token, method: "POST", params: { id }, body: payload });

    expect((await post(writer, w.ledByB.id)).status).toBe(403);
    expect((await post(writer, w.coordinatedByA.id)).status).toBe(403);
    const readOnly = await post(reader, w.ledByA.id);
    expect(readOnly.status).toBe(403);
    expect(readOnly.json).toMatchObject({ type: "/api/v1/docs#problem-insufficient_scope", status: 403 });
    expect((await post(secretariat, w.ledByA.id)).status).toBe(403);
    const invalid = await post(writer, w.ledByA.id, { text: "", percent: 140 });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("content-type")).toContain("application/problem+json");
    expect((invalid.json.errors as { field: string; detail: string }[]).map((e) => e.field).sort()).toEqual(["percent", "text"]);
    for (const task of [w.ledByA, w.coordinatedByA, w.ledByB]) expect(await eventsOf(task.id)).toBe(0);
  });

  it("refuse a completion report on a task changed since it was read (409)", async () => {
    const w = await world();
    const token = await tokenFor(db(), w.officerA, ["read", "tasks:write"]);
    await db().update(tasks).set({ version: 2 }).where(eq(tasks.id, w.ledByA.id));
    const stale = await call(completion, `/tasks/${w.ledByA.id}/completion`, { token, method: "POST", params: { id: w.ledByA.id }, body: { version: 1, completionText: "Xong" } });
    expect(stale.status).toBe(409);
    const fresh = await call(completion, `/tasks/${w.ledByA.id}/completion`, { token, method: "POST", params: { id: w.ledByA.id }, body: { version: 2, completionText: "Xong" } });
    expect(fresh.status).toBe(201);
  });

  it("refuse missing, unknown, revoked and expired tokens and those of a disabled account, in problem+json", async () => {
    const w = await world();
    const token = await tokenFor(db(), w.officerA);
    const none = await call(list, "/tasks");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect(none.json).toMatchObject({ status: 401, title: "Chưa xác thực" });
    expect(JSON.stringify(none.json)).not.toMatch(/at .*\.ts|select /i);
    expect((await call(list, "/tasks", { token: `nsk_${"A".repeat(43)}` })).status).toBe(401);
    expect((await call(list, "/tasks", { token })).status).toBe(200);

    await db().update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.tokenHash, hashApiToken(token)));
    expect((await call(list, "/tasks", { token })).status).toBe(401);
    await db().update(apiTokens).set({ expiresAt: new Date(Date.now() + 86_400_000) }).where(eq(apiTokens.tokenHash, hashApiToken(token)));
    await db().update(users).set({ active: false }).where(eq(users.id, w.officerA.id));
    const disabled = await call(list, "/tasks", { token, headers: { "accept-language": "en" } });
    expect(disabled.status).toBe(401);
    expect(disabled.json.title).toBe("Not authenticated");
    await db().update(users).set({ active: true }).where(eq(users.id, w.officerA.id));
    await db().update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.tokenHash, hashApiToken(token)));
    expect((await call(list, "/tasks", { token })).status).toBe(401);
  });

  it("page with an opaque cursor without losing or repeating a row, filter by updated_since, and answer 304 to the ETag", async () => {
    const w = await world();
    const token = await tokenFor(db(), w.secretariat);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof call>> = await call(list, `/tasks?limit=1${cursor ? `&cursor=${cursor}` : ""}`, { token });
      expect(page.status).toBe(200);
      seen.push(...(page.json.items as { id: number }[]).map((item) => item.id));
      cursor = page.json.nextCursor as string | null;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([w.ledByA.id, w.coordinatedByA.id, w.ledByB.id]));

    const mark = new Date(Date.now() + 60_000);
    await db().update(tasks).set({ updatedAt: new Date(mark.getTime() + 1000) }).where(eq(tasks.id, w.ledByB.id));
    const since = await call(list, `/tasks?updated_since=${encodeURIComponent(mark.toISOString())}`, { token });
    expect(ids(since.json)).toEqual([w.ledByB.id]);

    expect((await call(list, "/tasks?cursor=not-a-cursor", { token })).status).toBe(400);
    expect((await call(list, "/tasks?status=nonsense", { token })).status).toBe(400);
    const first = await call(list, "/tasks", { token });
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect((await call(list, "/tasks", { token, headers: { "if-none-match": etag! } })).status).toBe(304);
  });

  it("serve every page, filtered or not, in (updated_at, id) order: the same rows as the tables give", async () => {
    const w = await world();
    const { directive: other } = await createDirective(db(), { sector: "it" });
    for (let i = 0; i < 3; i++) await createTaskRow(db(), { directiveId: other.id, leadAgencyId: w.unitA.id });
    // Ties on updated_at (one statement's now()), ordered by id.
    await db().update(tasks).set({ updatedAt: new Date("2013-05-01T01:00:00Z") }).where(eq(tasks.directiveId, other.id));
    const walk = async (token: string, query: string) => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof call>> = await call(list, `/tasks?limit=2${query}${cursor ? `&cursor=${cursor}` : ""}`, { token });
        seen.push(...(page.json.items as { id: number }[]).map((item) => item.id));
        cursor = page.json.nextCursor as string | null;
      } while (cursor);
      return seen;
    };
    const inOrder = async (where?: SQL) =>
      (await db().select({ id: tasks.id }).from(tasks).innerJoin(directives, eq(directives.id, tasks.directiveId)).where(where).orderBy(asc(tasks.updatedAt), asc(tasks.id))).map((r) => r.id);
    const secretariat = await tokenFor(db(), w.secretariat);
    expect(await walk(secretariat, "")).toEqual(await inOrder());
    expect(await walk(secretariat, "&sector=it")).toEqual(await inOrder(eq(directives.sector, "it")));
    expect(await walk(secretariat, `&conference=${other.conferenceId}&updated_since=2013-05-01T01:00:00Z`)).toEqual(await inOrder(eq(directives.conferenceId, other.conferenceId)));
    const unitA = await tokenFor(db(), w.officerA);
    const ownIds = [w.ledByA.id, w.coordinatedByA.id, ...(await inOrder(eq(directives.id, other.id)))];
    expect(await walk(unitA, "")).toEqual((await inOrder()).filter((id) => ownIds.includes(id)));
  });

  it("answer 429 with Retry-After once a token has used its minute", async () => {
    const w = await world();
    const token = await tokenFor(db(), w.officerA);
    await db().update(apiTokens).set({ rateWindowStartedAt: new Date(), rateWindowCount: 600 }).where(eq(apiTokens.tokenHash, hashApiToken(token)));
    const limited = await call(list, "/tasks", { token });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    await db().update(apiTokens).set({ rateWindowStartedAt: new Date(Date.now() - 61_000) }).where(eq(apiTokens.tokenHash, hashApiToken(token)));
    expect((await call(list, "/tasks", { token })).status).toBe(200);
    const [row] = await db().select().from(apiTokens).where(eq(apiTokens.tokenHash, hashApiToken(token)));
    expect(row.lastUsedAt).not.toBeNull();
  });
});
