import { describe, expect, it } from "vitest";
import { attendance, conferences, invitations } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency, createUser, unique } from "@/test/factories";
import { countRepliesAndPresent, getConferenceDetail, listConferences, parseConferenceListParams } from "./queries";

// Each test file gets its own database, so the rows below are the only conferences.
async function conference(values: Partial<typeof conferences.$inferInsert> & { hostAgencyId: number }) {
  const [row] = await db()
    .insert(conferences)
    .values({ title: unique("Hội nghị"), kind: "mid_year_review", startsAt: new Date("2012-07-02T01:00:00Z"), endsAt: new Date("2012-07-02T04:30:00Z"), ...values })
    .returning();
  return row;
}

const admin = { role: "admin" as const, agencyId: null };

describe("conference list", () => {
  it("reads filters from the query string and ignores unknown values", () => {
    expect(parseConferenceListParams({ q: " sơ kết ", kind: "annual_review", status: "nope", host: "12", period: "2012-h1", page: "2" })).toEqual({
      q: "sơ kết",
      kind: "annual_review",
      status: undefined,
      hostAgencyId: 12,
      period: "2012-H1",
      page: 2,
    });
    expect(parseConferenceListParams({ period: "2012-X", host: "abc" })).toMatchObject({ period: undefined, hostAgencyId: undefined, page: 1 });
  });

  it("filters by kind, status, host, period year or code and title, newest first", async () => {
    const host = await createAgency(db());
    const otherHost = await createAgency(db());
    const h1 = await conference({ hostAgencyId: host.id, title: "Sơ kết 6 tháng đầu năm 2012", reviewedPeriod: "2012-H1", status: "concluded" });
    const y = await conference({ hostAgencyId: host.id, title: "Tổng kết năm 2012", kind: "annual_review", reviewedPeriod: "2012-Y", startsAt: new Date("2013-01-10T01:00:00Z"), endsAt: new Date("2013-01-10T04:00:00Z") });
    const older = await conference({ hostAgencyId: otherHost.id, title: "Sơ kết 6 tháng đầu năm 2011", reviewedPeriod: "2011-H1", startsAt: new Date("2011-07-04T01:00:00Z"), endsAt: new Date("2011-07-04T04:00:00Z") });

    const all = await listConferences(db(), admin, parseConferenceListParams({}));
    expect(all.rows.map((r) => r.id)).toEqual([y.id, h1.id, older.id]);
    expect(all.total).toEqual({ count: 3, more: false });
    expect(all.rows[0].hostAgencyName).toBe(host.name);

    const ids = async (params: Record<string, string>) => (await listConferences(db(), admin, parseConferenceListParams(params))).rows.map((r) => r.id);
    expect(await ids({ kind: "annual_review" })).toEqual([y.id]);
    expect(await ids({ status: "concluded" })).toEqual([h1.id]);
    expect(await ids({ host: String(otherHost.id) })).toEqual([older.id]);
    expect(await ids({ period: "2012" })).toEqual([y.id, h1.id]);
    expect(await ids({ period: "2011-H1" })).toEqual([older.id]);
    expect(await ids({ q: "sơ kết" })).toEqual([h1.id, older.id]);
    expect(await ids({ q: "100%" })).toEqual([]);
  });

  it("pages 50 at a time with the total", async () => {
    const host = await createAgency(db());
    const page = await listConferences(db(), admin, { page: 1, hostAgencyId: host.id }, 2);
    expect(page).toEqual({ rows: [], total: { count: 0, more: false } });
    for (let i = 0; i < 3; i++) await conference({ hostAgencyId: host.id });
    const first = await listConferences(db(), admin, { page: 1, hostAgencyId: host.id }, 2);
    const second = await listConferences(db(), admin, { page: 2, hostAgencyId: host.id }, 2);
    const beyond = await listConferences(db(), admin, { page: 5, hostAgencyId: host.id }, 2);
    expect([first.rows.length, first.total.count, second.rows.length, second.total.count, beyond.rows.length, beyond.total.count]).toEqual([2, 3, 1, 3, 0, 3]);
  });

  it("shows a unit officer only what their agency is invited to or published to all", async () => {
    const host = await createAgency(db());
    const mine = await createAgency(db());
    const invited = await conference({ hostAgencyId: host.id });
    const published = await conference({ hostAgencyId: host.id, publishedToAll: true });
    const hidden = await conference({ hostAgencyId: host.id, previousConferenceId: null });
    await db().insert(invitations).values({ conferenceId: invited.id, agencyId: mine.id, checkInToken: unique("tok") });
    const officer = { role: "unit_officer" as const, agencyId: mine.id };
    const seen = (await listConferences(db(), officer, { page: 1, hostAgencyId: host.id })).rows.map((r) => r.id);
    expect(seen.sort()).toEqual([invited.id, published.id].sort());
    expect(seen).not.toContain(hidden.id);

    // The "Kỳ trước" link is hidden when the previous conference is not visible to the officer.
    const follower = await conference({ hostAgencyId: host.id, publishedToAll: true, previousConferenceId: hidden.id });
    expect((await getConferenceDetail(db(), follower.id, officer))?.previousId).toBeNull();
    expect((await getConferenceDetail(db(), follower.id, admin))?.previousId).toBe(hidden.id);
  });

  it("links to no previous conference once that one was deleted", async () => {
    const host = await createAgency(db());
    const secretariat = await createUser(db(), { role: "secretariat" });
    const removedDraft = await conference({ hostAgencyId: host.id, deletedAt: new Date("2012-06-20T02:00:00Z"), deletedById: secretariat.id });
    const follower = await conference({ hostAgencyId: host.id, previousConferenceId: removedDraft.id });
    expect(await getConferenceDetail(db(), follower.id, admin)).toMatchObject({ previousId: null, previousTitle: null });
  });

  it("counts invitations by reply and people present in one statement", async () => {
    const host = await createAgency(db());
    const c = await conference({ hostAgencyId: host.id });
    const [a, b, d] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const [inv] = await db()
      .insert(invitations)
      .values([
        { conferenceId: c.id, agencyId: a.id, status: "confirmed", checkInToken: unique("tok") },
        { conferenceId: c.id, agencyId: b.id, status: "confirmed", checkInToken: unique("tok") },
        { conferenceId: c.id, agencyId: d.id, status: "declined", checkInToken: unique("tok") },
      ])
      .returning();
    await db().insert(attendance).values([{ conferenceId: c.id, invitationId: inv.id, attendeeName: "Lò Văn A" }, { conferenceId: c.id, attendeeName: "Khách mời" }]);
    expect(await countRepliesAndPresent(db(), c.id)).toEqual({ replies: { invited: 0, confirmed: 2, declined: 1, delegated: 0 }, present: 2 });
    // A conference nobody was invited to still has its one row of zeros.
    const empty = await conference({ hostAgencyId: host.id });
    expect(await countRepliesAndPresent(db(), empty.id)).toEqual({ replies: { invited: 0, confirmed: 0, declined: 0, delegated: 0 }, present: 0 });
  });
});
