import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { attendance } from "@/db/schema";
import { UserFacingError } from "@/lib/errors";
import { inviteAgency, invitePerson, replyToInvitation } from "@/lib/invitations/commands";
import { commandContext, createConference } from "@/lib/invitations/test-helpers";
import { replySchema } from "@/lib/invitations/validation";
import { db } from "@/test/db";
import { createAgency, createPerson, createUser } from "@/test/factories";
import { checkIn, checkInByToken, checkInWalkIn, invitationByToken, openCheckInOutsideDays, recordLeave, undoCheckIn } from "./commands";
import { buildRoster, listPresence, loadRoster } from "./queries";
import { isLate, leftEarly } from "./rules";

const startsAt = new Date("2012-07-02T01:30:00Z"); // 08:30 in Điện Biên
const endsAt = new Date("2012-07-02T05:00:00Z");
/** During the conference: check-in is open on its day only. */
const onDay = new Date("2012-07-02T02:00:00Z");

async function setUp() {
  const actor = await createUser(db(), { role: "secretariat" });
  const ctx = commandContext(db(), actor.id);
  const conference = await createConference(db(), { startsAt, endsAt });
  const agency = await createAgency(db(), { name: "Báo Điện Biên Phủ", kind: "press" });
  const agencyInvitation = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: agency.id });
  const hoa = await createPerson(db(), { fullName: "Giàng Thị Hoa", position: "Phó Chủ tịch UBND tỉnh" });
  const personInvitation = await invitePerson(ctx, { conferenceId: conference.id, personId: hoa.id });
  return { actor, ctx, conference, agency, agencyInvitation, personInvitation };
}

const rowsOf = (conferenceId: number) => db().select().from(attendance).where(eq(attendance.conferenceId, conferenceId));

describe("check-in", () => {
  it("checks in the agency's named delegate and the invited person, and refuses a second check-in with nothing written", async () => {
    const { ctx, conference, agencyInvitation, personInvitation } = await setUp();
    await replyToInvitation(
      ctx,
      replySchema.parse({ conferenceId: conference.id, invitationId: agencyInvitation.id, version: 1, status: "confirmed", delegateName: "Lò Thị Xuân", delegatePosition: "Phó Tổng biên tập" }),
      { onBehalf: true },
    );
    const delegate = await checkIn(ctx, { conferenceId: conference.id, invitationId: agencyInvitation.id }, new Date("2012-07-02T01:20:00Z"));
    expect(delegate).toMatchObject({ attendeeName: "Lò Thị Xuân", attendeePosition: "Phó Tổng biên tập", checkedInById: ctx.actorId });
    const guest = await checkIn(ctx, { conferenceId: conference.id, invitationId: personInvitation.id }, new Date("2012-07-02T01:45:00Z"));
    expect(guest).toMatchObject({ attendeeName: "Giàng Thị Hoa", attendeePosition: "Phó Chủ tịch UBND tỉnh" });
    const twice = await checkIn(ctx, { conferenceId: conference.id, invitationId: agencyInvitation.id }, onDay).catch((error: unknown) => error);
    expect(twice).toBeInstanceOf(UserFacingError);
    expect(twice).toMatchObject({ messageKey: "attendance.alreadyCheckedIn" });
    expect(await rowsOf(conference.id)).toHaveLength(2);
    expect(ctx.entries.filter((entry) => entry.action === "attendance.check_in")).toHaveLength(2);
    // An invitation of another conference is not found through this one.
    const other = await createConference(db());
    await expect(checkIn(ctx, { conferenceId: other.id, invitationId: personInvitation.id })).rejects.toMatchObject({ messageKey: "errors.notFound" });
  });

  it("checks in by the QR code's token; an unknown token is not found", async () => {
    const { ctx, conference, agencyInvitation } = await setUp();
    expect(await invitationByToken(db(), agencyInvitation.checkInToken)).toMatchObject({ invitationId: agencyInvitation.id, conferenceId: conference.id });
    expect(await invitationByToken(db(), "khong-co-ma-nay-0000000000")).toBeNull();
    const row = await checkInByToken(ctx, agencyInvitation.checkInToken, onDay);
    expect(row).toMatchObject({ invitationId: agencyInvitation.id, attendeeName: "Báo Điện Biên Phủ" });
    await expect(checkInByToken(ctx, agencyInvitation.checkInToken, onDay)).rejects.toMatchObject({ messageKey: "attendance.alreadyCheckedIn" });
  });

  it("records a walk-in, leaving early, and undoing a mistaken check-in", async () => {
    const { ctx, conference, agency, personInvitation } = await setUp();
    const walkIn = await checkInWalkIn(ctx, { conferenceId: conference.id, attendeeName: "Quàng Văn Mạnh", attendeePosition: "Phóng viên", walkInAgencyId: agency.id }, onDay);
    expect(walkIn).toMatchObject({ invitationId: null, attendeeName: "Quàng Văn Mạnh", walkInAgencyId: agency.id });
    await expect(checkInWalkIn(ctx, { conferenceId: conference.id, attendeeName: "X", walkInAgencyId: 999999 }, onDay)).rejects.toMatchObject({ field: "walkInAgencyId" });

    const guest = await checkIn(ctx, { conferenceId: conference.id, invitationId: personInvitation.id }, new Date("2012-07-02T01:25:00Z"));
    const left = await recordLeave(ctx, { conferenceId: conference.id, attendanceId: guest.id }, new Date("2012-07-02T03:00:00Z"));
    expect(left.leftAt).toEqual(new Date("2012-07-02T03:00:00Z"));
    expect(leftEarly(left.leftAt, endsAt)).toBe(true);
    await expect(recordLeave(ctx, { conferenceId: conference.id, attendanceId: guest.id })).rejects.toMatchObject({ messageKey: "attendance.alreadyLeft" });

    await undoCheckIn(ctx, { conferenceId: conference.id, attendanceId: walkIn.id });
    expect((await rowsOf(conference.id)).map((row) => row.id)).toEqual([guest.id]);
    expect(ctx.entries.map((entry) => entry.action).filter((action) => action.startsWith("attendance."))).toEqual([
      "attendance.walk_in",
      "attendance.check_in",
      "attendance.leave",
      "attendance.undo",
    ]);
  });

  it("is open on the conference's day only, unless the secretariat opened it with a reason (audited)", async () => {
    const { ctx, conference, agencyInvitation, personInvitation } = await setUp();
    const weeksBefore = new Date("2012-06-11T02:00:00Z");
    const daysAfter = new Date("2012-07-05T02:00:00Z");
    // 00:30 on 03/07 in Vietnam is already the next day, though 02/07 in UTC.
    const nextDayInVietnam = new Date("2012-07-02T17:30:00Z");
    await expect(checkIn(ctx, { conferenceId: conference.id, invitationId: agencyInvitation.id }, weeksBefore)).rejects.toMatchObject({ messageKey: "attendance.errors.beforeDay" });
    await expect(checkInByToken(ctx, agencyInvitation.checkInToken, daysAfter)).rejects.toMatchObject({ messageKey: "attendance.errors.afterDay" });
    await expect(checkIn(ctx, { conferenceId: conference.id, invitationId: agencyInvitation.id }, nextDayInVietnam)).rejects.toMatchObject({ messageKey: "attendance.errors.afterDay" });
    await expect(checkInWalkIn(ctx, { conferenceId: conference.id, attendeeName: "Khách" }, daysAfter)).rejects.toMatchObject({ messageKey: "attendance.errors.afterDay" });
    expect(await rowsOf(conference.id)).toHaveLength(0);

    await openCheckInOutsideDays(ctx, { conferenceId: conference.id, reason: "Nhập lại danh sách ký tên trên giấy" });
    await expect(openCheckInOutsideDays(ctx, { conferenceId: conference.id, reason: "Lần hai" })).rejects.toMatchObject({ messageKey: "attendance.errors.alreadyOpened" });
    await checkIn(ctx, { conferenceId: conference.id, invitationId: personInvitation.id }, daysAfter);
    expect(await rowsOf(conference.id)).toHaveLength(1);
    expect(ctx.entries.find((entry) => entry.action === "conference.date_override")).toMatchObject({
      entityId: conference.id,
      after: { checkIn: true, reason: "Nhập lại danh sách ký tên trên giấy" },
    });
  });

  it("derives lateness and leaving early from the times", () => {
    expect(isLate(new Date("2012-07-02T01:31:00Z"), startsAt)).toBe(true);
    expect(isLate(startsAt, startsAt)).toBe(false);
    expect(leftEarly(null, endsAt)).toBe(false);
    expect(leftEarly(endsAt, endsAt)).toBe(false);
    expect(leftEarly(new Date("2012-07-02T04:59:00Z"), endsAt)).toBe(true);
  });
});

