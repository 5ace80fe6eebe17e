import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { conferences, invitations } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { checkIn } from "@/lib/attendance/commands";
import { listFeedConferences, loadIcsConference } from "@/lib/calendar/queries";
import { issueConferenceDocument } from "@/lib/documents/content/commands";
import { idleFormState } from "@/lib/form-state";
import { listConferenceOptions } from "@/lib/indicators/report-queries";
import { inviteAgency, replyToInvitation } from "@/lib/invitations/commands";
import { commandContext } from "@/lib/invitations/test-helpers";
import { replySchema } from "@/lib/invitations/validation";
import { listScheduleConferences } from "@/lib/schedule/queries";
import { db } from "@/test/db";
import { createAgency, createUser, unique } from "@/test/factories";
import { form, Redirected, request, signedIn } from "@/test/next-request";
import { loadVisibleConference } from "./access";
import { type CommandContext, deleteConference, restoreConference } from "./commands";
import { listDeletedConferences } from "./deletion-queries";
import { listConferences } from "./queries";

const { restoreConferenceAction } = await import("./actions");

/*
 * "Xóa hội nghị" only marks the conference: every read leaves it out (lists, pages, the
 * schedule, the calendar feed, filter options) and no change reaches it, until the admin
 * restores it whole. Both databases: these are SQL conditions (liveConference()).
 */

beforeEach(() => {
  request.user = null;
});

const DAY = 24 * 3_600_000;
const context = (entries: AuditEntry[], actorId: number): CommandContext => ({ tx: db(), actorId, audit: async (entry) => void entries.push(entry) });

async function setUp() {
  const host = await createAgency(db());
  const unit = await createAgency(db());
  const clerk = await createUser(db(), { role: "secretariat" });
  const officer = await createUser(db(), { role: "unit_officer", agencyId: unit.id });
  // In ten days, so it is in the calendar feed's window and on the schedule; published everywhere.
  const startsAt = new Date(Date.now() + 10 * DAY);
  const [draft] = await db()
    .insert(conferences)
    .values({ title: unique("Hội nghị giao ban"), kind: "regular_briefing", hostAgencyId: host.id, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), publishedToAll: true, publicOnSchedule: true })
    .returning();
  const invitation = await inviteAgency(commandContext(db(), clerk.id), { conferenceId: draft.id, agencyId: unit.id });
  return { clerk, officer, draft, invitation, startsAt };
}

