import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, attendance, conferences, invitations, people } from "@/db/schema";
import { checkInOpen, dayOfConference } from "@/lib/conferences/rules";
import { localIsoDate } from "@/lib/conferences/time";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import type { CommandContext } from "@/lib/invitations/commands";
import { liveConference } from "@/lib/conferences/access";

/*
 * Check-in, walk-ins, leaving early and undoing a mistaken check-in. Each refusal
 * throws before anything is written, so a refused request leaves the database as it was.
 */
type Attendance = typeof attendance.$inferSelect;

/**
 * Check-in is refused outside the conference's days (weeks early by mistake, a QR code
 * scanned days later) unless the secretariat opened it with a reason. Locks the conference
 * row so an opening and a check-in do not cross.
 */
async function assertCheckInOpen(tx: Db, conferenceId: number, now: Date): Promise<void> {
  const [conference] = await tx
    .select({ startsAt: conferences.startsAt, endsAt: conferences.endsAt, checkInOverrideAt: conferences.checkInOverrideAt })
    .from(conferences)
    .where(and(eq(conferences.id, conferenceId), liveConference()))
    .for("share");
  if (!conference) throw new NotFoundError();
  const day = dayOfConference(localIsoDate(now), conference);
  if (!checkInOpen(day, conference)) throw new UserFacingError(day === "before" ? "attendance.errors.beforeDay" : "attendance.errors.afterDay");
}

/**
 * "Mở điểm danh ngoài ngày họp": the secretariat allows check-in on other days than the
 * conference's (copying a paper sheet afterwards), with a reason kept on the conference and audited.
 */
export async function openCheckInOutsideDays({ tx, actorId, audit }: CommandContext, input: { conferenceId: number; reason: string }): Promise<void> {
  const [before] = await tx
    .select({ checkInOverrideAt: conferences.checkInOverrideAt })
    .from(conferences)
    .where(and(eq(conferences.id, input.conferenceId), liveConference()))
    .for("update");
  if (!before) throw new NotFoundError();
  if (before.checkInOverrideAt) throw new UserFacingError("attendance.errors.alreadyOpened");
  const [after] = await tx
    .update(conferences)
    .set({ checkInOverrideReason: input.reason, checkInOverrideById: actorId, checkInOverrideAt: new Date() })
    .where(eq(conferences.id, input.conferenceId))
    .returning({ reason: conferences.checkInOverrideReason, at: conferences.checkInOverrideAt });
  await audit({ action: "conference.date_override", entityType: "conference", entityId: input.conferenceId, after: { checkIn: true, ...after } });
}

/** Checks in the invitee (the named delegate, or the invited person) of one invitation. */
export async function checkIn({ tx, actorId, audit }: CommandContext, input: { conferenceId: number; invitationId: number }, now = new Date()): Promise<Attendance> {
  const [row] = await tx
    .select({ id: invitations.id, delegateName: invitations.delegateName, delegatePosition: invitations.delegatePosition, personName: people.fullName, personPosition: people.position, agencyName: agencies.name })
    .from(invitations)
    .leftJoin(people, eq(people.id, invitations.personId))
    .leftJoin(agencies, eq(agencies.id, invitations.agencyId))
    .where(and(eq(invitations.id, input.invitationId), eq(invitations.conferenceId, input.conferenceId)))
    .for("update", { of: invitations });
  if (!row) throw new NotFoundError();
  const [already] = await tx.select({ id: attendance.id }).from(attendance).where(eq(attendance.invitationId, row.id));
  if (already) throw new UserFacingError("attendance.alreadyCheckedIn");
  await assertCheckInOpen(tx, input.conferenceId, now);
  const [created] = await tx
    .insert(attendance)
    .values({
      conferenceId: input.conferenceId,
      invitationId: row.id,
      attendeeName: row.delegateName ?? row.personName ?? row.agencyName ?? "",
      attendeePosition: row.delegateName ? row.delegatePosition : row.personPosition,
      checkedInAt: now,
      checkedInById: actorId,
    })
    .returning();
  await audit({ action: "attendance.check_in", entityType: "attendance", entityId: created.id, after: created });
  return created;
}

/** The invitation a QR code's token stands for, with its conference; null for an unknown token. */
export async function invitationByToken(db: Db, token: string) {
  const [row] = await db
    .select({
      invitationId: invitations.id,
      conferenceId: invitations.conferenceId,
      conferenceTitle: conferences.title,
      startsAt: conferences.startsAt,
      endsAt: conferences.endsAt,
      checkInOverrideAt: conferences.checkInOverrideAt,
    })
    .from(invitations)
    .innerJoin(conferences, eq(conferences.id, invitations.conferenceId))
    .where(and(eq(invitations.checkInToken, token), liveConference()))
    .limit(1);
  return row ?? null;
}

export async function checkInByToken(ctx: CommandContext, token: string, now = new Date()): Promise<Attendance> {
  const found = await invitationByToken(ctx.tx, token);
  if (!found) throw new NotFoundError();
  return checkIn(ctx, { conferenceId: found.conferenceId, invitationId: found.invitationId }, now);
}

/** Someone present without an invitation. */
export async function checkInWalkIn(
  { tx, actorId, audit }: CommandContext,
  input: { conferenceId: number; attendeeName: string; attendeePosition?: string; walkInAgencyId?: number },
  now = new Date(),
): Promise<Attendance> {
  await assertCheckInOpen(tx, input.conferenceId, now);
  if (input.walkInAgencyId) {
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.walkInAgencyId));
    if (!agency) throw new UserFacingError("attendance.agencyNotFound", "walkInAgencyId");
  }
  const [created] = await tx
    .insert(attendance)
    .values({
      conferenceId: input.conferenceId,
      attendeeName: input.attendeeName,
      attendeePosition: input.attendeePosition ?? null,
      walkInAgencyId: input.walkInAgencyId ?? null,
      checkedInAt: now,
      checkedInById: actorId,
    })
    .returning();
  await audit({ action: "attendance.walk_in", entityType: "attendance", entityId: created.id, after: created });
  return created;
}

async function lockAttendance(tx: Db, input: { conferenceId: number; attendanceId: number }): Promise<Attendance> {
  const [row] = await tx
    .select()
    .from(attendance)
    .where(and(eq(attendance.id, input.attendanceId), eq(attendance.conferenceId, input.conferenceId)))
    .for("update");
  if (!row) throw new NotFoundError();
  return row;
}

/** "Về sớm": records when the attendee left. */
export async function recordLeave({ tx, audit }: CommandContext, input: { conferenceId: number; attendanceId: number }, now = new Date()): Promise<Attendance> {
  const row = await lockAttendance(tx, input);
  if (row.leftAt) throw new UserFacingError("attendance.alreadyLeft");
  const leftAt = now < row.checkedInAt ? row.checkedInAt : now;
  const [after] = await tx
    .update(attendance)
    .set({ leftAt })
    .where(and(eq(attendance.id, row.id), isNull(attendance.leftAt)))
    .returning();
  await audit({ action: "attendance.leave", entityType: "attendance", entityId: row.id, before: row, after });
  return after;
}

/** Removes a mistaken check-in. */
export async function undoCheckIn({ tx, audit }: CommandContext, input: { conferenceId: number; attendanceId: number }): Promise<void> {
  const row = await lockAttendance(tx, input);
  await tx.delete(attendance).where(eq(attendance.id, row.id));
  await audit({ action: "attendance.undo", entityType: "attendance", entityId: row.id, before: row });
}
