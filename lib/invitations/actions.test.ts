import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, conferences, invitations, type users } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createPerson, createUser } from "@/test/factories";
import { commandContext, createConference } from "./test-helpers";
import { inviteAgency, invitePerson } from "./commands";

import { form, Redirected, request, signedIn } from "@/test/next-request";

const { replyAction, inviteAgencyAction, deleteInvitationAction, inviteByKindAction } = await import("./actions");


beforeEach(() => {
  request.user = null;
});

async function setUp() {
  const secretariat = await createUser(db(), { role: "secretariat" });
  const conference = await createConference(db(), { replyDeadline: new Date("2012-06-30T10:00:00Z") });
  const own = await createAgency(db(), { kind: "district_office" });
  const other = await createAgency(db(), { kind: "district_office" });
  const ctx = commandContext(db(), secretariat.id);
  const ownInvitation = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: own.id });
  const otherInvitation = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: other.id });
  const officer = await createUser(db(), { role: "unit_officer", agencyId: own.id });
  return { secretariat, conference, own, other, ownInvitation, otherInvitation, officer };
}

describe("reply action", () => {
  it("refuses a unit officer replying for another agency and leaves the database unchanged", async () => {
    const { conference, otherInvitation, officer } = await setUp();
    request.user = signedIn(officer);
    const result = await replyAction(
      idleFormState,
      form({ conferenceId: conference.id, invitationId: otherInvitation.id, version: 1, status: "declined", declineReason: "Không đi" }),
    );
    expect(result).toMatchObject({ status: "error", message: "errors.forbidden" });
    const [after] = await db().select().from(invitations).where(eq(invitations.id, otherInvitation.id));
    expect(after).toMatchObject({ status: "invited", version: 1, declineReason: null, repliedAt: null });
    expect(await db().select().from(auditLog).where(eq(auditLog.entityId, String(otherInvitation.id)))).toHaveLength(0);
  });

  it("refuses a unit officer's own reply after the deadline with a message under the field", async () => {
    const { conference, ownInvitation, officer } = await setUp();
    request.user = signedIn(officer);
    const result = await replyAction(
      idleFormState,
      form({ conferenceId: conference.id, invitationId: ownInvitation.id, version: 1, status: "confirmed", delegateName: "Lò Văn Pá", delegatePosition: "Trưởng phòng" }),
    );
    expect(result).toMatchObject({ status: "error", fieldErrors: { status: "invitations.deadlinePassed" } });
    expect((await db().select().from(invitations).where(eq(invitations.id, ownInvitation.id)))[0]).toMatchObject({ status: "invited", version: 1 });
  });

  it("lets a unit officer answer for their own agency before the deadline, and the secretariat after it", async () => {
    const { conference, ownInvitation, otherInvitation, officer, secretariat } = await setUp();
    await db().update(conferences).set({ replyDeadline: null }).where(eq(conferences.id, conference.id));
    request.user = signedIn(officer);
    const own = await replyAction(
      idleFormState,
      form({ conferenceId: conference.id, invitationId: ownInvitation.id, version: 1, status: "confirmed", delegateName: "Lò Văn Pá", delegatePosition: "Trưởng phòng" }),
    );
    expect(own).toEqual({ status: "ok", message: "invitations.replySaved" });
    request.user = signedIn(secretariat);
    const onBehalf = await replyAction(
      idleFormState,
      form({ conferenceId: conference.id, invitationId: otherInvitation.id, version: 1, status: "declined", declineReason: "Báo qua điện thoại" }),
    );
    expect(onBehalf).toEqual({ status: "ok", message: "invitations.replySaved" });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.entityId, String(ownInvitation.id)));
    expect(entry).toMatchObject({ action: "invitation.reply", actorId: officer.id });
  });
});

describe("managing invitations", () => {
  it("refuses a unit officer inviting, bulk-inviting or removing, with nothing written", async () => {
    const { conference, otherInvitation, officer } = await setUp();
    request.user = signedIn(officer);
    const extra = await createAgency(db());
    expect(await inviteAgencyAction(idleFormState, form({ conferenceId: conference.id, agencyId: extra.id }))).toMatchObject({ message: "errors.forbidden" });
    expect(await inviteByKindAction(idleFormState, form({ conferenceId: conference.id, kind: "district_office" }))).toMatchObject({ message: "errors.forbidden" });
    expect(await deleteInvitationAction(idleFormState, form({ conferenceId: conference.id, invitationId: otherInvitation.id, version: otherInvitation.version }))).toMatchObject({ message: "errors.forbidden" });
    expect(await db().select().from(invitations).where(eq(invitations.conferenceId, conference.id))).toHaveLength(2);
  });

  it("shows a duplicate under the field and reports bulk counts through the redirect", async () => {
    const { conference, own, secretariat } = await setUp();
    request.user = signedIn(secretariat);
    expect(await inviteAgencyAction(idleFormState, form({ conferenceId: conference.id, agencyId: own.id }))).toMatchObject({
      status: "error",
      fieldErrors: { agencyId: "invitations.agencyAlreadyInvited" },
    });
    await invitePerson(commandContext(db(), secretariat.id), { conferenceId: conference.id, personId: (await createPerson(db())).id });
    const redirected = await inviteByKindAction(idleFormState, form({ conferenceId: conference.id, kind: "district_office" })).catch((error: unknown) => error);
    expect(redirected).toBeInstanceOf(Redirected);
    expect((redirected as Redirected).url).toMatch(new RegExp(`^/conferences/${conference.id}/invitations\\?invited=\\d+&skipped=2$`));
  });
  it("removes an invitation from its confirmation page and goes back to the list, which says so", async () => {
    const { conference, otherInvitation, secretariat } = await setUp();
    request.user = signedIn(secretariat);
    const remove = form({ conferenceId: conference.id, invitationId: otherInvitation.id, version: otherInvitation.version });
    const redirected = await deleteInvitationAction(idleFormState, remove).catch((error: unknown) => error);
    expect(redirected).toBeInstanceOf(Redirected);
    expect((redirected as Redirected).url).toBe(`/conferences/${conference.id}/invitations?notice=invitations.deleted#list-title`);
    expect(await db().select().from(invitations).where(eq(invitations.id, otherInvitation.id))).toEqual([]);
    // The same confirmation posted again: the invitation is gone, said under no field.
    expect(await deleteInvitationAction(idleFormState, remove)).toMatchObject({ status: "error", message: "errors.notFound" });
  });
});
