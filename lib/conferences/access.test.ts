import { describe, expect, it } from "vitest";
import { conferences, invitations } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency, unique } from "@/test/factories";
import { loadVisibleConference, openableConferenceIds } from "./access";

async function createConference(hostAgencyId: number, publishedToAll = false) {
  const [row] = await db()
    .insert(conferences)
    .values({ title: unique("Hội nghị"), kind: "mid_year_review", hostAgencyId, startsAt: new Date("2012-07-02T01:00:00Z"), endsAt: new Date("2012-07-02T04:30:00Z"), publishedToAll })
    .returning();
  return row;
}

describe("conference visibility", () => {
  it("shows a unit officer only conferences their agency is invited to or published to all", async () => {
    const host = await createAgency(db());
    const mine = await createAgency(db());
    const other = await createAgency(db());
    const invitedMine = await createConference(host.id);
    const invitedOther = await createConference(host.id);
    const published = await createConference(host.id, true);
    await db().insert(invitations).values([
      { conferenceId: invitedMine.id, agencyId: mine.id, checkInToken: unique("tok") },
      { conferenceId: invitedOther.id, agencyId: other.id, checkInToken: unique("tok") },
    ]);
    const officer = { role: "unit_officer" as const, agencyId: mine.id };
    expect((await loadVisibleConference(db(), invitedMine.id, officer))?.id).toBe(invitedMine.id);
    expect(await loadVisibleConference(db(), invitedOther.id, officer)).toBeNull();
    expect((await loadVisibleConference(db(), published.id, officer))?.id).toBe(published.id);
    expect((await loadVisibleConference(db(), invitedOther.id, { role: "viewer", agencyId: mine.id }))?.id).toBe(invitedOther.id);
    expect(await loadVisibleConference(db(), 999_999_999, { role: "admin", agencyId: null })).toBeNull();
  });

  it("keeps each unit to its own conferences when one prepared statement serves them all", async () => {
    // loadVisibleConference is prepared once per kind of viewer (lib/auth/viewer-scope.ts): the
    // unit's agency is a value of each run, so the statement a unit ran first must not answer for another.
    const [host, first, second] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const [forFirst, forSecond, published] = [await createConference(host.id), await createConference(host.id), await createConference(host.id, true)];
    await db().insert(invitations).values([
      { conferenceId: forFirst.id, agencyId: first.id, checkInToken: unique("tok") },
      { conferenceId: forSecond.id, agencyId: second.id, checkInToken: unique("tok") },
    ]);
    const officerOf = (agencyId: number | null) => ({ role: "unit_officer" as const, agencyId });
    const seen = async (viewer: { role: "unit_officer" | "leader"; agencyId: number | null }) => {
      const ids = [];
      for (const conference of [forFirst, forSecond, published]) if (await loadVisibleConference(db(), conference.id, viewer)) ids.push(conference.id);
      return ids;
    };
    expect(await seen(officerOf(first.id))).toEqual([forFirst.id, published.id]);
    expect(await seen(officerOf(second.id))).toEqual([forSecond.id, published.id]);
    expect(await seen(officerOf(first.id))).toEqual([forFirst.id, published.id]);
    // An officer without an agency sees what is published to all; a leader sees all three.
    expect(await seen(officerOf(null))).toEqual([published.id]);
    expect(await seen({ role: "leader", agencyId: first.id })).toEqual([forFirst.id, forSecond.id, published.id]);
    expect(await seen(officerOf(second.id))).toEqual([forSecond.id, published.id]);
  });

  it("links only to the conferences the page would show (the same rule, for a list at once)", async () => {
    const [host, mine, other] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const [invitedMine, invitedOther, published] = [await createConference(host.id), await createConference(host.id), await createConference(host.id, true)];
    await db().insert(invitations).values([
      { conferenceId: invitedMine.id, agencyId: mine.id, checkInToken: unique("tok") },
      { conferenceId: invitedOther.id, agencyId: other.id, checkInToken: unique("tok") },
    ]);
    const ids = [invitedMine.id, invitedOther.id, published.id, invitedMine.id];
    const officer = { role: "unit_officer" as const, agencyId: mine.id };
    const openable = await openableConferenceIds(db(), officer, ids);
    expect([...openable].sort()).toEqual([invitedMine.id, published.id].sort());
    for (const id of ids) expect(openable.has(id)).toBe((await loadVisibleConference(db(), id, officer)) !== null);
    expect((await openableConferenceIds(db(), { role: "leader", agencyId: null }, ids)).size).toBe(3);
    expect((await openableConferenceIds(db(), officer, [])).size).toBe(0);
  });
});
