import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferences, invitations } from "@/db/schema";
import { UserFacingError } from "@/lib/errors";
import { db } from "@/test/db";
import { createAgency, createPerson, createUser } from "@/test/factories";
import { deleteInvitation, inviteAgenciesByKind, inviteAgency, inviteFromPreviousConference, invitePerson, replyToInvitation } from "./commands";
import { commandContext, createConference } from "./test-helpers";
import { replySchema } from "./validation";

const rowsOf = (conferenceId: number) => db().select().from(invitations).where(eq(invitations.conferenceId, conferenceId));
const reply = (values: Record<string, unknown>) => replySchema.parse(values);

async function refusal(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

describe("inviting", () => {
  it("invites an agency and a person with a secret token each, and refuses a duplicate under the field with nothing written", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const conference = await createConference(db());
    const agency = await createAgency(db(), { kind: "press" });
    const hoa = await createPerson(db(), { fullName: "Giàng Thị Hoa", position: "Phó Chủ tịch UBND tỉnh" });
    const ctx = commandContext(db(), actor.id);
    const first = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: agency.id });
    const guest = await invitePerson(ctx, { conferenceId: conference.id, personId: hoa.id });
    expect(first.checkInToken).toMatch(/^[\w-]{32}$/);
    expect(first.checkInToken).not.toBe(guest.checkInToken);
    expect(ctx.entries.map((entry) => entry.action)).toEqual(["invitation.create", "invitation.create"]);

    const duplicate = await refusal(inviteAgency(ctx, { conferenceId: conference.id, agencyId: agency.id }));
    expect(duplicate).toMatchObject({ messageKey: "invitations.agencyAlreadyInvited", field: "agencyId" });
    const duplicatePerson = await refusal(invitePerson(ctx, { conferenceId: conference.id, personId: hoa.id }));
    expect(duplicatePerson).toMatchObject({ messageKey: "invitations.personAlreadyInvited", field: "personId" });
    expect(await rowsOf(conference.id)).toHaveLength(2);
    expect(ctx.entries).toHaveLength(2);
  });

  it("bulk-invites one kind active on the conference date in one go, skipping those already invited and closed or not yet open ones", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const conference = await createConference(db(), { startsAt: new Date("2012-07-02T01:30:00Z"), endsAt: new Date("2012-07-02T05:00:00Z") });
    const open = await createAgency(db(), { kind: "district_office", validTo: "2012-07-02" });
    const already = await createAgency(db(), { kind: "district_office" });
    const closed = await createAgency(db(), { kind: "district_office", validTo: "2012-07-01" });
    const future = await createAgency(db(), { kind: "district_office", validFrom: "2012-07-03" });
    const otherKind = await createAgency(db(), { kind: "press" });
    const ctx = commandContext(db(), actor.id);
    await inviteAgency(ctx, { conferenceId: conference.id, agencyId: already.id });
    const result = await inviteAgenciesByKind(ctx, { conferenceId: conference.id, kind: "district_office" });
    const invitedIds = (await rowsOf(conference.id)).map((row) => row.agencyId);
    expect(invitedIds).toContain(open.id);
    expect(invitedIds).not.toContain(closed.id);
    expect(invitedIds).not.toContain(future.id);
    expect(invitedIds).not.toContain(otherKind.id);
    expect(result.skipped).toBe(1);
    expect(result.invited).toBe(invitedIds.length - 1);
    expect(ctx.entries.at(-1)).toMatchObject({ action: "invitation.bulk_create", entityId: conference.id });
    // A second run invites nobody new.
    const again = await inviteAgenciesByKind(ctx, { conferenceId: conference.id, kind: "district_office" });
    expect(again).toMatchObject({ invited: 0, skipped: invitedIds.length });
  });

  it("copies the previous conference's invitees that are not yet invited", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const ctx = commandContext(db(), actor.id);
    const previous = await createConference(db(), { startsAt: new Date("2012-01-05T01:30:00Z"), endsAt: new Date("2012-01-05T05:00:00Z") });
    const current = await createConference(db(), { previousConferenceId: previous.id });
    const [a, b, gone] = [await createAgency(db()), await createAgency(db()), await createAgency(db(), { validTo: "2012-03-01" })];
    const guest = await createPerson(db());
    for (const agency of [a, b, gone]) await inviteAgency(ctx, { conferenceId: previous.id, agencyId: agency.id });
    await invitePerson(ctx, { conferenceId: previous.id, personId: guest.id });
    await inviteAgency(ctx, { conferenceId: current.id, agencyId: a.id });
    const result = await inviteFromPreviousConference(ctx, { conferenceId: current.id });
    expect(result).toEqual({ conferenceId: current.id, invited: 2, skipped: 1 });
    const rows = await rowsOf(current.id);
    expect(rows.map((row) => row.agencyId ?? `p${row.personId}`).sort()).toEqual([a.id, b.id, `p${guest.id}`].sort());
    const none = await createConference(db());
    expect(await refusal(inviteFromPreviousConference(ctx, { conferenceId: none.id }))).toMatchObject({ messageKey: "invitations.noPreviousConference" });
  });
});

