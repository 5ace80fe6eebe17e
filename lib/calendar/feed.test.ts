import ICAL from "ical.js";
import { describe, expect, it, vi } from "vitest";
import { conferences, invitations } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import { applyReviewTemplate } from "@/lib/agenda/commands";
import { db } from "@/test/db";
import { createAgency, createUser, unique } from "@/test/factories";
import { ifNoneMatchHits } from "./etag";
import { cachedFeed, rememberFeed } from "./feed-cache";
import { FEED_LOOKBACK_DAYS, listFeedConferences } from "./queries";
import { createCalendarToken } from "./tokens";

// The route handler runs outside Next: translations are replaced.
vi.mock("@/lib/i18n/server", () => ({ getTranslations: async () => Object.assign((key: string) => key, { has: () => true }) }));
const feedRoute = await import("@/app/api/calendar/[token]/route");

const DAY = 86_400_000;

async function conference(values: Partial<typeof conferences.$inferInsert> = {}) {
  const host = await createAgency(db());
  const [row] = await db()
    .insert(conferences)
    .values({ title: unique("Hội nghị giao ban"), kind: "regular_briefing", status: "scheduled", startsAt: new Date(Date.now() + DAY), endsAt: new Date(Date.now() + DAY + 3_600_000), hostAgencyId: host.id, ...values })
    .returning();
  return row;
}

/** A conference that started `days` days before `from`, lasting two hours. */
const startedDaysAgo = (days: number, from: number, shift = 0) => ({ startsAt: new Date(from - days * DAY + shift), endsAt: new Date(from - days * DAY + shift + 7_200_000) });

async function tokenFor(values: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(db(), values);
  return (await db().transaction((tx) => createCalendarToken({ tx, audit: async () => undefined, userId: user.id }))).token;
}

const feed = (token: string, ifNoneMatch?: string) =>
  feedRoute.GET(new Request(`https://nghisu.example.vn/api/calendar/${token}`, { headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {} }), {
    params: Promise.resolve({ token }),
  });
const uids = async (response: Response) =>
  new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((e) => String(e.getFirstPropertyValue("uid")));

describe("subscription window", () => {
  it(`keep conferences that started up to ${FEED_LOOKBACK_DAYS} days ago and everything ahead, and drop older ones`, async () => {
    const now = Date.now();
    const justInside = await conference({ publishedToAll: true, ...startedDaysAgo(FEED_LOOKBACK_DAYS, now, 10 * 60_000) });
    const justOutside = await conference({ publishedToAll: true, ...startedDaysAgo(FEED_LOOKBACK_DAYS, now, -10 * 60_000) });
    const farAhead = await conference({ publishedToAll: true, ...startedDaysAgo(-400, now) });
    const seen = await uids(await feed(await tokenFor({ role: "leader" })));
    expect(seen).toContain(`conference-${justInside.id}@nghisu`);
    expect(seen).toContain(`conference-${farAhead.id}@nghisu`);
    expect(seen).not.toContain(`conference-${justOutside.id}@nghisu`);
  });

  it("measure the window from the given instant", async () => {
    const from = new Date("2012-07-02T00:00:00Z").getTime();
    const inside = await conference(startedDaysAgo(FEED_LOOKBACK_DAYS - 1, from));
    const outside = await conference(startedDaysAgo(FEED_LOOKBACK_DAYS + 1, from));
    const ids = (await listFeedConferences(db(), { role: "secretariat", agencyId: null }, new Date(from))).map((c) => c.id);
    expect(ids).toContain(inside.id);
    expect(ids).not.toContain(outside.id);
  });

  it("bring each conference's agenda titles in agenda order, and none for a conference without agenda", async () => {
    const withAgenda = await conference();
    const without = await conference();
    await db().transaction((tx) => applyReviewTemplate({ tx, audit: async () => undefined, user: { role: "secretariat", agencyId: null } }, { conferenceId: withAgenda.id }));
    const list = await listFeedConferences(db(), { role: "secretariat", agencyId: null });
    expect(list.find((c) => c.id === withAgenda.id)?.agendaTitles).toEqual(["Báo cáo kết quả thực hiện nhiệm vụ", "Thảo luận", "Phát biểu chỉ đạo của lãnh đạo", "Kết luận hội nghị"]);
    expect(list.find((c) => c.id === without.id)?.agendaTitles).toEqual([]);
  });
});

