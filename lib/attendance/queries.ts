import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type AgencyKind, agencies, attendance } from "@/db/schema";
import { type InvitationRow, listInvitations } from "@/lib/invitations/queries";

export interface WalkInRow {
  attendanceId: number;
  attendeeName: string;
  attendeePosition: string | null;
  agencyName: string | null;
  agencyKind: AgencyKind | null;
  checkedInAt: Date;
  leftAt: Date | null;
}

export type PresenceRow = InvitationRow;

/**
 * The check-in list: every invitation with its attendance (one query), and the walk-ins
 * (a second query). Two queries whatever the number of invitees.
 */
export async function listPresence(db: Db, conferenceId: number): Promise<{ invitees: PresenceRow[]; walkIns: WalkInRow[] }> {
  const [invitees, walkIns] = await Promise.all([
    listInvitations(db, conferenceId),
    db
      .select({
        attendanceId: attendance.id,
        attendeeName: attendance.attendeeName,
        attendeePosition: attendance.attendeePosition,
        agencyName: agencies.name,
        agencyKind: agencies.kind,
        checkedInAt: attendance.checkedInAt,
        leftAt: attendance.leftAt,
      })
      .from(attendance)
      .leftJoin(agencies, eq(agencies.id, attendance.walkInAgencyId))
      .where(and(eq(attendance.conferenceId, conferenceId), isNull(attendance.invitationId)))
      .orderBy(asc(attendance.checkedInAt)),
  ]);
  return { invitees, walkIns };
}

export interface RosterTotals {
  invited: number;
  confirmed: number;
  present: number;
}

export interface RosterKindRow extends RosterTotals {
  kind: AgencyKind | "person" | "walk_in";
}

export interface Roster {
  invitees: PresenceRow[];
  walkIns: WalkInRow[];
  byKind: RosterKindRow[];
  totals: RosterTotals;
}

/** Confirmed means someone will come: the agency named a delegate, or the person or their substitute. */
const willCome = (status: InvitationRow["status"]) => status === "confirmed" || status === "delegated";

/** Invited / confirmed / present, per invitee and per agency kind (walk-ins counted as present only). */
export function buildRoster(invitees: PresenceRow[], walkIns: WalkInRow[]): Roster {
  const kinds = new Map<RosterKindRow["kind"], RosterKindRow>();
  const bucket = (kind: RosterKindRow["kind"]) => {
    let row = kinds.get(kind);
    if (!row) kinds.set(kind, (row = { kind, invited: 0, confirmed: 0, present: 0 }));
    return row;
  };
  for (const row of invitees) {
    const target = bucket(row.agencyKind ?? "person");
    target.invited++;
    if (willCome(row.status)) target.confirmed++;
    if (row.attendanceId !== null) target.present++;
  }
  if (walkIns.length > 0) bucket("walk_in").present += walkIns.length;
  const byKind = [...kinds.values()];
  const totals = byKind.reduce((sum, row) => ({ invited: sum.invited + row.invited, confirmed: sum.confirmed + row.confirmed, present: sum.present + row.present }), { invited: 0, confirmed: 0, present: 0 });
  return { invitees, walkIns, byKind, totals };
}

export async function loadRoster(db: Db, conferenceId: number): Promise<Roster> {
  const { invitees, walkIns } = await listPresence(db, conferenceId);
  return buildRoster(invitees, walkIns);
}
