import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { attendance, conferences, type users } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { inviteAgency } from "@/lib/invitations/commands";
import { commandContext, createConference } from "@/lib/invitations/test-helpers";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";

import { form, request, signedIn } from "@/test/next-request";

const { checkInAction, checkInByTokenAction, openCheckInAction, walkInAction } = await import("./actions");
const { GET } = await import("@/app/api/conferences/[id]/roster/route");


beforeEach(() => {
  request.user = null;
});

async function setUp() {
  const secretariat = await createUser(db(), { role: "secretariat" });
  // Today, so that check-in is open (it is open on the conference's days only).
  const now = Date.now();
  const conference = await createConference(db(), { startsAt: new Date(now - 60_000), endsAt: new Date(now + 3_600_000) });
  const agency = await createAgency(db(), { name: "Đài Truyền thanh - Truyền hình huyện Tuần Giáo", kind: "radio_tv" });
  const invitation = await inviteAgency(commandContext(db(), secretariat.id), { conferenceId: conference.id, agencyId: agency.id });
  return { secretariat, conference, agency, invitation };
}

describe("attendance actions", () => {
  it("refuse anyone without attendance.manage, writing nothing", async () => {
    const { conference, agency, invitation } = await setUp();
    for (const role of ["leader", "unit_officer", "viewer"] as const) {
      request.user = signedIn(await createUser(db(), { role, agencyId: agency.id }));
      expect(await checkInAction(idleFormState, form({ conferenceId: conference.id, invitationId: invitation.id }))).toMatchObject({ message: "errors.forbidden" });
      expect(await checkInByTokenAction(idleFormState, form({ token: invitation.checkInToken }))).toMatchObject({ message: "errors.forbidden" });
      expect(await walkInAction(idleFormState, form({ conferenceId: conference.id, attendeeName: "Khách" }))).toMatchObject({ message: "errors.forbidden" });
    }
    expect(await db().select().from(attendance).where(eq(attendance.conferenceId, conference.id))).toHaveLength(0);
  });

  it("check in once; the second tap is refused with a clear message", async () => {
    const { conference, invitation, secretariat } = await setUp();
    request.user = signedIn(secretariat);
    expect(await checkInAction(idleFormState, form({ conferenceId: conference.id, invitationId: invitation.id }))).toEqual({ status: "ok", message: "attendance.checkedIn" });
    expect(await checkInByTokenAction(idleFormState, form({ token: invitation.checkInToken }))).toMatchObject({ status: "error", message: "attendance.alreadyCheckedIn" });
    expect(await db().select().from(attendance).where(eq(attendance.conferenceId, conference.id))).toHaveLength(1);
  });
});

describe("opening check-in outside the conference's days", () => {
  it("is the secretariat's (conferences.manage) with a reason; others are refused and nothing changes", async () => {
    const past = await createConference(db());
    const agency = await createAgency(db());
    for (const role of ["leader", "unit_officer", "viewer"] as const) {
      request.user = signedIn(await createUser(db(), { role, agencyId: agency.id }));
      expect(await openCheckInAction(idleFormState, form({ conferenceId: past.id, reason: "Nhập lại" }))).toMatchObject({ message: "errors.forbidden" });
    }
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    expect(await openCheckInAction(idleFormState, form({ conferenceId: past.id, reason: "" }))).toMatchObject({ status: "error", fieldErrors: { reason: "validation.required" } });
    expect((await db().select().from(conferences).where(eq(conferences.id, past.id)))[0].checkInOverrideAt).toBeNull();
    expect(await openCheckInAction(idleFormState, form({ conferenceId: past.id, reason: "Nhập lại danh sách ký tên" }))).toEqual({ status: "ok", message: "attendance.opened" });
    expect((await db().select().from(conferences).where(eq(conferences.id, past.id)))[0].checkInOverrideReason).toBe("Nhập lại danh sách ký tên");
  });
});

describe("roster download", () => {
  const call = (id: number | string) => GET(new Request(`http://localhost/api/conferences/${id}/roster`), { params: Promise.resolve({ id: String(id) }) });

  it("answers 401 signed out and 404 to a unit officer whose agency is not invited", async () => {
    const { conference } = await setUp();
    expect((await call(conference.id)).status).toBe(401);
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: (await createAgency(db())).id }));
    const hidden = await call(conference.id);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get("Content-Type")).toMatch(/^text\/plain/);
  });

  it("sends an .xlsx attachment with a UTF-8 file name to an invited unit's officer", async () => {
    const { conference, agency } = await setUp();
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: agency.id }));
    const response = await call(conference.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip, as every .xlsx is
    expect((await call("abc")).status).toBe(404);
  });
});
