import { and, asc, count, desc, eq, isNull, like, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { builtOnce } from "@/db/built-once";
import type { Db } from "@/db/client";
import { newestFirst } from "@/db/order";
import {
  agencies,
  attendance,
  bridgePoints,
  type ConferenceStatus,
  conferences,
  conferenceKinds,
  conferenceStatusChanges,
  conferenceStatuses,
  invitations,
  invitationStatuses,
  people,
  users,
} from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { conferenceDocument } from "@/lib/search/documents";
import { textFilter } from "@/lib/search/sql";
import { countUpTo, type ListTotal } from "@/lib/list-total";
import { visibleConferencesCondition } from "./access";
import { PERIOD_REGEX } from "./rules";
import { type SearchParams, firstParam, searchTextParam, parsePage } from "@/lib/search-params";

/*
 * Reads of conferences. Every one takes the user and adds visibleConferencesCondition,
 * so a unit officer never reads a conference their agency is not invited to.
 */

type Viewer = Pick<CurrentUser, "role" | "agencyId">;

export const CONFERENCE_PAGE_SIZE = 50;

export interface ConferenceListFilters {
  q?: string;
  kind?: (typeof conferenceKinds)[number];
  status?: ConferenceStatus;
  hostAgencyId?: number;
  /** A year ("2012") or a period code ("2012-H1") of the period reviewed. */
  period?: string;
  page: number;
}

/** /conferences?q=&kind=&status=&host=&period=&page=; unknown values are ignored rather than refused. */
export function parseConferenceListParams(params: SearchParams): ConferenceListFilters {
  const kind = firstParam(params.kind);
  const status = firstParam(params.status);
  const host = Number(firstParam(params.host));
  const period = firstParam(params.period)?.trim().toUpperCase();
  return {
    q: searchTextParam(params.q),
    kind: conferenceKinds.find((k) => k === kind),
    status: conferenceStatuses.find((s) => s === status),
    hostAgencyId: Number.isInteger(host) && host > 0 ? host : undefined,
    period: period && (/^\d{4}$/.test(period) || PERIOD_REGEX.test(period)) ? period : undefined,
    page: parsePage(params.page),
  };
}

export interface ConferenceListRow {
  id: number;
  title: string;
  kind: (typeof conferenceKinds)[number];
  status: ConferenceStatus;
  reviewedPeriod: string | null;
  startsAt: Date;
  endsAt: Date;
  hostAgencyId: number;
  hostAgencyName: string;
}

/** One page of the list, newest start first, and the total (counted up to LIST_TOTAL_CAP). */
export async function listConferences(db: Db, user: Viewer, filters: ConferenceListFilters, pageSize = CONFERENCE_PAGE_SIZE): Promise<{ rows: ConferenceListRow[]; total: ListTotal }> {
  const where = and(...conferenceListConditions(db, user, filters));
  const [rows, total] = await Promise.all([
    db
      .select({
        id: conferences.id,
        title: conferences.title,
        kind: conferences.kind,
        status: conferences.status,
        reviewedPeriod: conferences.reviewedPeriod,
        startsAt: conferences.startsAt,
        endsAt: conferences.endsAt,
        hostAgencyId: conferences.hostAgencyId,
        hostAgencyName: agencies.name,
      })
      .from(conferences)
      .innerJoin(agencies, eq(agencies.id, conferences.hostAgencyId))
      .where(where)
      .orderBy(newestFirst(conferences.startsAt), desc(conferences.id))
      .limit(pageSize)
      .offset((filters.page - 1) * pageSize),
    countUpTo(db, db.select({ id: conferences.id }).from(conferences).where(where).$dynamic()),
  ]);
  return { rows, total };
}

/** The conference list's WHERE: visibility and the filters (the page and /api/v1/conferences). */
export function conferenceListConditions(db: Db, user: Viewer, filters: Omit<ConferenceListFilters, "page">): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [visibleConferencesCondition(db, user)];
  if (filters.kind) conditions.push(eq(conferences.kind, filters.kind));
  if (filters.status) conditions.push(eq(conferences.status, filters.status));
  if (filters.hostAgencyId) conditions.push(eq(conferences.hostAgencyId, filters.hostAgencyId));
  if (filters.period) {
    conditions.push(/^\d{4}$/.test(filters.period) ? like(conferences.reviewedPeriod, `${filters.period}-%`) : eq(conferences.reviewedPeriod, filters.period));
  }
  if (filters.q) conditions.push(textFilter(conferenceDocument, filters.q));
  return conditions;
}

