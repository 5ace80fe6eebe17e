import { describe, expect, it } from "vitest";
import { countQueries } from "@/test/query-count";
import { conferences, invitations } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency, createPerson, unique } from "@/test/factories";
import { listScheduleConferences } from "./queries";
import { groupByLocalDay, monthOf, scheduleTime, weekOf } from "./rules";

async function createConference(values: Partial<typeof conferences.$inferInsert> & { startsAt: Date }) {
  const host = await createAgency(db(), { name: unique("Sở Thông tin và Truyền thông") });
  const [row] = await db()
    .insert(conferences)
    .values({ title: unique("Hội nghị"), kind: "regular_briefing", status: "scheduled", endsAt: new Date(values.startsAt.getTime() + 3_600_000), hostAgencyId: host.id, ...values })
    .returning();
  return row;
}

describe("week and month ranges", () => {
  it("run Monday to Sunday in Asia/Ho_Chi_Minh from any date in the week", () => {
    const week = weekOf("2012-07-05");
    expect(week.monday).toBe("2012-07-02");
    expect(week.days.at(-1)).toBe("2012-07-08");
    expect(week.from.toISOString()).toBe("2012-07-01T17:00:00.000Z");
    expect(week.to.toISOString()).toBe("2012-07-08T17:00:00.000Z");
    expect([week.previous, week.next]).toEqual(["2012-06-25", "2012-07-09"]);
    expect(weekOf("08/07/2012").monday).toBe("2012-07-02");
    expect(weekOf("nonsense", new Date("2012-07-01T18:00:00Z")).monday).toBe("2012-07-02");
  });

  it("cover a month with whole weeks", () => {
    const month = monthOf("2012-07");
    expect(month.weeks[0][0]).toBe("2012-06-25");
    expect(month.weeks.at(-1)?.at(-1)).toBe("2012-08-05");
    expect([month.previous, month.next]).toEqual(["2012-06", "2012-08"]);
    expect(monthOf("2012-12").next).toBe("2013-01");
  });

  it("put 23:30 UTC on Sunday on Monday's row", () => {
    const groups = groupByLocalDay([{ startsAt: new Date("2012-07-01T23:30:00Z") }], weekOf("2012-07-02").days);
    expect(groups[0]).toMatchObject({ day: "2012-07-02" });
    expect(groups[0].rows).toHaveLength(1);
    expect(scheduleTime(new Date("2012-07-01T23:30:00Z"))).toBe("06h30");
  });
});

describe("schedule query", () => {
  it("list the week's conferences with host, chair and invitation counts in one query", async () => {
    const week = weekOf("2030-03-06");
    const chair = await createPerson(db(), { fullName: "Nguyễn Văn Chủ Trì", position: "Giám đốc Sở" });
    // Sunday 23:30 UTC = Monday 06:30 local: inside the week.
    const monday = await createConference({ startsAt: new Date("2030-03-03T23:30:00Z"), chairPersonId: chair.id, venue: "Hội trường tầng 3" });
    // Sunday 16:30 UTC = Sunday 23:30 local of the week before: outside.
    await createConference({ startsAt: new Date("2030-03-03T16:30:00Z") });
    await createConference({ startsAt: new Date("2030-03-05T02:00:00Z"), status: "draft" });
    const guests = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    await db()
      .insert(invitations)
      .values([...guests.map((g) => ({ conferenceId: monday.id, agencyId: g.id, checkInToken: unique("qr") })), { conferenceId: monday.id, personId: chair.id, checkInToken: unique("qr") }]);

    const { result: rows, queries } = await countQueries(() => listScheduleConferences(db(), week, { kind: "user", user: { role: "secretariat", agencyId: null }, includeDrafts: false }));
    expect(queries).toBe(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: monday.id, chairName: "Nguyễn Văn Chủ Trì", venue: "Hội trường tầng 3", invitedAgencies: 3, invitedPeople: 1 });
    expect(groupByLocalDay(rows, week.days)[0].rows.map((r) => r.id)).toEqual([monday.id]);

    const withDrafts = await listScheduleConferences(db(), week, { kind: "user", user: { role: "admin", agencyId: null }, includeDrafts: true });
    expect(withDrafts).toHaveLength(2);
  });

  it("show a unit officer only their agency's and published conferences, and the public only public ones", async () => {
    const week = weekOf("2031-05-07");
    const unit = await createAgency(db());
    const invited = await createConference({ startsAt: new Date("2031-05-06T01:00:00Z") });
    const published = await createConference({ startsAt: new Date("2031-05-07T01:00:00Z"), publishedToAll: true, publicOnSchedule: true });
    await createConference({ startsAt: new Date("2031-05-08T01:00:00Z") });
    await createConference({ startsAt: new Date("2031-05-09T01:00:00Z"), status: "draft", publicOnSchedule: true });
    await db().insert(invitations).values({ conferenceId: invited.id, agencyId: unit.id, checkInToken: unique("qr") });

    const officer = await listScheduleConferences(db(), week, { kind: "user", user: { role: "unit_officer", agencyId: unit.id }, includeDrafts: false });
    expect(officer.map((r) => r.id)).toEqual([invited.id, published.id]);
    const everyone = await listScheduleConferences(db(), week, { kind: "public" });
    expect(everyone.map((r) => r.id)).toEqual([published.id]);
  });
});