describe("replies", () => {
  it("requires the delegate for an agency's confirmation and a reason for a refusal", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const ctx = commandContext(db(), actor.id);
    const conference = await createConference(db());
    const invitation = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: (await createAgency(db())).id });
    const base = { conferenceId: conference.id, invitationId: invitation.id, version: 1 };
    expect(await refusal(replyToInvitation(ctx, reply({ ...base, status: "confirmed" }), { onBehalf: false }))).toMatchObject({ field: "delegateName" });
    expect(await refusal(replyToInvitation(ctx, reply({ ...base, status: "confirmed", delegateName: "Lò Văn Pá" }), { onBehalf: false }))).toMatchObject({
      field: "delegatePosition",
    });
    expect(replySchema.safeParse({ ...base, status: "declined", declineReason: " " }).success).toBe(false);
    expect(await refusal(replyToInvitation(ctx, reply({ ...base, status: "delegated", delegateName: "X" }), { onBehalf: false }))).toMatchObject({
      messageKey: "invitations.delegateOnlyPerson",
    });
    const confirmed = await replyToInvitation(ctx, reply({ ...base, status: "confirmed", delegateName: "Lò Văn Pá", delegatePosition: "Trưởng phòng" }), { onBehalf: false });
    expect(confirmed).toMatchObject({ status: "confirmed", delegateName: "Lò Văn Pá", delegatePosition: "Trưởng phòng", repliedById: actor.id, version: 2 });
    expect(confirmed.repliedAt).toBeInstanceOf(Date);
    const declined = await replyToInvitation(ctx, reply({ ...base, version: 2, status: "declined", declineReason: "Trùng lịch" }), { onBehalf: false });
    expect(declined).toMatchObject({ status: "declined", declineReason: "Trùng lịch", delegateName: null });
    expect(ctx.entries.filter((entry) => entry.action === "invitation.reply")).toHaveLength(2);
    // A stale form is refused.
    expect(await refusal(replyToInvitation(ctx, reply({ ...base, status: "declined", declineReason: "Cũ" }), { onBehalf: false }))).toMatchObject({ messageKey: "errors.conflict" });
  });

  it("lets a person send someone in their place", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const ctx = commandContext(db(), actor.id);
    const conference = await createConference(db());
    const invitation = await invitePerson(ctx, { conferenceId: conference.id, personId: (await createPerson(db())).id });
    const base = { conferenceId: conference.id, invitationId: invitation.id, version: 1, status: "delegated" };
    expect(await refusal(replyToInvitation(ctx, reply(base), { onBehalf: true }))).toMatchObject({ field: "delegateName" });
    const after = await replyToInvitation(ctx, reply({ ...base, delegateName: "Nguyễn Văn Bình", delegatePosition: "Chánh Văn phòng" }), { onBehalf: true });
    expect(after).toMatchObject({ status: "delegated", delegateName: "Nguyễn Văn Bình" });
  });

  it("refuses a unit officer after the deadline but lets the secretariat record it", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const ctx = commandContext(db(), actor.id);
    const conference = await createConference(db(), { replyDeadline: new Date("2012-06-30T10:00:00Z") });
    const invitation = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: (await createAgency(db())).id });
    const input = reply({ conferenceId: conference.id, invitationId: invitation.id, version: 1, status: "declined", declineReason: "Bận" });
    const late = new Date("2012-07-01T00:00:00Z");
    expect(await refusal(replyToInvitation(ctx, input, { onBehalf: false, now: late }))).toMatchObject({ messageKey: "invitations.deadlinePassed", field: "status" });
    expect((await rowsOf(conference.id))[0]).toMatchObject({ status: "invited", version: 1 });
    expect(await replyToInvitation(ctx, input, { onBehalf: true, now: late })).toMatchObject({ status: "declined" });
    const early = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: (await createAgency(db())).id });
    const onTime = reply({ conferenceId: conference.id, invitationId: early.id, version: 1, status: "declined", declineReason: "Bận" });
    expect(await replyToInvitation(ctx, onTime, { onBehalf: false, now: new Date("2012-06-29T00:00:00Z") })).toMatchObject({ status: "declined" });
  });

  it("refuses a unit officer's reply once the conference took place or was cancelled, with no deadline set; the secretariat may still record it", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const ctx = commandContext(db(), actor.id);
    const conference = await createConference(db(), { status: "scheduled" });
    const invitation = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: (await createAgency(db())).id });
    await db().update(conferences).set({ status: "held" }).where(eq(conferences.id, conference.id));
    const input = reply({ conferenceId: conference.id, invitationId: invitation.id, version: 1, status: "declined", declineReason: "Bận" });
    expect(await refusal(replyToInvitation(ctx, input, { onBehalf: false }))).toMatchObject({ messageKey: "invitations.repliesClosedHeld", field: "status" });
    await db().update(conferences).set({ status: "cancelled" }).where(eq(conferences.id, conference.id));
    expect(await refusal(replyToInvitation(ctx, input, { onBehalf: false }))).toMatchObject({ messageKey: "invitations.repliesClosedCancelled" });
    expect((await rowsOf(conference.id))[0]).toMatchObject({ status: "invited", version: 1 });
    expect(await replyToInvitation(ctx, input, { onBehalf: true })).toMatchObject({ status: "declined" });
  });
});

