import { and, desc, eq, inArray, type SQL, type Subquery, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, conferences, directives, indicatorReports, indicators, issuedDocuments, legalDocuments, people, tasks } from "@/db/schema";
import { can, type Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { visibleConferencesCondition } from "@/lib/conferences/access";
import { newestVisibleDirectives, visibleDirectivesCondition } from "@/lib/directives/access";
import { visibleDocumentsCondition } from "@/lib/documents/access";
import { visibleReportsCondition } from "@/lib/indicators/report-queries";
import { newestVisibleTasks, visibleTasksCondition } from "@/lib/tasks/access";
import {
  agencyDocument,
  conferenceDocument,
  directiveDocument,
  indicatorDocument,
  issuedDocumentDocument,
  legalDocumentDocument,
  personDocument,
  taskDocument,
} from "./documents";
import { documentRank, matchesDocument, type PreparedSearch } from "./sql";
import { withFields } from "@/lib/rows";

/*
 * The search page's reads: per kind, the best few records the user may see. Each kind's scope is
 * the same condition its own list and page use (lib/<feature>/access.ts), and each kind is asked
 * only of users holding the permission its list needs.
 */

export const searchKinds = ["conferences", "directives", "tasks", "legalDocuments", "indicators", "reports", "issuedDocuments", "agencies", "people"] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchHit {
  id: number;
  /** The matched text shown as the result's name (highlighted). */
  title: string;
  /** A second line: the conference, the unit, the position… (highlighted too). */
  detail: string | null;
  date: string | null;
  /** Where the result opens; null when the user may see the record here but not its page. */
  href: string | null;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** More records match than are shown. */
  more: boolean;
  /** The hits are the best among one of the kind's RECENT_WINDOWS of newest records, not among all of them. */
  newestOnly: boolean;
}

/**
 * The windows of newest records a growing kind's search ranks before it ranks every match.
 * Ranking every match reads every matching row: common words ("kiem tra bao chi") match thousands
 * of tasks and directives at a million tasks, 50–70 ms a kind, most of it the search index
 * joining the posting lists of common words. A window is a bounded read instead: the 1 000 newest
 * visible records cost about 1 ms, the 10 000 newest 5–10 ms (for a unit officer, whose newest
 * come through task_agencies, up to 40 ms).
 *
 * The first window that holds a page of matches gives the page: the best of the recent matches.
 * The wider one is read only when the narrower held some matches, but fewer than a page: words
 * found among the newest thousand are common, and ten times as many records should hold a
 * page's worth. When the narrower held none, the words are rare among recent records, so every
 * record is searched next; that is also what happens after the last window. Old records are
 * still found, and "see all" opens the kind's list of every match.
 */
export const RECENT_WINDOWS: readonly number[] = [1_000, 10_000];

type User = Pick<CurrentUser, "role" | "agencyId">;
interface KindSearch {
  permission: Permission;
  /** For the kinds whose tables grow without bound: the user's `count` newest records, as a FROM
   *  source named like the table. */
  newest?: (db: Db, user: User, count: number) => Subquery;
  /** The best `limit` hits, from `newest` when given (already the user's own), else from all the user may see. */
  run: (db: Db, user: User, search: PreparedSearch, limit: number, newest?: Subquery) => Promise<SearchHit[]>;
}

const isoDate = (column: SQL | typeof conferences.startsAt) => sql<string>`to_char((${column})::timestamptz at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;

/** Best match first, then the newest. */
const ranked = (document: SQL, search: PreparedSearch, newest: SQL) => [desc(documentRank(document, search)), sql`${newest} desc nulls last`];

const kinds: Record<SearchKind, KindSearch> = {
  conferences: {
    permission: "conferences.view",
    run: async (db, user, search, limit) => {
      const rows = await db
        .select({ id: conferences.id, title: conferences.title, detail: conferences.venue, date: isoDate(conferences.startsAt) })
        .from(conferences)
        .where(and(matchesDocument(conferenceDocument, search), visibleConferencesCondition(db, user)))
        .orderBy(...ranked(conferenceDocument, search, sql`${conferences.startsAt}`))
        .limit(limit);
      return rows.map((row) => withFields(row, { href: `/conferences/${row.id}` }));
    },
  },
  directives: {
    permission: "directives.view",
    newest: newestVisibleDirectives,
    run: async (db, user, search, limit, newest) => {
      // A unit officer sees the directives of their tasks, whose conference they may not see: those open their tasks instead.
      const conferenceVisible = visibleConferencesCondition(db, user) ?? sql`true`;
      const rows = await db
        .select({
          id: directives.id,
          title: directives.text,
          detail: conferences.title,
          date: isoDate(conferences.startsAt),
          conferenceId: conferences.id,
          conferenceVisible: sql<boolean>`(${conferenceVisible})`,
        })
        .from(newest ?? directives)
        .innerJoin(conferences, eq(conferences.id, directives.conferenceId))
        .where(and(matchesDocument(directiveDocument, search), newest ? undefined : visibleDirectivesCondition(db, user)))
        .orderBy(...ranked(directiveDocument, search, sql`${directives.createdAt}`))
        .limit(limit);
      return rows.map(({ conferenceId, conferenceVisible: visible, ...row }) =>
        withFields(row, { href: visible ? `/conferences/${conferenceId}/directives` : `/tasks?directive=${row.id}` }),
      );
    },
  },
  tasks: {
    permission: "directives.view",
    newest: newestVisibleTasks,
    run: async (db, user, search, limit, newest) => {
      const rows = await db
        .select({ id: tasks.id, title: tasks.title, detail: agencies.name, date: tasks.deadline })
        .from(newest ?? tasks)
        .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
        .where(and(matchesDocument(taskDocument, search), newest ? undefined : visibleTasksCondition(db, user)))
        .orderBy(...ranked(taskDocument, search, sql`${tasks.createdAt}`))
        .limit(limit);
      return rows.map((row) => withFields(row, { href: `/tasks/${row.id}` }));
    },
  },
  legalDocuments: {
    permission: "directives.view",
    run: async (db, _user, search, limit) => {
      const rows = await db
        .select({ id: legalDocuments.id, symbol: legalDocuments.symbol, title: legalDocuments.title, date: legalDocuments.issuedOn })
        .from(legalDocuments)
        .where(matchesDocument(legalDocumentDocument, search))
        .orderBy(...ranked(legalDocumentDocument, search, sql`${legalDocuments.issuedOn}`))
        .limit(limit);
      return rows.map((row) => ({ id: row.id, title: row.symbol, detail: row.title, date: row.date, href: `/legal-documents/${row.id}` }));
    },
  },
  indicators: {
    permission: "indicators.view",
    run: async (db, _user, search, limit) => {
      const rows = await db
        .select({ id: indicators.id, title: indicators.nameVi, detail: indicators.unit })
        .from(indicators)
        .where(matchesDocument(indicatorDocument, search))
        .orderBy(...ranked(indicatorDocument, search, sql`${indicators.createdAt}`))
        .limit(limit);
      return rows.map((row) => withFields(row, { date: null, href: `/indicators/${row.id}` }));
    },
  },
  reports: {
    permission: "indicators.view",
    // A report has no words of its own: it is found by its agency's name.
    run: async (db, user, search, limit) => {
      const matchingAgencies = db.select({ id: agencies.id }).from(agencies).where(matchesDocument(agencyDocument, search));
      const rows = await db
        .select({ id: indicatorReports.id, title: agencies.name, detail: indicatorReports.periodCode, date: sql<string | null>`null` })
        .from(indicatorReports)
        .innerJoin(agencies, eq(agencies.id, indicatorReports.agencyId))
        .where(and(inArray(indicatorReports.agencyId, matchingAgencies), visibleReportsCondition(user)))
        .orderBy(desc(indicatorReports.periodCode), desc(indicatorReports.id))
        .limit(limit);
      return rows.map((row) => withFields(row, { href: `/reports/${row.id}` }));
    },
  },
  issuedDocuments: {
    permission: "documents.view",
    run: async (db, user, search, limit) => {
      const rows = await db
        .select({ id: issuedDocuments.id, title: issuedDocuments.symbol, detail: issuedDocuments.title, date: issuedDocuments.issuedOn })
        .from(issuedDocuments)
        .where(and(matchesDocument(issuedDocumentDocument, search), visibleDocumentsCondition(user)))
        .orderBy(...ranked(issuedDocumentDocument, search, sql`${issuedDocuments.issuedOn}`))
        .limit(limit);
      // The register's own link: the document as issued (the route checks the same scope).
      return rows.map((row) => withFields(row, { href: `/api/documents/${row.id}` }));
    },
  },
  agencies: {
    permission: "directory.view",
    run: async (db, _user, search, limit) => {
      const rows = await db
        .select({ id: agencies.id, title: agencies.name, detail: agencies.shortName })
        .from(agencies)
        .where(matchesDocument(agencyDocument, search))
        .orderBy(...ranked(agencyDocument, search, sql`${agencies.createdAt}`))
        .limit(limit);
      return rows.map((row) => withFields(row, { date: null, href: `/directory/agencies/${row.id}` }));
    },
  },
  people: {
    permission: "directory.view",
    run: async (db, _user, search, limit) => {
      const rows = await db
        .select({ id: people.id, title: people.fullName, position: people.position, agencyName: agencies.name })
        .from(people)
        .leftJoin(agencies, eq(agencies.id, people.agencyId))
        .where(matchesDocument(personDocument, search))
        .orderBy(...ranked(personDocument, search, sql`${people.createdAt}`))
        .limit(limit);
      return rows.map((row) => ({
        id: row.id,
        title: row.title,
        detail: [row.position, row.agencyName].filter(Boolean).join(" · ") || null,
        date: null,
        href: `/directory/people/${row.id}`,
      }));
    },
  },
};

/** The kinds this user may search: those whose list their role may open. */
export function searchableKinds(user: User): SearchKind[] {
  return searchKinds.filter((kind) => can(user, kinds[kind].permission));
}

/**
 * Up to `perKind` hits of each kind the user may see (one query per kind, the kinds in order;
 * more for a growing kind whose newest records hold too few matches: see RECENT_WINDOWS).
 */
export async function searchEverything(db: Db, user: User, search: PreparedSearch, perKind = 5): Promise<SearchGroup[]> {
  const groups: SearchGroup[] = [];
  for (const kind of searchableKinds(user)) {
    const { hits, newestOnly } = await findHits(db, user, kind, search, perKind + 1, RECENT_WINDOWS);
    groups.push({ kind, hits: hits.slice(0, perKind), more: hits.length > perKind, newestOnly });
  }
  return groups;
}

/**
 * One kind's best `limit` hits: among the first of its `windows` of newest records that holds
 * that many matches, else among all (see RECENT_WINDOWS). Tests and the benchmark call it for one kind.
 */
export async function searchKind(
  db: Db,
  user: User,
  kind: SearchKind,
  search: PreparedSearch,
  limit: number,
  windows: readonly number[] = RECENT_WINDOWS,
): Promise<SearchHit[]> {
  return (await findHits(db, user, kind, search, limit, windows)).hits;
}

async function findHits(db: Db, user: User, kind: SearchKind, search: PreparedSearch, limit: number, windows: readonly number[]) {
  const { newest, run } = kinds[kind];
  if (newest) {
    for (const window of windows) {
      const recent = await run(db, user, search, limit, newest(db, user, window));
      if (recent.length >= limit) return { hits: recent, newestOnly: true };
      // No match among the newest: the words are rare lately, and a wider window would likely hold none either.
      if (recent.length === 0) break;
    }
  }
  return { hits: await run(db, user, search, limit), newestOnly: false };
}
