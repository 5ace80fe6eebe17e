import { FOLLOW_UP_REVIEW_ITEM } from "@/lib/agenda/copy";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agendaItems, bridgePoints, conferences, conferenceStatusChanges, directives, invitations } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { ConflictError, UserFacingError } from "@/lib/errors";
import { db } from "@/test/db";
import { createAgency, createPerson, createUser } from "@/test/factories";
import { addBridgePoint, changeConferenceStatus, type CommandContext, createConference, deleteConference, newCheckInToken, removeBridgePoint, updateConference } from "./commands";
import { type ConferenceInput, createConferenceSchema, updateConferenceSchema } from "./validation";

function context(entries: AuditEntry[] = [], actorId: number | null = null): CommandContext {
  return { tx: db(), actorId, audit: async (entry) => void entries.push(entry) };
}

async function formInput(overrides: Record<string, string> = {}): Promise<ConferenceInput> {
  const host = await createAgency(db());
  return createConferenceSchema.parse({
    title: "Hội nghị sơ kết 6 tháng đầu năm 2012",
    kind: "mid_year_review",
    reviewedPeriod: "2012-H1",
    plannedPeriod: "2012-H2",
    date: "02/07/2012",
    startTime: "08:00",
    endTime: "11:30",
    hostAgencyId: String(host.id),
    format: "in_person",
    venue: "Hội trường Sở",
    ...overrides,
  });
}

async function inviteAgency(conferenceId: number) {
  const agency = await createAgency(db());
  const [row] = await db().insert(invitations).values({ conferenceId, agencyId: agency.id, checkInToken: newCheckInToken() }).returning();
  return row;
}

const asUpdate = (row: typeof conferences.$inferSelect, overrides: Record<string, string> = {}) =>
  updateConferenceSchema.parse({
    id: String(row.id),
    version: String(row.version),
    title: row.title,
    kind: row.kind,
    date: "02/07/2012",
    startTime: "08:00",
    endTime: "11:30",
    hostAgencyId: String(row.hostAgencyId),
    format: row.format,
    venue: row.venue ?? "",
    ...overrides,
  });