const chair = alias(people, "chair");
const secretary = alias(people, "secretary");
const previous = alias(conferences, "previous");
const hostSuccessor = alias(agencies, "host_successor");

export interface ConferenceDetail {
  hostAgencyName: string;
  /** The host's last day and successor, when it was merged or stopped (hostMergedBefore flags the conference). */
  hostValidTo: string | null;
  hostSuccessorName: string | null;
  chairName: string | null;
  chairPosition: string | null;
  secretaryName: string | null;
  previousId: number | null;
  previousTitle: string | null;
}

/** The conference page's names around a conference, prepared once (db/built-once.ts): every view of the page reads them. */
function prepareConferenceDetail(db: Db) {
  return db
    .select({
      hostAgencyName: agencies.name,
      hostValidTo: agencies.validTo,
      hostSuccessorName: hostSuccessor.name,
      chairName: chair.fullName,
      chairPosition: chair.position,
      secretaryName: secretary.fullName,
      previousId: previous.id,
      previousTitle: previous.title,
      previousPublished: previous.publishedToAll,
    })
    .from(conferences)
    .innerJoin(agencies, eq(agencies.id, conferences.hostAgencyId))
    .leftJoin(hostSuccessor, eq(hostSuccessor.id, agencies.successorId))
    .leftJoin(chair, eq(chair.id, conferences.chairPersonId))
    .leftJoin(secretary, eq(secretary.id, conferences.secretaryPersonId))
    // A deleted previous conference (a draft removed after this one was made from it) opens for no one: no link to it.
    .leftJoin(previous, and(eq(previous.id, conferences.previousConferenceId), isNull(previous.deletedAt)))
    .where(eq(conferences.id, sql.placeholder("id")))
    .limit(1)
    .prepare("conference_detail");
}

/** Names around a conference the user may already see (the previous one only if visible too). */
export async function getConferenceDetail(db: Db, id: number, user: Viewer): Promise<ConferenceDetail | null> {
  const [row] = await builtOnce(db, "conference_detail", prepareConferenceDetail).execute({ id });
  if (!row) return null;
  const { previousPublished, ...detail } = row;
  // A unit officer follows the link only to a previous conference they could open.
  if (detail.previousId !== null && user.role === "unit_officer" && !previousPublished) {
    const [visible] = await db
      .select({ id: conferences.id })
      .from(conferences)
      .where(and(eq(conferences.id, detail.previousId), visibleConferencesCondition(db, user)))
      .limit(1);
    if (!visible) return { ...detail, previousId: null, previousTitle: null };
  }
  return detail;
}

export interface StatusChangeRow {
  id: number;
  fromStatus: ConferenceStatus | null;
  toStatus: ConferenceStatus;
  reason: string | null;
  previousStartsAt: Date | null;
  newStartsAt: Date | null;
  changedAt: Date;
  changedByName: string | null;
}

function prepareStatusChanges(db: Db) {
  return db
    .select({
      id: conferenceStatusChanges.id,
      fromStatus: conferenceStatusChanges.fromStatus,
      toStatus: conferenceStatusChanges.toStatus,
      reason: conferenceStatusChanges.reason,
      previousStartsAt: conferenceStatusChanges.previousStartsAt,
      newStartsAt: conferenceStatusChanges.newStartsAt,
      changedAt: conferenceStatusChanges.changedAt,
      changedByName: users.displayName,
    })
    .from(conferenceStatusChanges)
    .leftJoin(users, eq(users.id, conferenceStatusChanges.changedById))
    .where(eq(conferenceStatusChanges.conferenceId, sql.placeholder("conferenceId")))
    .orderBy(asc(conferenceStatusChanges.changedAt), asc(conferenceStatusChanges.id))
    .prepare("conference_status_changes");
}