describe("conditional GET", () => {
  it("answer 304 without a body to the current ETag, and 200 with a new ETag after a conference in the feed changes", async () => {
    const c = await conference({ publishedToAll: true });
    const token = await tokenFor({ role: "leader" });
    const first = await feed(token);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect(first.headers.get("content-type")).toBe("text/calendar; charset=utf-8");

    const again = await feed(token, etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
    // The same data gives the same text: a plain second download carries the same ETag.
    expect(await (await feed(token)).text()).toBe(await first.text());

    // An edit as the conference form saves it (version and updated_at move on).
    await updateVersioned(db(), conferences, c.id, c.version, { title: unique("Hội nghị đã đổi tên") });
    const changed = await feed(token, etag);
    expect(changed.status).toBe(200);
    const etag2 = changed.headers.get("etag") ?? "";
    expect(etag2).not.toBe(etag);
    expect(await changed.text()).toContain("Hội nghị đã đổi tên");

    // A program that never sends If-None-Match gets the new text too, not a stored old one.
    const plain = await feed(token);
    expect(plain.headers.get("etag")).toBe(etag2);
    expect(await plain.text()).toContain("Hội nghị đã đổi tên");

    // An agenda change raises the conference's SEQUENCE only; the ETag follows it too.
    await db().transaction((tx) => applyReviewTemplate({ tx, audit: async () => undefined, user: { role: "secretariat", agencyId: null } }, { conferenceId: c.id }));
    const withAgenda = await feed(token, etag2);
    expect(withAgenda.status).toBe(200);
    expect(withAgenda.headers.get("etag")).not.toBe(etag2);
    expect(await withAgenda.text()).toContain("Kết luận hội nghị");
  });

  it("change a unit officer's ETag when their agency is invited to another conference", async () => {
    const unit = await createAgency(db());
    const token = await tokenFor({ role: "unit_officer", agencyId: unit.id });
    const etag = (await feed(token)).headers.get("etag") ?? "";
    expect((await feed(token, etag)).status).toBe(304);
    const invited = await conference();
    await db().insert(invitations).values({ conferenceId: invited.id, agencyId: unit.id, checkInToken: unique("qr") });
    const response = await feed(token, etag);
    expect(response.status).toBe(200);
    expect(await uids(response)).toContain(`conference-${invited.id}@nghisu`);
  });

  it("never give one unit the text stored for another unit's feed", async () => {
    const [a, b] = [await createAgency(db()), await createAgency(db())];
    const [tokenA, tokenB] = [await tokenFor({ role: "unit_officer", agencyId: a.id }), await tokenFor({ role: "unit_officer", agencyId: b.id })];
    const invited = await conference();
    await db().insert(invitations).values({ conferenceId: invited.id, agencyId: a.id, checkInToken: unique("qr") });
    const first = await feed(tokenA);
    expect(await uids(first)).toContain(`conference-${invited.id}@nghisu`);
    const other = await feed(tokenB);
    expect(other.headers.get("etag")).not.toBe(first.headers.get("etag"));
    expect(await uids(other)).not.toContain(`conference-${invited.id}@nghisu`);
  });

  it("keep at most 16 MB of stored feeds, dropping the least recently used", () => {
    const body = () => new Uint8Array(4 * 1024 * 1024);
    for (const key of ["a", "b", "c", "d"]) rememberFeed(key, body());
    expect(cachedFeed("a")).toBeDefined(); // "a" is now the most recent
    rememberFeed("e", body());
    expect(cachedFeed("b")).toBeUndefined();
    for (const key of ["a", "c", "d", "e"]) expect(cachedFeed(key)).toBeDefined();
    rememberFeed("huge", new Uint8Array(5 * 1024 * 1024));
    expect(cachedFeed("huge")).toBeUndefined();
  });

  it("compare If-None-Match lists weakly and accept *", () => {
    expect(ifNoneMatchHits(null, '"abc"')).toBe(false);
    expect(ifNoneMatchHits('"x", W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchHits("*", '"abc"')).toBe(true);
    expect(ifNoneMatchHits('"abcd"', '"abc"')).toBe(false);
  });
});