describe("roster", () => {
  it("counts invited, confirmed and present by agency kind, walk-ins as present only", async () => {
    const { ctx, conference, agencyInvitation, personInvitation } = await setUp();
    const district = await createAgency(db(), { kind: "district_office" });
    await inviteAgency(ctx, { conferenceId: conference.id, agencyId: district.id });
    await replyToInvitation(
      ctx,
      replySchema.parse({ conferenceId: conference.id, invitationId: agencyInvitation.id, version: 1, status: "confirmed", delegateName: "Lò Thị Xuân", delegatePosition: "Phó Tổng biên tập" }),
      { onBehalf: true },
    );
    await checkIn(ctx, { conferenceId: conference.id, invitationId: agencyInvitation.id }, onDay);
    await checkIn(ctx, { conferenceId: conference.id, invitationId: personInvitation.id }, onDay);
    await checkInWalkIn(ctx, { conferenceId: conference.id, attendeeName: "Khách" }, onDay);

    const roster = await loadRoster(db(), conference.id);
    expect(roster.totals).toEqual({ invited: 3, confirmed: 1, present: 3 });
    expect(roster.byKind).toEqual(
      expect.arrayContaining([
        { kind: "press", invited: 1, confirmed: 1, present: 1 },
        { kind: "district_office", invited: 1, confirmed: 0, present: 0 },
        { kind: "person", invited: 1, confirmed: 0, present: 1 },
        { kind: "walk_in", invited: 0, confirmed: 0, present: 1 },
      ]),
    );
    const { invitees, walkIns } = await listPresence(db(), conference.id);
    expect(invitees.find((row) => row.id === agencyInvitation.id)).toMatchObject({ attendeeName: "Lò Thị Xuân", leftAt: null });
    expect(walkIns).toEqual([expect.objectContaining({ attendeeName: "Khách", agencyName: null })]);
    expect(buildRoster([], []).totals).toEqual({ invited: 0, confirmed: 0, present: 0 });
  });
});
