import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, agendaItems, bridgePoints, conferences, conferenceStatusChanges, directives, invitations, people } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import type { MutationContext } from "@/lib/actions";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { replacePeriodWords } from "@/lib/period-words";
import { agendaCopiedFrom, insertAgenda } from "@/lib/agenda/copy";
import { todayInVietnam } from "@/lib/tasks/status";
import { type ConferenceRow, liveConference } from "./access";
import {
  canDelete,
  canTransition,
  dayOfConference,
  holdNeedsOverride,
  needsChangeNotice,
  shouldBumpSequence,
  transitionNeedsNewTime,
  transitionNeedsReason,
  transitionTargets,
} from "./rules";
import { notifyConferenceChanged } from "@/lib/notifications/events";
import { vietnamInstant } from "./time";
import type { AddBridgePointInput, ChangeStatusInput, ConferenceInput, DeleteConferenceInput, RemoveBridgePointInput, RestoreConferenceInput, UpdateConferenceInput } from "./validation";

/*
 * The changes behind the conference actions. They take the transaction, the acting user
 * and the audit writer explicitly so tests run them on the real database without Next.
 * A UserFacingError thrown here rolls the whole transaction back: nothing is written.
 */

type Audit = MutationContext<unknown>["audit"];
export interface CommandContext {
  tx: Db;
  actorId: number | null;
  audit: Audit;
  /** Today in Vietnam (yyyy-MM-dd); tests pass a fixed day. */
  today?: string;
}

/** The conference unless deleted, locked for this transaction; a deleted one is "not found". */
async function lockLiveConference(tx: Db, id: number): Promise<ConferenceRow> {
  const [row] = await tx.select().from(conferences).where(and(eq(conferences.id, id), liveConference())).for("update");
  if (!row) throw new NotFoundError();
  return row;
}

/** The secret behind an invitation's check-in QR code. */
export function newCheckInToken(): string {
  return randomBytes(18).toString("base64url");
}

async function assertAgencyExists(tx: Db, id: number | undefined, field: string, key: string): Promise<void> {
  if (id === undefined) return;
  const [row] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, id)).limit(1);
  if (!row) throw new UserFacingError(key, field);
}

async function assertPeopleExist(tx: Db, input: { chairPersonId?: number; secretaryPersonId?: number }): Promise<void> {
  const ids = [input.chairPersonId, input.secretaryPersonId].filter((id): id is number => id !== undefined);
  if (ids.length === 0) return;
  const found = new Set((await tx.select({ id: people.id }).from(people).where(inArray(people.id, ids))).map((r) => r.id));
  if (input.chairPersonId !== undefined && !found.has(input.chairPersonId)) throw new UserFacingError("conferences.errors.personUnknown", "chairPersonId");
  if (input.secretaryPersonId !== undefined && !found.has(input.secretaryPersonId)) throw new UserFacingError("conferences.errors.personUnknown", "secretaryPersonId");
}

/** A reply deadline typed as a date means "by the end of that day" in Vietnam. */
const deadlineInstant = (date: string | undefined) => (date ? vietnamInstant(date, "23:59") : null);

function conferenceValues(input: ConferenceInput | UpdateConferenceInput) {
  return {
    title: input.title,
    kind: input.kind,
    reviewedPeriod: input.reviewedPeriod ?? null,
    plannedPeriod: input.plannedPeriod ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    hostAgencyId: input.hostAgencyId,
    chairPersonId: input.chairPersonId ?? null,
    secretaryPersonId: input.secretaryPersonId ?? null,
    format: input.format,
    venue: input.venue ?? null,
    notes: input.notes ?? null,
    publishedToAll: input.publishedToAll,
    publicOnSchedule: input.publicOnSchedule,
    replyDeadline: deadlineInstant(input.replyDeadline),
  };
}

async function checkReferences(tx: Db, input: ConferenceInput | UpdateConferenceInput): Promise<void> {
  await assertAgencyExists(tx, input.hostAgencyId, "hostAgencyId", "conferences.errors.hostUnknown");
  await assertPeopleExist(tx, input);
}

/**
 * A new conference, as a draft. Created from a previous one, it takes over its invitees
 * (as fresh invitations, each with its own check-in secret) and its agenda without times.
 */
export async function createConference({ tx, actorId, audit }: CommandContext, input: ConferenceInput): Promise<ConferenceRow> {
  await checkReferences(tx, input);
  if (input.previousConferenceId !== undefined) {
    const [previous] = await tx.select({ id: conferences.id }).from(conferences).where(and(eq(conferences.id, input.previousConferenceId), liveConference())).limit(1);
    if (!previous) throw new UserFacingError("conferences.errors.previousUnknown");
  }
  const [row] = await tx
    .insert(conferences)
    .values({ ...conferenceValues(input), previousConferenceId: input.previousConferenceId ?? null, createdById: actorId })
    .returning();
  await tx.insert(conferenceStatusChanges).values({ conferenceId: row.id, fromStatus: null, toStatus: "draft", newStartsAt: row.startsAt, changedById: actorId });
  if (input.previousConferenceId !== undefined) await copyFromPrevious(tx, input.previousConferenceId, row);
  await audit({ action: "conference.create", entityType: "conference", entityId: row.id, after: row });
  return row;
}

