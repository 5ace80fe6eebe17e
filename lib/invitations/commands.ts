import { randomBytes } from "node:crypto";
import { and, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, attendance, type AgencyKind, conferences, invitations, people } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import type { MutationContext } from "@/lib/actions";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { notifyInvited } from "@/lib/notifications/events";
import { invitationListOpen, unitReplyRefusal, vietnamDate } from "./rules";
import type { ReplyInput } from "./validation";
import { liveConference } from "@/lib/conferences/access";

/*
 * The changes behind the invitation actions. They take the transaction and the audit
 * writer explicitly so tests run them on the real database without Next.
 */
type Audit = MutationContext<unknown>["audit"];
export interface CommandContext {
  tx: Db;
  actorId: number;
  audit: Audit;
}
type Invitation = typeof invitations.$inferSelect;
type Conference = typeof conferences.$inferSelect;

/** A fresh secret for the invitation's QR code (192 bits, URL-safe). */
export function newCheckInToken(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * The conference whose list of invitees is to change; refused once the list is final. The
 * row is share-locked, so a "held" or "cancelled" saved at the same moment waits for this
 * change, or this change sees it.
 */
async function loadOpenConference(tx: Db, id: number): Promise<Conference> {
  const [row] = await tx.select().from(conferences).where(and(eq(conferences.id, id), liveConference())).for("share");
  if (!row) throw new NotFoundError();
  assertListOpen(row.status);
  return row;
}

function assertListOpen(status: Conference["status"]): void {
  if (!invitationListOpen(status)) throw new UserFacingError("invitations.listClosed");
}

export async function inviteAgency({ tx, actorId, audit }: CommandContext, input: { conferenceId: number; agencyId: number }): Promise<Invitation> {
  await loadOpenConference(tx, input.conferenceId);
  const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.agencyId));
  if (!agency) throw new UserFacingError("invitations.agencyNotFound", "agencyId");
  const [existing] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.conferenceId, input.conferenceId), eq(invitations.agencyId, input.agencyId)));
  if (existing) throw new UserFacingError("invitations.agencyAlreadyInvited", "agencyId");
  const [row] = await tx.insert(invitations).values({ conferenceId: input.conferenceId, agencyId: input.agencyId, checkInToken: newCheckInToken() }).returning();
  await audit({ action: "invitation.create", entityType: "invitation", entityId: row.id, after: row });
  await notifyInvited({ tx, actorId }, row.conferenceId, [row]);
  return row;
}

export async function invitePerson({ tx, actorId, audit }: CommandContext, input: { conferenceId: number; personId: number }): Promise<Invitation> {
  await loadOpenConference(tx, input.conferenceId);
  const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
  if (!person) throw new UserFacingError("invitations.personNotFound", "personId");
  const [existing] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.conferenceId, input.conferenceId), eq(invitations.personId, input.personId)));
  if (existing) throw new UserFacingError("invitations.personAlreadyInvited", "personId");
  const [row] = await tx.insert(invitations).values({ conferenceId: input.conferenceId, personId: input.personId, checkInToken: newCheckInToken() }).returning();
  await audit({ action: "invitation.create", entityType: "invitation", entityId: row.id, after: row });
  await notifyInvited({ tx, actorId }, row.conferenceId, [row]);
  return row;
}

export interface BulkResult {
  conferenceId: number;
  invited: number;
  skipped: number;
}

/**
 * Invites every agency of a kind that is active on the conference's date (Vietnam time)
 * and not invited yet, in one INSERT. `skipped` counts the active ones already invited.
 */
export async function inviteAgenciesByKind({ tx, actorId, audit }: CommandContext, input: { conferenceId: number; kind: AgencyKind }): Promise<BulkResult> {
  const conference = await loadOpenConference(tx, input.conferenceId);
  const day = vietnamDate(conference.startsAt);
  const candidates = await tx
    .select({ id: agencies.id, invitationId: invitations.id })
    .from(agencies)
    .leftJoin(invitations, and(eq(invitations.agencyId, agencies.id), eq(invitations.conferenceId, conference.id)))
    .where(and(eq(agencies.kind, input.kind), or(isNull(agencies.validFrom), lte(agencies.validFrom, day)), or(isNull(agencies.validTo), gte(agencies.validTo, day))));
  const fresh = candidates.filter((row) => row.invitationId === null).map((row) => row.id);
  const skipped = candidates.length - fresh.length;
  const created = await insertAll(tx, conference.id, fresh.map((agencyId) => ({ agencyId, personId: null })));
  await notifyInvited({ tx, actorId }, conference.id, fresh.map((agencyId) => ({ agencyId, personId: null })));
  if (created.length > 0) {
    await audit({ action: "invitation.bulk_create", entityType: "conference", entityId: conference.id, after: { kind: input.kind, invitationIds: created.map((row) => row.id) } });
  }
  return { conferenceId: conference.id, invited: created.length, skipped };
}

/**
 * Copies the previous conference's invitees that are not invited here yet (agencies only
 * while still active on this conference's date), in one INSERT.
 */