/** The conference's status history, oldest first (prepared once: the conference page shows it). */
export async function listStatusChanges(db: Db, conferenceId: number): Promise<StatusChangeRow[]> {
  return builtOnce(db, "conference_status_changes", prepareStatusChanges).execute({ conferenceId });
}

export interface BridgePointRow {
  id: number;
  position: number;
  name: string;
  place: string | null;
  contact: string | null;
  responsibleAgencyId: number | null;
  responsibleAgencyName: string | null;
  /** The version its edit, move and remove forms send back (a stale one is refused). */
  version: number;
}

function prepareBridgePoints(db: Db) {
  return db
    .select({
      id: bridgePoints.id,
      position: bridgePoints.position,
      name: bridgePoints.name,
      place: bridgePoints.place,
      contact: bridgePoints.contact,
      responsibleAgencyId: bridgePoints.responsibleAgencyId,
      responsibleAgencyName: agencies.name,
      version: bridgePoints.version,
    })
    .from(bridgePoints)
    .leftJoin(agencies, eq(agencies.id, bridgePoints.responsibleAgencyId))
    .where(eq(bridgePoints.conferenceId, sql.placeholder("conferenceId")))
    .orderBy(asc(bridgePoints.position), asc(bridgePoints.id))
    .prepare("conference_bridge_points");
}

/** All bridge points in one query (a national conference has 60 or more), prepared once: the conference page shows them. */
export async function listBridgePoints(db: Db, conferenceId: number): Promise<BridgePointRow[]> {
  return builtOnce(db, "conference_bridge_points", prepareBridgePoints).execute({ conferenceId });
}

export type InvitationCounts = Record<(typeof invitationStatuses)[number], number>;

export interface ConferenceCounts {
  /** Invitations by reply status; statuses nobody has are 0. */
  replies: InvitationCounts;
  /** People checked in (an invitee's delegate or a walk-in guest alike). */
  present: number;
}

function prepareRepliesAndPresent(db: Db) {
  const conferenceId = sql.placeholder("conferenceId");
  const present = db.select({ n: count() }).from(attendance).where(eq(attendance.conferenceId, conferenceId));
  const selection: Record<string, SQL<number>> = { present: sql<number>`(${present})`.mapWith(Number) };
  for (const status of invitationStatuses) {
    selection[status] = sql<number>`count(*) filter (where ${invitations.status} = ${status})`.mapWith(Number);
  }
  return db.select(selection).from(invitations).where(eq(invitations.conferenceId, conferenceId)).prepare("conference_counts");
}

/**
 * The conference page's counts in one statement: one filtered count per reply status and the
 * attendance count as a subquery (an aggregate without GROUP BY always returns its one row).
 * Prepared once (db/built-once.ts): every view of the page reads them.
 */
export async function countRepliesAndPresent(db: Db, conferenceId: number): Promise<ConferenceCounts> {
  const [row] = await builtOnce(db, "conference_counts", prepareRepliesAndPresent).execute({ conferenceId });
  const replies = Object.fromEntries(invitationStatuses.map((status) => [status, row[status]])) as InvitationCounts;
  return { replies, present: row.present };
}

/** Agencies and people for the form's selects, by name. */
export async function listHostAgencyOptions(db: Db): Promise<{ id: number; name: string }[]> {
  return db.select({ id: agencies.id, name: agencies.name }).from(agencies).orderBy(asc(agencies.name));
}
export async function listPersonOptions(db: Db): Promise<{ id: number; fullName: string; position: string | null }[]> {
  return db.select({ id: people.id, fullName: people.fullName, position: people.position }).from(people).orderBy(asc(people.fullName));
}
