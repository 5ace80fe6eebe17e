import { and, asc, count, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { type AgencyKind, agencies, agencyKinds, attendance, invitations, invitationStatuses, people } from "@/db/schema";
import { type AgencyRow, listAllAgencies, listPeople, type PersonRow, searchAgencies } from "@/lib/directory/queries";
import { isActiveOn } from "@/lib/directory/rules";
import { sortVi } from "@/lib/collation";
import type { InvitationStatus } from "./rules";
import { type SearchParams, firstParam } from "@/lib/search-params";

export interface InvitationFilters {
  status?: InvitationStatus;
  kind?: AgencyKind;
  /** Only this agency's invitation (a unit officer's own). */
  agencyId?: number;
  /** Only this invitation (the QR and check-in pages). */
  invitationId?: number;
}

export function parseInvitationFilters(params: SearchParams): InvitationFilters {
  const status = firstParam(params.status);
  const kind = firstParam(params.kind);
  return {
    status: (invitationStatuses as readonly string[]).includes(status ?? "") ? (status as InvitationStatus) : undefined,
    kind: (agencyKinds as readonly string[]).includes(kind ?? "") ? (kind as AgencyKind) : undefined,
  };
}

export interface InvitationRow {
  id: number;
  agencyId: number | null;
  personId: number | null;
  agencyName: string | null;
  agencyKind: AgencyKind | null;
  personName: string | null;
  personPosition: string | null;
  status: InvitationStatus;
  delegateName: string | null;
  delegatePosition: string | null;
  declineReason: string | null;
  repliedAt: Date | null;
  changeNotice: string | null;
  version: number;
  /** The QR code's secret: shown only to those who check people in. */
  checkInToken: string;
  attendanceId: number | null;
  attendeeName: string | null;
  checkedInAt: Date | null;
  leftAt: Date | null;
}

/**
 * One conference's invitations in one query: the agency or person, the reply, and
 * whether the invitee has checked in. A person's "kind" is that of their agency. In
 * Vietnamese order of the invitee's name (the database's C collation puts Đ and Ủ after Z).
 */
export async function listInvitations(db: Db, conferenceId: number, filters: InvitationFilters = {}): Promise<InvitationRow[]> {
  const personAgency = agenciesAlias();
  const kind = sql<AgencyKind | null>`coalesce(${agencies.kind}, ${personAgency.kind})`;
  const conditions: (SQL | undefined)[] = [eq(invitations.conferenceId, conferenceId)];
  if (filters.status) conditions.push(eq(invitations.status, filters.status));
  if (filters.kind) conditions.push(sql`${kind} = ${filters.kind}`);
  if (filters.agencyId) conditions.push(eq(invitations.agencyId, filters.agencyId));
  if (filters.invitationId) conditions.push(eq(invitations.id, filters.invitationId));
  return db
    .select({
      id: invitations.id,
      agencyId: invitations.agencyId,
      personId: invitations.personId,
      agencyName: agencies.name,
      agencyKind: kind,
      personName: people.fullName,
      personPosition: people.position,
      status: invitations.status,
      delegateName: invitations.delegateName,
      delegatePosition: invitations.delegatePosition,
      declineReason: invitations.declineReason,
      repliedAt: invitations.repliedAt,
      changeNotice: invitations.changeNotice,
      version: invitations.version,
      checkInToken: invitations.checkInToken,
      attendanceId: attendance.id,
      attendeeName: attendance.attendeeName,
      checkedInAt: attendance.checkedInAt,
      leftAt: attendance.leftAt,
    })
    .from(invitations)
    .leftJoin(agencies, eq(agencies.id, invitations.agencyId))
    .leftJoin(people, eq(people.id, invitations.personId))
    .leftJoin(personAgency, eq(personAgency.id, people.agencyId))
    .leftJoin(attendance, eq(attendance.invitationId, invitations.id))
    .where(and(...conditions))
    .orderBy(asc(sql`coalesce(${agencies.name}, ${people.fullName})`), asc(invitations.id))
    .then((rows) => sortVi(rows, (row) => row.agencyName ?? row.personName ?? ""));
}

function agenciesAlias() {
  return alias(agencies, "person_agency");
}

export interface InvitationCounts {
  total: number;
  byStatus: Record<InvitationStatus, number>;
  /** By agency kind; "person" for people whose agency is not known. */
  byKind: { kind: AgencyKind | "person"; count: number }[];
}

/** Counts by reply and by agency kind from one grouped query (status × kind, summed both ways here). */
export async function countInvitations(db: Db, conferenceId: number): Promise<InvitationCounts> {
  const personAgency = agenciesAlias();
  const kind = sql<AgencyKind | null>`coalesce(${agencies.kind}, ${personAgency.kind})`;
  const groups = await db
    .select({ status: invitations.status, kind, count: count() })
    .from(invitations)
    .leftJoin(agencies, eq(agencies.id, invitations.agencyId))
    .leftJoin(people, eq(people.id, invitations.personId))
    .leftJoin(personAgency, eq(personAgency.id, people.agencyId))
    .where(eq(invitations.conferenceId, conferenceId))
    .groupBy(invitations.status, kind);
  const byStatus = Object.fromEntries(invitationStatuses.map((status) => [status, 0])) as Record<InvitationStatus, number>;
  const kinds = new Map<AgencyKind | "person", number>();
  let total = 0;
  for (const group of groups) {
    const n = Number(group.count);
    total += n;
    byStatus[group.status] += n;
    const key = group.kind ?? "person";
    kinds.set(key, (kinds.get(key) ?? 0) + n);
  }
  const order = [...agencyKinds, "person"] as const;
  const byKind = order.filter((key) => kinds.has(key)).map((key) => ({ kind: key, count: kinds.get(key) ?? 0 }));
  return { total, byStatus, byKind };
}

/** At most this many agencies or people in an "invite one" list: with more, the secretariat searches first. */
export const INVITE_CHOICES_LISTED = 50;

/**
 * Agencies active on the conference's day (yyyy-MM-dd) for the "invite an agency" list, in
 * Vietnamese order: those matching `query` (name, short name or code, as the directory's search), or all
 * when there is no query; at most INVITE_CHOICES_LISTED of them, with how many there are.
 */
export async function listInvitableAgencies(db: Db, day: string, query: string | null): Promise<{ rows: AgencyRow[]; total: number }> {
  const matches = searchAgencies(await listAllAgencies(db), { q: query ?? undefined, inactive: false, expand: false }, (agency) => isActiveOn(agency, day));
  const inOrder = sortVi(matches.map((match) => match.agency), (agency) => agency.name);
  return { rows: inOrder.slice(0, INVITE_CHOICES_LISTED), total: matches.length };
}

/**
 * Active people for the "invite a person" list, by name, with their agency: those matching
 * `query` (the directory's search), or everyone when there is no query; at most
 * INVITE_CHOICES_LISTED of them, with how many there are (one query).
 */
export function listInvitablePeople(db: Db, query: string | null): Promise<{ rows: PersonRow[]; total: number }> {
  return listPeople(db, { q: query ?? undefined, inactive: false, page: 1 }, INVITE_CHOICES_LISTED);
}