describe("removing an invitation", () => {
  it("removes it, but not once the invitee has checked in", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const ctx = commandContext(db(), actor.id);
    const conference = await createConference(db());
    const invitation = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: (await createAgency(db())).id });
    const { checkIn } = await import("@/lib/attendance/commands");
    await checkIn(ctx, { conferenceId: conference.id, invitationId: invitation.id }, conference.startsAt);
    expect(await refusal(deleteInvitation(ctx, { conferenceId: conference.id, invitationId: invitation.id, version: invitation.version }))).toMatchObject({
      messageKey: "invitations.cannotDeleteCheckedIn",
    });
    const other = await invitePerson(ctx, { conferenceId: conference.id, personId: (await createPerson(db())).id });
    await deleteInvitation(ctx, { conferenceId: conference.id, invitationId: other.id, version: other.version });
    expect((await rowsOf(conference.id)).map((row) => row.id)).toEqual([invitation.id]);
    expect(ctx.entries.at(-1)).toMatchObject({ action: "invitation.delete", entityId: other.id });
  });

  it("refuses to remove an invitation answered since its confirmation page was shown, and keeps the reply", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const ctx = commandContext(db(), actor.id);
    const conference = await createConference(db());
    const invitation = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: (await createAgency(db())).id });
    const shown = { conferenceId: conference.id, invitationId: invitation.id, version: invitation.version };
    await replyToInvitation(ctx, reply({ ...shown, status: "confirmed", delegateName: "Lò Văn Pá", delegatePosition: "Phó Chủ tịch" }), { onBehalf: true });
    const entries = ctx.entries.length;
    expect(await refusal(deleteInvitation(ctx, shown))).toMatchObject({ messageKey: "errors.conflict" });
    const [kept] = await rowsOf(conference.id);
    expect(kept).toMatchObject({ id: invitation.id, status: "confirmed", delegateName: "Lò Văn Pá" });
    expect(ctx.entries).toHaveLength(entries);
    await deleteInvitation(ctx, { ...shown, version: kept.version });
    expect(await rowsOf(conference.id)).toEqual([]);
  });
});

describe("the list once the conference has taken place", () => {
  it("is final once held, concluded, closed or cancelled: no invitation added or removed, nothing audited; postponed stays open", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const ctx = commandContext(db(), actor.id);
    const previous = await createConference(db());
    const agency = await createAgency(db(), { kind: "press" });
    const guest = await createPerson(db());
    await inviteAgency(ctx, { conferenceId: previous.id, agencyId: (await createAgency(db())).id });
    for (const status of ["held", "concluded", "closed", "cancelled"] as const) {
      const conference = await createConference(db(), { status: "scheduled", previousConferenceId: previous.id });
      const invited = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: (await createAgency(db())).id });
      await db().update(conferences).set({ status }).where(eq(conferences.id, conference.id));
      const entries = ctx.entries.length;
      // One at a time: each is started only when the one before has been refused.
      const attempts = [
        () => inviteAgency(ctx, { conferenceId: conference.id, agencyId: agency.id }),
        () => invitePerson(ctx, { conferenceId: conference.id, personId: guest.id }),
        () => inviteAgenciesByKind(ctx, { conferenceId: conference.id, kind: "press" }),
        () => inviteFromPreviousConference(ctx, { conferenceId: conference.id }),
        () => deleteInvitation(ctx, { conferenceId: conference.id, invitationId: invited.id, version: invited.version }),
      ];
      for (const attempt of attempts) expect(await refusal(attempt()), status).toMatchObject({ messageKey: "invitations.listClosed" });
      expect((await rowsOf(conference.id)).map((row) => row.id)).toEqual([invited.id]);
      expect(ctx.entries).toHaveLength(entries);
    }
    const postponed = await createConference(db(), { status: "postponed" });
    const row = await inviteAgency(ctx, { conferenceId: postponed.id, agencyId: agency.id });
    await deleteInvitation(ctx, { conferenceId: postponed.id, invitationId: row.id, version: row.version });
    expect(await rowsOf(postponed.id)).toEqual([]);
  });
});