async function copyFromPrevious(tx: Db, previousId: number, conference: Pick<ConferenceRow, "id" | "startsAt" | "reviewedPeriod" | "plannedPeriod">): Promise<void> {
  const conferenceId = conference.id;
  const invitees = await tx
    .select({ agencyId: invitations.agencyId, personId: invitations.personId })
    .from(invitations)
    .where(eq(invitations.conferenceId, previousId))
    .orderBy(asc(invitations.id));
  if (invitees.length > 0) {
    await tx.insert(invitations).values(invitees.map((i) => ({ conferenceId, agencyId: i.agencyId, personId: i.personId, status: "invited" as const, checkInToken: newCheckInToken() })));
  }
  // The agenda starts with the review of the previous conference's directives (carry-over).
  // "6 tháng đầu năm 2012" in the old agenda becomes the new conference's own period words.
  const [previous] = await tx.select({ reviewedPeriod: conferences.reviewedPeriod, plannedPeriod: conferences.plannedPeriod }).from(conferences).where(eq(conferences.id, previousId));
  const changes = [
    { from: previous.reviewedPeriod, to: conference.reviewedPeriod },
    { from: previous.plannedPeriod, to: conference.plannedPeriod },
  ];
  const items = await agendaCopiedFrom(tx, previousId, conference, (text) => replacePeriodWords(text, changes));
  await insertAgenda(tx, { id: conference.id, previousConferenceId: previousId }, items);
}

/** Marks every invitation of the conference so the invitees see the postponement or cancellation. */
async function noticeInvitees(tx: Db, conferenceId: number, status: "postponed" | "cancelled"): Promise<void> {
  await tx.update(invitations).set({ changeNotice: status }).where(eq(invitations.conferenceId, conferenceId));
}

/**
 * Saves the form, refused if someone saved the conference since it was loaded. For a
 * postponed conference a new time is a further postponement: it goes into the history
 * and the invitees are told again.
 */
export async function updateConference({ tx, actorId, audit }: CommandContext, input: UpdateConferenceInput): Promise<ConferenceRow> {
  await lockLiveConference(tx, input.id);
  await checkReferences(tx, input);
  const values = conferenceValues(input);
  const { before, after: saved } = await updateVersioned(tx, conferences, input.id, input.version, values);
  let after = saved;
  if (shouldBumpSequence(before, saved)) {
    [after] = await tx.update(conferences).set({ sequence: sql`${conferences.sequence} + 1` }).where(eq(conferences.id, input.id)).returning();
  }
  if (before.status === "postponed" && before.startsAt.getTime() !== saved.startsAt.getTime()) {
    await tx.insert(conferenceStatusChanges).values({
      conferenceId: input.id,
      fromStatus: "postponed",
      toStatus: "postponed",
      previousStartsAt: before.startsAt,
      newStartsAt: saved.startsAt,
      changedById: actorId,
    });
    await noticeInvitees(tx, input.id, "postponed");
  }
  if (saved.status !== "draft" && before.startsAt.getTime() !== saved.startsAt.getTime()) await notifyConferenceChanged({ tx, actorId }, input.id, "rescheduled");
  await audit({ action: "conference.update", entityType: "conference", entityId: input.id, before, after });
  return after;
}

/**
 * One step of the life cycle, as the rules allow it, written to the history. "Đã họp" before
 * the conference's day needs a reason (the secretariat's override), kept in the history and
 * audited on its own so it can be found.
 */
export async function changeConferenceStatus({ tx, actorId, audit, today }: CommandContext, input: ChangeStatusInput): Promise<ConferenceRow> {
  const current = await lockLiveConference(tx, input.id);
  if (!canTransition(current.status, input.transition)) throw new UserFacingError("conferences.errors.transitionNotAllowed");
  if (transitionNeedsReason(input.transition) && !input.reason) throw new UserFacingError("conferences.errors.reasonRequired", "reason");
  const early = holdNeedsOverride(input.transition, dayOfConference(today ?? todayInVietnam(), current));
  if (early && !input.reason) throw new UserFacingError("conferences.errors.holdBeforeDay", "reason");

  const to = transitionTargets[input.transition];
  let times: { startsAt: Date; endsAt: Date } | null = null;
  if (transitionNeedsNewTime(input.transition)) {
    if (!input.date) throw new UserFacingError("validation.required", "date");
    if (!input.startTime) throw new UserFacingError("validation.required", "startTime");
    if (!input.endTime) throw new UserFacingError("validation.required", "endTime");
    times = { startsAt: vietnamInstant(input.date, input.startTime), endsAt: vietnamInstant(input.date, input.endTime) };
    if (times.endsAt <= times.startsAt) throw new UserFacingError("conferences.errors.endBeforeStart", "endTime");
    if (times.startsAt.getTime() === current.startsAt.getTime() && times.endsAt.getTime() === current.endsAt.getTime()) {
      throw new UserFacingError("conferences.errors.sameTime", "date");
    }
  }
  const { before, after } = await updateVersioned(tx, conferences, input.id, input.version, {
    status: to,
    ...(times ?? {}),
    // Safe without a lock: every change moves the version on, so a matching version means this sequence is current.
    sequence: current.sequence + 1,
  });
  await tx.insert(conferenceStatusChanges).values({
    conferenceId: input.id,
    fromStatus: before.status,
    toStatus: to,
    reason: input.reason ?? null,
    previousStartsAt: times ? before.startsAt : null,
    newStartsAt: times ? times.startsAt : null,
    changedById: actorId,
  });
  if (needsChangeNotice(before.status, to)) await noticeInvitees(tx, input.id, to as "postponed" | "cancelled");
  if (times || to === "cancelled") await notifyConferenceChanged({ tx, actorId }, input.id, to === "cancelled" ? "cancelled" : "rescheduled");
  await audit({ action: "conference.status_change", entityType: "conference", entityId: input.id, before, after });
  if (early) await audit({ action: "conference.date_override", entityType: "conference", entityId: input.id, after: { transition: input.transition, startsAt: current.startsAt, reason: input.reason } });
  return after;
}

