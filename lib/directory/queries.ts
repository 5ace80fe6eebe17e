import { and, asc, eq, like, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { type AgencyKind, agencies, agencyKinds, people } from "@/db/schema";
import { matchesSearch, parseSearch } from "@/lib/search/query";
import { agencyDocument, personDocument } from "@/lib/search/documents";
import { textFilter } from "@/lib/search/sql";
import { ancestorsOf } from "./rules";
import { type SearchParams, firstParam, parsePage, searchTextParam } from "@/lib/search-params";

/*
 * Reads of the directory. Every function takes the db handle explicitly. Agencies are
 * a few hundred rows, so the list page loads them in one select and shapes them in
 * rules.ts; people can be many, so their list is searched and paged in SQL.
 */

const flag = (value: string | string[] | undefined) => firstParam(value) === "1";


// ---------------------------------------------------------------------------
// Agencies

export interface AgencyListFilters {
  q?: string;
  kind?: AgencyKind;
  /** Include agencies whose validTo is past. */
  inactive: boolean;
  /** Open every branch of the tree. */
  expand: boolean;
}

/** /directory/agencies?q=&kind=&inactive=1&expand=1; unknown values are ignored rather than refused. */
export function parseAgencyListParams(params: SearchParams): AgencyListFilters {
  const kind = firstParam(params.kind);
  return { q: searchTextParam(params.q), kind: agencyKinds.find((k) => k === kind), inactive: flag(params.inactive), expand: flag(params.expand) };
}

export interface AgencyRow {
  id: number;
  code: string | null;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  parentId: number | null;
  validFrom: string | null;
  validTo: string | null;
  successorId: number | null;
  successorName: string | null;
}

const parent = alias(agencies, "parent");
const successor = alias(agencies, "successor");

const agencyColumns = {
  id: agencies.id,
  code: agencies.code,
  name: agencies.name,
  shortName: agencies.shortName,
  kind: agencies.kind,
  parentId: agencies.parentId,
  validFrom: agencies.validFrom,
  validTo: agencies.validTo,
  successorId: agencies.successorId,
  successorName: successor.name,
};

/** Every agency with its successor's name in one select, by name: the list page, the tree and the option lists are built from it. */
export async function listAllAgencies(db: Db): Promise<AgencyRow[]> {
  return db
    .select(agencyColumns)
    .from(agencies)
    .leftJoin(successor, eq(successor.id, agencies.successorId))
    .orderBy(asc(agencies.name), asc(agencies.id));
}

/** Whether a filter other than "show inactive" is on: then the page shows matches with their path, not the tree. */
export function isAgencySearch(filters: AgencyListFilters): boolean {
  return Boolean(filters.q || filters.kind);
}

export interface AgencyMatch {
  agency: AgencyRow;
  /** Ancestors from the top down, e.g. UBND tỉnh › Sở TT&TT. */
  path: AgencyRow[];
}

/**
 * The agencies matching a search (name, short name or code, without regard to case or
 * diacritics) and kind, each with its parent path. `isVisible` decides which validity
 * states are shown (the page hides closed agencies unless asked).
 */
export function searchAgencies(all: readonly AgencyRow[], filters: AgencyListFilters, isVisible: (agency: AgencyRow) => boolean): AgencyMatch[] {
  const byId = new Map(all.map((agency) => [agency.id, agency]));
  const search = parseSearch(filters.q);
  return all
    .filter((agency) => isVisible(agency))
    .filter((agency) => !filters.kind || agency.kind === filters.kind)
    .filter((agency) => matchesSearch(search, [agency.name, agency.shortName, agency.code].filter(Boolean).join(" ")))
    .map((agency) => ({ agency, path: ancestorsOf(agency.id, byId).reverse() }));
}

export interface AgencyDetail extends AgencyRow {
  version: number;
  parentName: string | null;
}

/** One agency with its parent's and successor's names (one joined query), or null. */
export async function getAgencyDetail(db: Db, id: number): Promise<AgencyDetail | null> {
  const [row] = await db
    .select({ ...agencyColumns, version: agencies.version, parentName: parent.name })
    .from(agencies)
    .leftJoin(parent, eq(parent.id, agencies.parentId))
    .leftJoin(successor, eq(successor.id, agencies.successorId))
    .where(eq(agencies.id, id))
    .limit(1);
  return row ?? null;
}

/** The agencies directly under one agency, by name (one query). */
export async function listChildAgencies(db: Db, parentId: number): Promise<AgencyRow[]> {
  return db
    .select(agencyColumns)
    .from(agencies)
    .leftJoin(successor, eq(successor.id, agencies.successorId))
    .where(eq(agencies.parentId, parentId))
    .orderBy(asc(agencies.name), asc(agencies.id));
}

// ---------------------------------------------------------------------------
// People

export const PEOPLE_PAGE_SIZE = 50;

export interface PeopleListFilters {
  q?: string;
  agencyId?: number;
  /** Include people marked as no longer active. */
  inactive: boolean;
  page: number;
}

/** /directory/people?q=&agency=&inactive=1&page= */
export function parsePeopleListParams(params: SearchParams): PeopleListFilters {
  const agency = Number(firstParam(params.agency));
  return {
    q: searchTextParam(params.q),
    agencyId: Number.isInteger(agency) && agency >= 1 && agency <= 2_147_483_647 ? agency : undefined,
    inactive: flag(params.inactive),
    page: parsePage(params.page),
  };
}

export interface PersonRow {
  id: number;
  fullName: string;
  position: string | null;
  agencyId: number | null;
  agencyName: string | null;
  phone: string | null;
  email: string | null;
  active: boolean;
}

const personColumns = {
  id: people.id,
  fullName: people.fullName,
  position: people.position,
  agencyId: people.agencyId,
  agencyName: agencies.name,
  phone: people.phone,
  email: people.email,
  active: people.active,
};

/**
 * The search condition: the person's name, position or e-mail, or their agency's name, match as
 * every search does (lib/search); phones match on digits alone ("0215 3825" finds "0215.3825.000").
 */
function personSearch(q: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [textFilter(personDocument, q), textFilter(agencyDocument, q)];
  const digits = q.replace(/\D/g, "");
  if (digits.length >= 3 && /^[+\d\s.\-()]+$/.test(q)) {
    conditions.push(like(sql`regexp_replace(coalesce(${people.phone}, ''), '[^0-9]', '', 'g')`, `%${digits}%`));
  }
  return or(...conditions);
}

/**
 * One page of people with their agency's name. The total comes from a window count in
 * the same query; only a page past the end (no rows to carry it) needs a second count.
 */
export async function listPeople(db: Db, filters: PeopleListFilters, pageSize = PEOPLE_PAGE_SIZE): Promise<{ rows: PersonRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (filters.q) conditions.push(personSearch(filters.q));
  if (filters.agencyId) conditions.push(eq(people.agencyId, filters.agencyId));
  if (!filters.inactive) conditions.push(eq(people.active, true));
  const where = and(...conditions);

  const found = await db
    .select({ ...personColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(people)
    .leftJoin(agencies, eq(agencies.id, people.agencyId))
    .where(where)
    .orderBy(asc(people.fullName), asc(people.id))
    .limit(pageSize)
    .offset((filters.page - 1) * pageSize);
  if (found.length > 0 || filters.page === 1) {
    return { rows: found.map(({ total: _total, ...row }) => row), total: found[0]?.total ?? 0 };
  }
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(people)
    .leftJoin(agencies, eq(agencies.id, people.agencyId))
    .where(where);
  return { rows: [], total };
}

/** The people of one agency, active first then by name (one query). */
export async function listAgencyPeople(db: Db, agencyId: number): Promise<PersonRow[]> {
  return db
    .select(personColumns)
    .from(people)
    .leftJoin(agencies, eq(agencies.id, people.agencyId))
    .where(eq(people.agencyId, agencyId))
    .orderBy(sql`${people.active} desc`, asc(people.fullName), asc(people.id));
}

export interface PersonDetail extends PersonRow {
  version: number;
}

/** One person with the agency's name, or null. */
export async function getPersonDetail(db: Db, id: number): Promise<PersonDetail | null> {
  const [row] = await db
    .select({ ...personColumns, version: people.version })
    .from(people)
    .leftJoin(agencies, eq(agencies.id, people.agencyId))
    .where(eq(people.id, id))
    .limit(1);
  return row ?? null;
}