describe("a deleted conference", () => {
  it("is gone from every list, page, schedule, feed and filter, and refuses changes; restored, it is back", async () => {
    const { clerk, officer, draft, invitation, startsAt } = await setUp();
    const admin = await createUser(db(), { role: "admin" });
    const range = { from: new Date(startsAt.getTime() - DAY), to: new Date(startsAt.getTime() + DAY) };
    const visibleEverywhere = async () => ({
      page: (await loadVisibleConference(db(), draft.id, admin)) !== null,
      officerPage: (await loadVisibleConference(db(), draft.id, officer)) !== null,
      list: (await listConferences(db(), admin, { q: draft.title, page: 1 })).rows.some((row) => row.id === draft.id),
      officerList: (await listConferences(db(), officer, { q: draft.title, page: 1 })).rows.some((row) => row.id === draft.id),
      schedule: (await listScheduleConferences(db(), range, { kind: "user", user: admin, includeDrafts: true })).some((row) => row.id === draft.id),
      options: (await listConferenceOptions(db(), 10_000)).some((row) => row.id === draft.id),
    });
    expect(await visibleEverywhere()).toEqual({ page: true, officerPage: true, list: true, officerList: true, schedule: true, options: true });

    const entries: AuditEntry[] = [];
    await deleteConference(context(entries, clerk.id), { id: draft.id, version: draft.version });
    expect(await visibleEverywhere()).toEqual({ page: false, officerPage: false, list: false, officerList: false, schedule: false, options: false });
    expect((await listDeletedConferences(db())).find((row) => row.id === draft.id)).toMatchObject({ title: draft.title, deletedByName: clerk.displayName });
    // Its invitations and agenda stay, to come back with it.
    expect(await db().select().from(invitations).where(eq(invitations.conferenceId, draft.id))).toHaveLength(1);

    // No change reaches it: a reply, a check-in, a second deletion, an issued document.
    const ctx = commandContext(db(), clerk.id);
    const reply = replySchema.parse({ conferenceId: draft.id, invitationId: invitation.id, version: 1, status: "declined", declineReason: "Trùng lịch" });
    await expect(replyToInvitation(ctx, reply, { onBehalf: true })).rejects.toMatchObject({ messageKey: "errors.notFound" });
    await expect(checkIn(ctx, { conferenceId: draft.id, invitationId: invitation.id }, startsAt)).rejects.toMatchObject({ messageKey: "errors.notFound" });
    await expect(deleteConference(context([], clerk.id), { id: draft.id, version: draft.version + 1 })).rejects.toMatchObject({ messageKey: "errors.notFound" });
    await expect(
      issueConferenceDocument(ctx, { conferenceId: draft.id, kind: "minutes", date: "2012-07-02", signerName: "Lò Văn Thắng", signerTitle: "Giám đốc" }),
    ).rejects.toMatchObject({ messageKey: "errors.notFound" });

    const restored = await restoreConference(context(entries, admin.id), { id: draft.id });
    expect(restored).toMatchObject({ deletedAt: null, deletedById: null });
    expect(await visibleEverywhere()).toEqual({ page: true, officerPage: true, list: true, officerList: true, schedule: true, options: true });
    expect(entries.map((entry) => entry.action)).toEqual(["conference.delete", "conference.restore"]);
    await expect(restoreConference(context([], admin.id), { id: draft.id })).rejects.toMatchObject({ messageKey: "conferences.errors.notDeleted" });
  });

  it("leaves the calendar feed and the public schedule whatever its status", async () => {
    const { clerk, draft, startsAt } = await setUp();
    const viewer = await createUser(db(), { role: "viewer" });
    await db().update(conferences).set({ status: "scheduled" }).where(eq(conferences.id, draft.id));
    const range = { from: new Date(startsAt.getTime() - DAY), to: new Date(startsAt.getTime() + DAY) };
    const shown = async () => ({
      feed: (await listFeedConferences(db(), viewer)).some((row) => row.id === draft.id),
      event: (await loadIcsConference(db(), draft.id, viewer)) !== null,
      publicSchedule: (await listScheduleConferences(db(), range, { kind: "public" })).some((row) => row.id === draft.id),
    });
    expect(await shown()).toEqual({ feed: true, event: true, publicSchedule: true });
    // Only drafts are deleted through the app; the condition holds for any row so marked.
    await db().update(conferences).set({ deletedAt: new Date(), deletedById: clerk.id }).where(eq(conferences.id, draft.id));
    expect(await shown()).toEqual({ feed: false, event: false, publicSchedule: false });
  });

  it("is restored by the admin only (conferences.restore)", async () => {
    const { clerk, draft } = await setUp();
    await deleteConference(context([], clerk.id), { id: draft.id, version: draft.version });
    const agency = await createAgency(db());
    for (const role of ["secretariat", "leader", "unit_officer", "viewer"] as const) {
      request.user = signedIn(await createUser(db(), { role, agencyId: agency.id }));
      expect(await restoreConferenceAction(idleFormState, form({ id: draft.id }))).toMatchObject({ status: "error", message: "errors.forbidden" });
    }
    expect((await db().select().from(conferences).where(eq(conferences.id, draft.id)))[0].deletedAt).not.toBeNull();
    request.user = signedIn(await createUser(db(), { role: "admin" }));
    const done = await restoreConferenceAction(idleFormState, form({ id: draft.id })).catch((error: unknown) => error);
    expect(done).toBeInstanceOf(Redirected);
    expect((done as Redirected).url).toBe(`/conferences/${draft.id}?restored=1`);
    expect((await db().select().from(conferences).where(eq(conferences.id, draft.id)))[0].deletedAt).toBeNull();
  });
});