/**
 * Only a draft may be deleted; anything that went out is cancelled instead, so invitees hear
 * of it. Deleting marks the row (deleted_at/by) and leaves its invitations, agenda and bridge
 * points in place, so the admin can restore it whole; every read leaves it out meanwhile.
 */
export async function deleteConference({ tx, actorId, audit }: CommandContext, input: DeleteConferenceInput): Promise<void> {
  const current = await lockLiveConference(tx, input.id);
  if (current.version !== input.version) throw new UserFacingError("errors.conflict");
  if (!canDelete(current.status)) throw new UserFacingError("conferences.errors.deleteOnlyDraft");
  // Directives (ý kiến chỉ đạo) must outlive their conference: cancel it instead.
  const [directive] = await tx.select({ id: directives.id }).from(directives).where(eq(directives.conferenceId, input.id)).limit(1);
  if (directive) throw new UserFacingError("conferences.errors.deleteHasDirectives");
  if (actorId === null) throw new UserFacingError("errors.forbidden");
  const { after } = await updateVersioned(tx, conferences, input.id, input.version, { deletedAt: new Date(), deletedById: actorId });
  await audit({ action: "conference.delete", entityType: "conference", entityId: input.id, before: current, after: { deletedAt: after.deletedAt, deletedById: after.deletedById } });
}

/** The admin brings a deleted conference back as it was, with its invitations and agenda. */
export async function restoreConference({ tx, audit }: CommandContext, input: RestoreConferenceInput): Promise<ConferenceRow> {
  const [current] = await tx.select().from(conferences).where(eq(conferences.id, input.id)).for("update");
  if (!current) throw new NotFoundError();
  if (current.deletedAt === null) throw new UserFacingError("conferences.errors.notDeleted");
  const { after } = await updateVersioned(tx, conferences, input.id, current.version, { deletedAt: null, deletedById: null });
  await audit({ action: "conference.restore", entityType: "conference", entityId: input.id, before: { deletedAt: current.deletedAt, deletedById: current.deletedById }, after: { deletedAt: null } });
  return after;
}

export async function addBridgePoint({ tx, audit }: CommandContext, input: AddBridgePointInput): Promise<typeof bridgePoints.$inferSelect> {
  await lockLiveConference(tx, input.conferenceId);
  await assertAgencyExists(tx, input.responsibleAgencyId, "responsibleAgencyId", "conferences.errors.bridgeAgencyUnknown");
  const [{ last }] = await tx.select({ last: max(bridgePoints.position) }).from(bridgePoints).where(eq(bridgePoints.conferenceId, input.conferenceId));
  const [row] = await tx
    .insert(bridgePoints)
    .values({
      conferenceId: input.conferenceId,
      position: (last ?? 0) + 1,
      name: input.name,
      place: input.place ?? null,
      responsibleAgencyId: input.responsibleAgencyId ?? null,
      contact: input.contact ?? null,
    })
    .returning();
  await audit({ action: "bridge_point.create", entityType: "bridge_point", entityId: row.id, after: row });
  return row;
}

export async function removeBridgePoint({ tx, audit }: CommandContext, input: RemoveBridgePointInput): Promise<void> {
  await lockLiveConference(tx, input.conferenceId);
  const thisPoint = and(eq(bridgePoints.id, input.id), eq(bridgePoints.conferenceId, input.conferenceId));
  // Only the point as the user saw it goes: one edited or moved since is refused, not lost unseen.
  const [row] = await tx
    .delete(bridgePoints)
    .where(and(thisPoint, eq(bridgePoints.version, input.version)))
    .returning();
  if (!row) {
    const [exists] = await tx.select({ id: bridgePoints.id }).from(bridgePoints).where(thisPoint);
    throw exists ? new ConflictError() : new NotFoundError();
  }
  await audit({ action: "bridge_point.delete", entityType: "bridge_point", entityId: row.id, before: row });
}
