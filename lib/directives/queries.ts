import { and, asc, count, eq, gte, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  agendaItems,
  conferences,
  directiveApprovals,
  directiveIndicators,
  directiveLegalDocuments,
  directiveSectors,
  directives,
  indicators,
  legalDocuments,
  people,
  tasks,
  users,
} from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { citation } from "@/lib/legal-documents/queries";
import { visibleTasksCondition } from "@/lib/tasks/access";

/*
 * Reads of directives for one conference (the conference page's reads take a conference the
 * page has already checked with loadVisibleConference). The cross-conference list, which
 * takes the user and scopes itself, is in list-queries.ts.
 */

export type DirectiveSector = (typeof directiveSectors)[number];

export interface ConferenceDirectiveRow {
  id: number;
  number: number;
  issuedByPersonId: number | null;
  issuerName: string;
  issuerTitle: string | null;
  agendaItemId: number | null;
  agendaItemTitle: string | null;
  sector: DirectiveSector;
  text: string;
  version: number;
}

/** A conference's directives in number order, with their agenda item, in one query. */
export async function listConferenceDirectives(db: Db, conferenceId: number): Promise<ConferenceDirectiveRow[]> {
  return db
    .select({
      id: directives.id,
      number: directives.number,
      issuedByPersonId: directives.issuedByPersonId,
      issuerName: directives.issuerName,
      issuerTitle: directives.issuerTitle,
      agendaItemId: directives.agendaItemId,
      agendaItemTitle: agendaItems.title,
      sector: directives.sector,
      text: directives.text,
      version: directives.version,
    })
    .from(directives)
    .leftJoin(agendaItems, eq(agendaItems.id, directives.agendaItemId))
    .where(eq(directives.conferenceId, conferenceId))
    .orderBy(asc(directives.number));
}

export interface DirectiveDocument {
  directiveId: number;
  documentId: number;
  citation: string;
  title: string | null;
}

/** The documents cited by the given directives, in one query, grouped by directive. */
export async function listDirectiveDocuments(db: Db, directiveIds: number[]): Promise<Map<number, DirectiveDocument[]>> {
  const result = new Map<number, DirectiveDocument[]>();
  if (directiveIds.length === 0) return result;
  const rows = await db
    .select({ directiveId: directiveLegalDocuments.directiveId, document: legalDocuments })
    .from(directiveLegalDocuments)
    .innerJoin(legalDocuments, eq(legalDocuments.id, directiveLegalDocuments.legalDocumentId))
    .where(inArray(directiveLegalDocuments.directiveId, directiveIds))
    .orderBy(asc(legalDocuments.symbol));
  for (const row of rows) {
    const list = result.get(row.directiveId) ?? [];
    list.push({ directiveId: row.directiveId, documentId: row.document.id, citation: citation(row.document), title: row.document.title });
    result.set(row.directiveId, list);
  }
  return result;
}

export interface DirectiveIndicator {
  indicatorId: number;
  code: string;
  name: string;
}

/** The indicators the given directives concern, in one query, grouped by directive. */
export async function listDirectiveIndicators(db: Db, directiveIds: number[]): Promise<Map<number, DirectiveIndicator[]>> {
  const result = new Map<number, DirectiveIndicator[]>();
  if (directiveIds.length === 0) return result;
  const rows = await db
    .select({ directiveId: directiveIndicators.directiveId, indicatorId: indicators.id, code: indicators.code, name: indicators.nameVi })
    .from(directiveIndicators)
    .innerJoin(indicators, eq(indicators.id, directiveIndicators.indicatorId))
    .where(inArray(directiveIndicators.directiveId, directiveIds))
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
  for (const { directiveId, ...indicator } of rows) result.set(directiveId, [...(result.get(directiveId) ?? []), indicator]);
  return result;
}

/** Indicators still followed on the day, "code — name", in the report's order, for the directive form. */
export async function listIndicatorOptions(db: Db, today: string): Promise<{ id: number; label: string }[]> {
  const rows = await db
    .select({ id: indicators.id, code: indicators.code, name: indicators.nameVi })
    .from(indicators)
    .where(or(isNull(indicators.validTo), gte(indicators.validTo, today)))
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
  return rows.map((row) => ({ id: row.id, label: `${row.code} — ${row.name}` }));
}

/** How many tasks (visible to the user) each directive has, in one query. */
export async function countTasksByDirective(db: Db, directiveIds: number[], user: Pick<CurrentUser, "role" | "agencyId">): Promise<Map<number, number>> {
  if (directiveIds.length === 0) return new Map();
  const rows = await db
    .select({ directiveId: tasks.directiveId, n: count() })
    .from(tasks)
    .where(and(inArray(tasks.directiveId, directiveIds), visibleTasksCondition(db, user)))
    .groupBy(tasks.directiveId);
  return new Map(rows.map((row) => [row.directiveId, row.n]));
}

export interface ApprovalInfo {
  approvedAt: Date;
  approvedByName: string;
}

export async function getApproval(db: Db, conferenceId: number): Promise<ApprovalInfo | null> {
  const [row] = await db
    .select({ approvedAt: directiveApprovals.approvedAt, approvedByName: users.displayName })
    .from(directiveApprovals)
    .innerJoin(users, eq(users.id, directiveApprovals.approvedById))
    .where(eq(directiveApprovals.conferenceId, conferenceId))
    .limit(1);
  return row ?? null;
}

/** The number the next directive of the conference gets when none is typed. */
export async function nextDirectiveNumber(db: Db, conferenceId: number): Promise<number> {
  const [row] = await db.select({ top: sql<number | null>`max(${directives.number})` }).from(directives).where(eq(directives.conferenceId, conferenceId));
  return Number(row?.top ?? 0) + 1;
}

export interface Option {
  value: string;
  label: string;
}

/** People who may be named as the issuer: active people, "name (position)". */
export async function listIssuerOptions(db: Db): Promise<Option[]> {
  const rows = await db.select({ id: people.id, fullName: people.fullName, position: people.position }).from(people).where(eq(people.active, true)).orderBy(asc(people.fullName));
  return rows.map((row) => ({ value: String(row.id), label: row.position ? `${row.fullName} (${row.position})` : row.fullName }));
}

export async function listAgendaItemOptions(db: Db, conferenceId: number): Promise<Option[]> {
  const rows = await db.select({ id: agendaItems.id, title: agendaItems.title }).from(agendaItems).where(eq(agendaItems.conferenceId, conferenceId)).orderBy(asc(agendaItems.position), asc(agendaItems.id));
  return rows.map((row) => ({ value: String(row.id), label: row.title }));
}

// ---------------------------------------------------------------------------
// Across conferences: /directives

export * from "./list-queries";