describe("conference commands", () => {
  it("create a draft with its first history row and an audit entry", async () => {
    const entries: AuditEntry[] = [];
    const actor = await createUser(db(), { role: "secretariat" });
    const created = await createConference(context(entries, actor.id), await formInput());
    expect(created).toMatchObject({ status: "draft", sequence: 0, version: 1, createdById: actor.id, reviewedPeriod: "2012-H1" });
    const history = await db().select().from(conferenceStatusChanges).where(eq(conferenceStatusChanges.conferenceId, created.id));
    expect(history).toMatchObject([{ fromStatus: null, toStatus: "draft", changedById: actor.id }]);
    expect(entries).toMatchObject([{ action: "conference.create", entityType: "conference", entityId: created.id }]);
  });

  it("refuse an unknown host agency or person under the field, writing nothing", async () => {
    const input = await formInput({ title: "Không được lưu" });
    await expect(db().transaction((tx) => createConference({ ...context(), tx }, { ...input, hostAgencyId: 999_999 }))).rejects.toMatchObject({ field: "hostAgencyId", messageKey: "conferences.errors.hostUnknown" });
    await expect(db().transaction((tx) => createConference({ ...context(), tx }, { ...input, secretaryPersonId: 999_999 }))).rejects.toMatchObject({ field: "secretaryPersonId" });
    expect(await db().select().from(conferences).where(eq(conferences.title, "Không được lưu"))).toHaveLength(0);
  });

  it("refuse the second of two saves from the same version, and bump the sequence only for visible changes", async () => {
    const created = await createConference(context(), await formInput());
    const notesOnly = await updateConference(context(), { ...asUpdate(created), notes: "Ghi chú" });
    expect(notesOnly).toMatchObject({ version: 2, sequence: 0, notes: "Ghi chú" });
    const moved = await updateConference(context(), asUpdate(notesOnly, { startTime: "08:30" }));
    expect(moved).toMatchObject({ version: 3, sequence: 1 });
    await expect(updateConference(context(), asUpdate(notesOnly, { title: "Bản cũ" }))).rejects.toBeInstanceOf(ConflictError);
    const [stored] = await db().select().from(conferences).where(eq(conferences.id, created.id));
    expect(stored.title).toBe(created.title);
  });

  it("postpone after invitations went out: new time, history, change notice on every invitation, sequence up", async () => {
    const entries: AuditEntry[] = [];
    const created = await createConference(context(), await formInput());
    const scheduled = await changeConferenceStatus(context(), { id: created.id, version: created.version, transition: "schedule" });
    const [a, b] = [await inviteAgency(created.id), await inviteAgency(created.id)];
    const postponed = await changeConferenceStatus(context(entries), {
      id: created.id,
      version: scheduled.version,
      transition: "postpone",
      reason: "Trùng lịch làm việc của UBND tỉnh",
      date: "2012-07-09",
      startTime: "14:00",
      endTime: "16:30",
    });
    expect(postponed).toMatchObject({ status: "postponed", sequence: 2 });
    expect(postponed.startsAt.toISOString()).toBe("2012-07-09T07:00:00.000Z");
    const notices = await db().select({ id: invitations.id, changeNotice: invitations.changeNotice }).from(invitations).where(eq(invitations.conferenceId, created.id));
    expect(notices.sort((x, y) => x.id - y.id)).toEqual([{ id: a.id, changeNotice: "postponed" }, { id: b.id, changeNotice: "postponed" }]);
    const history = await db().select().from(conferenceStatusChanges).where(eq(conferenceStatusChanges.conferenceId, created.id));
    expect(history.at(-1)).toMatchObject({ fromStatus: "scheduled", toStatus: "postponed", reason: "Trùng lịch làm việc của UBND tỉnh" });
    expect(history.at(-1)?.previousStartsAt?.toISOString()).toBe("2012-07-02T01:00:00.000Z");
    expect(entries).toMatchObject([{ action: "conference.status_change" }]);

    // Editing the time of a postponed conference is a further postponement.
    await db().update(invitations).set({ changeNotice: null }).where(eq(invitations.conferenceId, created.id));
    await updateConference(context(), asUpdate(postponed, { date: "16/07/2012" }));
    const again = await db().select().from(conferenceStatusChanges).where(eq(conferenceStatusChanges.conferenceId, created.id));
    expect(again.at(-1)).toMatchObject({ fromStatus: "postponed", toStatus: "postponed" });
    expect((await db().select().from(invitations).where(eq(invitations.conferenceId, created.id))).every((i) => i.changeNotice === "postponed")).toBe(true);
  });

  it("refuse a postponement without reason or time, and transitions the rules forbid", async () => {
    const created = await createConference(context(), await formInput());
    const scheduled = await changeConferenceStatus(context(), { id: created.id, version: 1, transition: "schedule" });
    await expect(changeConferenceStatus(context(), { id: created.id, version: scheduled.version, transition: "postpone", date: "2012-07-09", startTime: "08:00", endTime: "09:00" })).rejects.toMatchObject({ field: "reason" });
    await expect(changeConferenceStatus(context(), { id: created.id, version: scheduled.version, transition: "postpone", reason: "x" })).rejects.toMatchObject({ field: "date" });
    await expect(changeConferenceStatus(context(), { id: created.id, version: scheduled.version, transition: "close" })).rejects.toMatchObject({ messageKey: "conferences.errors.transitionNotAllowed" });
    await expect(changeConferenceStatus(context(), { id: created.id, version: 1, transition: "hold" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("records “đã diễn ra” before the conference's day only with the secretariat's reason, in the history and audited", async () => {
    const early = (entries: AuditEntry[] = []): CommandContext => ({ ...context(entries), today: "2012-06-11" });
    const created = await createConference(context(), await formInput());
    const scheduled = await changeConferenceStatus(early(), { id: created.id, version: 1, transition: "schedule" });
    await expect(changeConferenceStatus(early(), { id: created.id, version: scheduled.version, transition: "hold" })).rejects.toMatchObject({
      messageKey: "conferences.errors.holdBeforeDay",
      field: "reason",
    });
    expect((await db().select().from(conferences).where(eq(conferences.id, created.id)))[0].status).toBe("scheduled");
    const entries: AuditEntry[] = [];
    const held = await changeConferenceStatus(early(entries), { id: created.id, version: scheduled.version, transition: "hold", reason: "Họp sớm theo chỉ đạo của UBND tỉnh" });
    expect(held.status).toBe("held");
    const history = await db().select().from(conferenceStatusChanges).where(eq(conferenceStatusChanges.conferenceId, created.id));
    expect(history.at(-1)).toMatchObject({ toStatus: "held", reason: "Họp sớm theo chỉ đạo của UBND tỉnh" });
    expect(entries.map((entry) => entry.action)).toEqual(["conference.status_change", "conference.date_override"]);
    expect(entries[1]).toMatchObject({ entityId: created.id, after: { transition: "hold", reason: "Họp sớm theo chỉ đạo của UBND tỉnh" } });

    // On the day itself (02/07/2012 in Vietnam) no reason is asked.
    const onTime = await createConference(context(), await formInput());
    const ready = await changeConferenceStatus(context(), { id: onTime.id, version: 1, transition: "schedule" });
    expect((await changeConferenceStatus({ ...context(), today: "2012-07-02" }, { id: onTime.id, version: ready.version, transition: "hold" })).status).toBe("held");
  });

  it("cancel with a reason and notice invitees; delete only drafts", async () => {
    const draft = await createConference(context(), await formInput());
    const entries: AuditEntry[] = [];
    const clerk = await createUser(db(), { role: "secretariat" });
    await deleteConference(context(entries, clerk.id), { id: draft.id, version: 1 });
    // Only marked, so the admin can restore it (lib/conferences/soft-delete.test.ts).
    expect(await db().select().from(conferences).where(eq(conferences.id, draft.id))).toMatchObject([{ deletedById: clerk.id, version: 2 }]);
    expect(entries).toMatchObject([{ action: "conference.delete", entityId: draft.id }]);

    const other = await createConference(context(), await formInput());
    const scheduled = await changeConferenceStatus(context(), { id: other.id, version: 1, transition: "schedule" });
    await inviteAgency(other.id);
    await expect(deleteConference(context(), { id: other.id, version: scheduled.version })).rejects.toMatchObject({ messageKey: "conferences.errors.deleteOnlyDraft" });
    const cancelled = await changeConferenceStatus(context(), { id: other.id, version: scheduled.version, transition: "cancel", reason: "Theo chỉ đạo của UBND tỉnh" });
    expect(cancelled.status).toBe("cancelled");
    expect((await db().select().from(invitations).where(eq(invitations.conferenceId, other.id))).map((i) => i.changeNotice)).toEqual(["cancelled"]);
    await expect(deleteConference(context(), { id: other.id, version: cancelled.version })).rejects.toBeInstanceOf(UserFacingError);
  });

  it("refuses to delete even a draft once directives are recorded on it", async () => {
    const draft = await createConference(context(), await formInput());
    await db().insert(directives).values({ conferenceId: draft.id, number: 1, issuerName: "Giàng Thị Hoa", text: "Chỉ đạo" });
    await expect(deleteConference(context(), { id: draft.id, version: 1 })).rejects.toMatchObject({ messageKey: "conferences.errors.deleteHasDirectives" });
    expect(await db().select().from(conferences).where(eq(conferences.id, draft.id))).toHaveLength(1);
  });

  it("create from a previous conference: fresh invitations, agenda opening with the follow-up review, link kept", async () => {
    const previous = await createConference(context(), await formInput());
    const person = await createPerson(db());
    const old = await inviteAgency(previous.id);
    await db().update(invitations).set({ status: "confirmed", delegateName: "Lò Văn A", changeNotice: "postponed" }).where(eq(invitations.id, old.id));
    await db().insert(invitations).values({ conferenceId: previous.id, personId: person.id, status: "declined", checkInToken: newCheckInToken() });
    await db().insert(agendaItems).values([
      { conferenceId: previous.id, position: 1, title: "Báo cáo", kind: "report", presenterAgencyId: previous.hostAgencyId, startsAt: previous.startsAt, durationMinutes: 45 },
      { conferenceId: previous.id, position: 2, title: "Kết luận", kind: "conclusion", presenterPersonId: person.id, durationMinutes: 30 },
    ]);

    const next = await createConference(context(), { ...(await formInput({ reviewedPeriod: "2012-H2", plannedPeriod: "2013-H1", date: "07/01/2013" })), previousConferenceId: previous.id });
    expect(next.previousConferenceId).toBe(previous.id);
    const copied = await db().select().from(invitations).where(eq(invitations.conferenceId, next.id));
    expect(copied).toHaveLength(2);
    expect(copied.every((i) => i.status === "invited" && i.delegateName === null && i.changeNotice === null)).toBe(true);
    expect(copied.map((i) => i.agencyId ?? i.personId).sort()).toEqual([old.agencyId, person.id].sort());
    const oldTokens = new Set((await db().select().from(invitations).where(eq(invitations.conferenceId, previous.id))).map((i) => i.checkInToken));
    expect(copied.some((i) => oldTokens.has(i.checkInToken))).toBe(false);
    const agenda = await db().select().from(agendaItems).where(eq(agendaItems.conferenceId, next.id));
    expect(agenda.sort((x, y) => x.position - y.position)).toMatchObject([
      { title: FOLLOW_UP_REVIEW_ITEM.title, kind: "follow_up_review", position: 1 },
      { title: "Báo cáo", kind: "report", presenterAgencyId: previous.hostAgencyId, durationMinutes: 45, position: 2 },
      { title: "Kết luận", kind: "conclusion", presenterPersonId: person.id, durationMinutes: 30, startsAt: null, position: 3 },
    ]);
    // An explicit time keeps its time of day on the new conference's day.
    expect(agenda[1].startsAt?.toISOString().slice(11)).toBe(previous.startsAt.toISOString().slice(11));
    expect(agenda[1].startsAt?.toISOString().slice(0, 10)).toBe(next.startsAt.toISOString().slice(0, 10));
  });

  it("add bridge points at the end and remove one", async () => {
    const created = await createConference(context(), await formInput());
    const agency = await createAgency(db());
    const first = await addBridgePoint(context(), { conferenceId: created.id, name: "Điểm cầu UBND tỉnh", responsibleAgencyId: agency.id });
    const second = await addBridgePoint(context(), { conferenceId: created.id, name: "Điểm cầu huyện Mường Nhé", place: "Hội trường UBND huyện" });
    expect([first.position, second.position]).toEqual([1, 2]);
    await expect(addBridgePoint(context(), { conferenceId: created.id, name: "X", responsibleAgencyId: 999_999 })).rejects.toMatchObject({ field: "responsibleAgencyId" });
    await removeBridgePoint(context(), { conferenceId: created.id, id: first.id, version: first.version });
    expect((await db().select().from(bridgePoints).where(eq(bridgePoints.conferenceId, created.id))).map((b) => b.name)).toEqual(["Điểm cầu huyện Mường Nhé"]);
  });
});
