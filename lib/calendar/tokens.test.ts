import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { calendarTokens, conferences, invitations, users } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/test/db";
import { createAgency, createUser, unique } from "@/test/factories";
import { createCalendarToken, findTokenOwner, hashCalendarToken, listActiveTokens, revokeCalendarToken } from "./tokens";

// The route handlers run outside Next: the session and translations are replaced.
const request = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => request.user }));
vi.mock("@/lib/i18n/server", () => ({ getTranslations: async () => Object.assign((key: string) => key, { has: () => true }) }));
const feedRoute = await import("@/app/api/calendar/[token]/route");
const icsRoute = await import("@/app/api/conferences/[id]/ics/route");

beforeEach(() => {
  request.user = null;
});

async function issue(userId: number) {
  const audits: AuditEntry[] = [];
  const created = await db().transaction((tx) => createCalendarToken({ tx, audit: async (e) => void audits.push(e), userId }));
  return { ...created, audits };
}

async function conference(values: Partial<typeof conferences.$inferInsert> = {}) {
  const host = await createAgency(db());
  const [row] = await db()
    .insert(conferences)
    .values({ title: unique("Hội nghị giao ban Sở"), kind: "regular_briefing", status: "scheduled", startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), hostAgencyId: host.id, ...values })
    .returning();
  return row;
}

const feed = (token: string) => feedRoute.GET(new Request(`https://nghisu.example.vn/api/calendar/${token}`), { params: Promise.resolve({ token }) });
const uids = async (response: Response) =>
  new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((e) => String(e.getFirstPropertyValue("uid")));
const signedIn = (row: typeof users.$inferSelect): CurrentUser => ({ id: row.id, username: row.username, displayName: row.displayName, role: row.role, agencyId: row.agencyId, agencyName: null });

describe("calendar tokens", () => {
  it("store only the SHA-256 of a 32-byte token and keep it out of the audit row", async () => {
    const user = await createUser(db());
    const { token, id, audits } = await issue(user.id);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const [row] = await db().select().from(calendarTokens).where(eq(calendarTokens.id, id));
    expect(row.tokenHash).toBe(hashCalendarToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(audits)).not.toContain(token);
    expect(JSON.stringify(audits)).not.toContain(row.tokenHash);
    expect(audits[0].action).toBe("calendar_token.create");
    expect((await findTokenOwner(db(), token))?.id).toBe(user.id);
  });

  it("refuse a revoked token, another user's revoke, an unknown token and a disabled account", async () => {
    const user = await createUser(db());
    const other = await createUser(db());
    const { token, id } = await issue(user.id);
    await expect(db().transaction((tx) => revokeCalendarToken({ tx, audit: async () => undefined, userId: other.id }, id))).rejects.toThrow("errors.notFound");
    expect(await findTokenOwner(db(), token)).not.toBeNull();
    await db().transaction((tx) => revokeCalendarToken({ tx, audit: async () => undefined, userId: user.id }, id));
    expect(await findTokenOwner(db(), token)).toBeNull();
    expect(await listActiveTokens(db(), user.id)).toHaveLength(0);
    expect((await feed(token)).status).toBe(404);
    expect((await feed("A".repeat(43))).status).toBe(404);

    const second = await issue(user.id);
    await db().update(users).set({ active: false }).where(eq(users.id, user.id));
    expect((await feed(second.token)).status).toBe(404);
  });
});

describe("calendar feed and .ics routes", () => {
  it("give a unit officer's feed only their agency's and published conferences, never drafts", async () => {
    const unit = await createAgency(db());
    const officer = await createUser(db(), { role: "unit_officer", agencyId: unit.id });
    const invited = await conference();
    const published = await conference({ publishedToAll: true, status: "cancelled" });
    const hidden = await conference();
    const draft = await conference({ publishedToAll: true, status: "draft" });
    const old = await conference({ publishedToAll: true, startsAt: new Date(Date.now() - 100 * 86_400_000), endsAt: new Date(Date.now() - 99 * 86_400_000) });
    await db().insert(invitations).values({ conferenceId: invited.id, agencyId: unit.id, checkInToken: unique("qr") });
    const { token } = await issue(officer.id);
    const response = await feed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const seen = await uids(response);
    expect(seen).toContain(`conference-${invited.id}@nghisu`);
    expect(seen).toContain(`conference-${published.id}@nghisu`);
    for (const absent of [hidden, draft, old]) expect(seen).not.toContain(`conference-${absent.id}@nghisu`);
  });

  it("serve one conference's .ics to a signed-in user who may see it: 401 without a session, 404 when hidden", async () => {
    const c = await conference({ title: "Hội nghị sơ kết 6 tháng đầu năm 2012", sequence: 5 });
    const call = (id: string) => icsRoute.GET(new Request(`https://nghisu.example.vn/api/conferences/${id}/ics`), { params: Promise.resolve({ id }) });
    expect((await call(String(c.id))).status).toBe(401);
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: (await createAgency(db())).id }));
    expect((await call(String(c.id))).status).toBe(404);
    request.user = signedIn(await createUser(db(), { role: "viewer" }));
    expect((await call("abc")).status).toBe(404);
    const response = await call(String(c.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("Hội nghị sơ kết 6 tháng đầu năm 2012.ics")}`);
    const [vevent] = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent");
    expect(vevent.getFirstPropertyValue("summary")).toBe("Hội nghị sơ kết 6 tháng đầu năm 2012");
    expect(vevent.getFirstPropertyValue("sequence")).toBe(5);
    expect(vevent.getFirstPropertyValue("uid")).toBe(`conference-${c.id}@nghisu`);
  });
});