export async function inviteFromPreviousConference({ tx, actorId, audit }: CommandContext, input: { conferenceId: number }): Promise<BulkResult> {
  const conference = await loadOpenConference(tx, input.conferenceId);
  if (!conference.previousConferenceId) throw new UserFacingError("invitations.noPreviousConference");
  const day = vietnamDate(conference.startsAt);
  const previous = await tx
    .select({ agencyId: invitations.agencyId, personId: invitations.personId, validFrom: agencies.validFrom, validTo: agencies.validTo })
    .from(invitations)
    .leftJoin(agencies, eq(agencies.id, invitations.agencyId))
    .where(eq(invitations.conferenceId, conference.previousConferenceId));
  const current = await tx.select({ agencyId: invitations.agencyId, personId: invitations.personId }).from(invitations).where(eq(invitations.conferenceId, conference.id));
  const agencyIds = new Set(current.map((row) => row.agencyId).filter((id) => id !== null));
  const personIds = new Set(current.map((row) => row.personId).filter((id) => id !== null));
  const active = previous.filter((row) => row.agencyId === null || ((row.validFrom === null || row.validFrom <= day) && (row.validTo === null || row.validTo >= day)));
  const fresh = active.filter((row) => (row.agencyId !== null ? !agencyIds.has(row.agencyId) : !personIds.has(row.personId as number)));
  const created = await insertAll(tx, conference.id, fresh.map((row) => ({ agencyId: row.agencyId, personId: row.personId })));
  await notifyInvited({ tx, actorId }, conference.id, fresh);
  if (created.length > 0) {
    await audit({
      action: "invitation.bulk_create",
      entityType: "conference",
      entityId: conference.id,
      after: { fromConferenceId: conference.previousConferenceId, invitationIds: created.map((row) => row.id) },
    });
  }
  return { conferenceId: conference.id, invited: created.length, skipped: active.length - fresh.length };
}

async function insertAll(tx: Db, conferenceId: number, invitees: { agencyId: number | null; personId: number | null }[]): Promise<{ id: number }[]> {
  if (invitees.length === 0) return [];
  return tx
    .insert(invitations)
    .values(invitees.map((invitee) => ({ conferenceId, ...invitee, checkInToken: newCheckInToken() })))
    .returning({ id: invitations.id });
}

/** The invitation's agency, for the permission scope of a reply (null for a person's invitation). */
export async function invitationAgencyId(db: Db, conferenceId: number, invitationId: number): Promise<number | null> {
  const [row] = await db
    .select({ agencyId: invitations.agencyId })
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.conferenceId, conferenceId)));
  return row?.agencyId ?? null;
}

/**
 * Records a reply. `onBehalf` is true for the secretariat, who may still record a reply
 * after the deadline or the conference (by phone, on paper); a unit officer past the
 * deadline, or once the conference took place or was cancelled, is refused.
 */
export async function replyToInvitation(
  { tx, actorId, audit }: CommandContext,
  input: ReplyInput,
  options: { onBehalf: boolean; now?: Date },
): Promise<Invitation> {
  const now = options.now ?? new Date();
  const [current] = await tx
    .select({ invitation: invitations, replyDeadline: conferences.replyDeadline, conferenceStatus: conferences.status })
    .from(invitations)
    .innerJoin(conferences, eq(conferences.id, invitations.conferenceId))
    .where(and(eq(invitations.id, input.invitationId), eq(invitations.conferenceId, input.conferenceId), liveConference()));
  if (!current) throw new NotFoundError();
  const refusal = options.onBehalf ? null : unitReplyRefusal({ status: current.conferenceStatus, replyDeadline: current.replyDeadline }, now);
  if (refusal) throw new UserFacingError(refusal, "status");
  const isAgency = current.invitation.agencyId !== null;
  const values: Partial<typeof invitations.$inferInsert> = { status: input.status, repliedAt: now, repliedById: actorId, delegateName: null, delegatePosition: null, declineReason: null };
  if (input.status === "confirmed" && isAgency) {
    if (!input.delegateName) throw new UserFacingError("invitations.delegateNameRequired", "delegateName");
    if (!input.delegatePosition) throw new UserFacingError("invitations.delegatePositionRequired", "delegatePosition");
    Object.assign(values, { delegateName: input.delegateName, delegatePosition: input.delegatePosition });
  } else if (input.status === "delegated") {
    if (isAgency) throw new UserFacingError("invitations.delegateOnlyPerson", "status");
    if (!input.delegateName) throw new UserFacingError("invitations.substituteNameRequired", "delegateName");
    Object.assign(values, { delegateName: input.delegateName, delegatePosition: input.delegatePosition ?? null });
  } else if (input.status === "declined") {
    values.declineReason = input.declineReason ?? null;
  }
  const { before, after } = await updateVersioned(tx, invitations, input.invitationId, input.version, values);
  await audit({ action: "invitation.reply", entityType: "invitation", entityId: after.id, before, after });
  return after;
}

/**
 * Removes an invitation, refused once the list is final (the conference took place or was
 * cancelled), once the invitee has checked in (the attendance would go with it) and when it
 * changed since the secretariat looked (a reply recorded meanwhile).
 */
export async function deleteInvitation({ tx, audit }: CommandContext, input: { conferenceId: number; invitationId: number; version: number }): Promise<void> {
  const conference = await loadOpenConference(tx, input.conferenceId);
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, input.invitationId), eq(invitations.conferenceId, conference.id)))
    .for("update");
  if (!row) throw new NotFoundError();
  if (row.version !== input.version) throw new ConflictError();
  const [present] = await tx.select({ id: attendance.id }).from(attendance).where(eq(attendance.invitationId, row.id));
  if (present) throw new UserFacingError("invitations.cannotDeleteCheckedIn");
  await tx.delete(invitations).where(eq(invitations.id, row.id));
  await audit({ action: "invitation.delete", entityType: "invitation", entityId: row.id, before: row });
}
