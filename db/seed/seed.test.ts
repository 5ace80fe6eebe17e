import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies, agendaItems, attendance, conferences, invitations, people, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/test/db";
import { BRIEFING_TITLE, SEED_CONFERENCE_TITLE, wednesdayOfWeek } from "./conferences";
import { DEMO_PASSWORD, demoUsers, seedAgencies } from "./directory-data";
import { seedDemo } from "./index";

describe("demo seed", () => {
  it("loads the Điện Biên directory and the seven demo accounts, and creates nothing twice", async () => {
    const first = await seedDemo(db());
    const second = await seedDemo(db());
    expect(second).toEqual({ agencies: 0, people: 0, users: 0, conferences: 0 });
    expect(first.users + second.users).toBeLessThanOrEqual(demoUsers.length);

    const codes = seedAgencies.map((a) => a.code);
    expect(await db().select().from(agencies).where(inArray(agencies.code, codes))).toHaveLength(codes.length);

    const [department] = await db().select().from(agencies).where(eq(agencies.code, "STTTT"));
    const [province] = await db().select().from(agencies).where(eq(agencies.code, "UBND"));
    expect(department.name).toBe("Sở Thông tin và Truyền thông tỉnh Điện Biên");
    expect(department.parentId).toBe(province.id);

    const [hoa] = await db()
      .select()
      .from(people)
      .where(and(eq(people.fullName, "Giàng Thị Hoa"), eq(people.agencyId, province.id)));
    expect(hoa.position).toContain("Phó Chủ tịch UBND tỉnh");

    const accounts = await db().select().from(users).where(inArray(users.username, demoUsers.map((u) => u.username)));
    expect(accounts.map((u) => u.username).sort()).toEqual(["admin", "bcvt", "lanhdao", "phongvhtt", "theodoi", "vanphong", "viettel"]);
    const bcvt = accounts.find((u) => u.username === "bcvt")!;
    const [bcvtAgency] = await db().select().from(agencies).where(eq(agencies.id, bcvt.agencyId!));
    expect(bcvt.role).toBe("unit_officer");
    expect(bcvtAgency.name).toBe("Phòng Bưu chính, Viễn thông");
    expect(await verifyPassword(bcvt.passwordHash, DEMO_PASSWORD)).toBe(true);
    const leader = accounts.find((u) => u.username === "lanhdao")!;
    const [leaderPerson] = await db().select().from(people).where(eq(people.id, leader.personId!));
    expect(leaderPerson.fullName).toBe("Lò Văn Thắng");
  });

  it("loads the concluded mid-year review of 02/07/2012 with replies, attendance and agenda, and one briefing this week", async () => {
    await seedDemo(db());
    const [review] = await db().select().from(conferences).where(eq(conferences.title, SEED_CONFERENCE_TITLE));
    expect(review).toMatchObject({ kind: "mid_year_review", status: "concluded", reviewedPeriod: "2012-H1", plannedPeriod: "2012-H2", venue: "Hội trường Sở Thông tin và Truyền thông" });
    expect(review.startsAt.toISOString()).toBe("2012-07-02T01:00:00.000Z");
    expect(review.endsAt.toISOString()).toBe("2012-07-02T04:30:00.000Z");
    const [chair] = await db().select().from(people).where(eq(people.id, review.chairPersonId!));
    expect(chair.fullName).toBe("Lò Văn Thắng");

    const invited = await db().select().from(invitations).where(eq(invitations.conferenceId, review.id));
    expect(invited.length).toBe(28);
    expect(invited.filter((i) => i.status === "declined").every((i) => Boolean(i.declineReason))).toBe(true);
    expect(invited.filter((i) => i.status === "declined")).toHaveLength(2);
    expect(invited.filter((i) => i.status === "confirmed").length).toBeGreaterThan(20);
    expect(invited.filter((i) => i.status === "confirmed").every((i) => i.delegateName && i.delegatePosition)).toBe(true);
    expect(new Set(invited.map((i) => i.checkInToken)).size).toBe(invited.length);

    const present = await db().select().from(attendance).where(eq(attendance.conferenceId, review.id));
    expect(present.length).toBeGreaterThan(18);
    expect(present.filter((p) => p.checkedInAt.toISOString() === "2012-07-02T01:20:00.000Z")).toHaveLength(1);
    expect(present.filter((p) => p.leftAt?.toISOString() === "2012-07-02T03:30:00.000Z")).toHaveLength(1);

    const agenda = await db().select().from(agendaItems).where(eq(agendaItems.conferenceId, review.id));
    expect(agenda.map((a) => a.kind).sort()).toEqual(["conclusion", "directing_speech", "discussion", "report"]);

    const [briefing] = await db().select().from(conferences).where(eq(conferences.title, BRIEFING_TITLE));
    expect(briefing).toMatchObject({ kind: "regular_briefing", status: "scheduled", publishedToAll: true, publicOnSchedule: true });
    expect(briefing.startsAt.toISOString()).toBe(`${wednesdayOfWeek(new Date())}T07:00:00.000Z`);
  });

  it("puts the briefing on the Wednesday of the current week in Vietnam, Monday first", () => {
    expect(wednesdayOfWeek(new Date("2026-11-27T03:00:00Z"))).toBe("2026-11-25");
    // Sunday evening in Vietnam still belongs to the week that began on Monday the 23rd.
    expect(wednesdayOfWeek(new Date("2026-11-29T16:00:00Z"))).toBe("2026-11-25");
    // Monday 00:30 in Vietnam is still Sunday in UTC.
    expect(wednesdayOfWeek(new Date("2026-11-29T17:30:00Z"))).toBe("2026-12-02");
  });
});
