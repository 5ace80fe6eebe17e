import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { z } from "zod";
import { directives, directiveSectors, taskAgencies, tasks } from "@/db/schema";
import { visibleDirectivesCondition } from "@/lib/directives/access";
import { directiveListConditions, type DirectiveListFilters, directiveTextConditions, listDirectiveDocuments, parseDirectiveListParams } from "@/lib/directives/queries";
import { ownTasksAgency, visibleTasksCondition } from "@/lib/tasks/access";
import { cursorAt, keysetConditions, keysetOrder, listEnvelope, listQueryFields, pageOf } from "../pagination";
import { ApiProblem } from "../problem";
import { defineApiRoute, idParams } from "../route";
import { idFilter, instant, isoInstant, textFilter } from "./common";

/* Directives: the /directives list's visibility and filters (a unit sees those with its tasks), the legal documents they cite, their tasks' ids. */

const directiveSchema = z.object({
  id: z.number().int(),
  conferenceId: z.number().int(),
  number: z.number().int(),
  issuerName: z.string(),
  issuerTitle: z.string().nullable(),
  text: z.string(),
  sector: z.enum(directiveSectors),
  legalDocuments: z.array(z.object({ id: z.number().int(), citation: z.string() })),
  taskIds: z.array(z.number().int()).meta({ description: "Its tasks the token's owner may see" }),
  version: z.number().int(),
  updatedAt: isoInstant,
});

const example = {
  id: 3,
  conferenceId: 1,
  number: 1,
  issuerName: "Giàng Thị Hoa",
  issuerTitle: "Phó Chủ tịch UBND tỉnh",
  text: "Tăng cường quản lý nhà nước về bưu chính, viễn thông",
  sector: "postal_telecom" as const,
  legalDocuments: [{ id: 2, citation: "Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012" }],
  taskIds: [12],
  version: 1,
  updatedAt: "2012-07-02T09:00:00.000Z",
};

type DirectiveRow = typeof directives.$inferSelect;
type PageQuery = { cursor?: string; updated_since?: string; limit: number };

/** limit + 1 directives in sync order, (updated_at, id), as everyone but a unit walks them: directives_updated_idx. */
function directivesInSyncOrder(db: Db, user: Parameters<typeof directiveListConditions>[1], filters: Omit<DirectiveListFilters, "page">, page: PageQuery) {
  const keys = { updatedAt: directives.updatedAt, id: directives.id };
  return db
    .select({ row: directives, id: directives.id, cursorAt: cursorAt(directives.updatedAt) })
    .from(directives)
    .where(and(...directiveListConditions(db, user, filters), ...keysetConditions(keys, page)))
    .orderBy(...keysetOrder(keys))
    .limit(page.limit + 1);
}

/**
 * The same page for a unit: its rows of task_agencies carry each task's directive and the
 * directive's updated_at (kept by triggers), so its directives in sync order are one range of
 * task_agencies_agency_directive_updated_idx, DISTINCT for a directive with several of its
 * tasks, cut at the page before any directive is read. Through directives, the planner
 * hash-joined all 280 000 of them to the unit's ~6 000 for every page (185 ms).
 */
function unitDirectivesInSyncOrder(db: Db, agencyId: number, filters: Omit<DirectiveListFilters, "page">, page: PageQuery) {
  const ta = taskAgencies;
  const own = db
    .selectDistinct({ updatedAt: ta.directiveUpdatedAt, directiveId: ta.directiveId })
    .from(ta)
    .where(
      and(
        eq(ta.agencyId, agencyId),
        filters.conferenceId ? eq(ta.conferenceId, filters.conferenceId) : undefined,
        ...keysetConditions({ updatedAt: ta.directiveUpdatedAt, id: ta.directiveId }, page),
      ),
    )
    .orderBy(asc(ta.directiveUpdatedAt), asc(ta.directiveId))
    .as("own_directives");
  return db
    .select({ row: directives, id: directives.id, cursorAt: cursorAt(own.updatedAt) })
    .from(own)
    .innerJoin(directives, eq(directives.id, own.directiveId))
    .where(and(...directiveTextConditions(filters)))
    .orderBy(asc(own.updatedAt), asc(own.directiveId))
    .limit(page.limit + 1);
}

/** Cited documents and visible task ids for a page of directives: two queries whatever the page size. */
async function present(db: Parameters<typeof listDirectiveDocuments>[0], user: Parameters<typeof visibleTasksCondition>[1], rows: DirectiveRow[]) {
  const ids = rows.map((row) => row.id);
  const [documents, taskRows] = await Promise.all([
    listDirectiveDocuments(db, ids),
    ids.length ? db.select({ id: tasks.id, directiveId: tasks.directiveId }).from(tasks).where(and(inArray(tasks.directiveId, ids), visibleTasksCondition(db, user))).orderBy(asc(tasks.id)) : [],
  ]);
  return (row: DirectiveRow) => ({
    id: row.id,
    conferenceId: row.conferenceId,
    number: row.number,
    issuerName: row.issuerName,
    issuerTitle: row.issuerTitle,
    text: row.text,
    sector: row.sector,
    legalDocuments: (documents.get(row.id) ?? []).map((d) => ({ id: d.documentId, citation: d.citation })),
    taskIds: taskRows.filter((t) => t.directiveId === row.id).map((t) => t.id),
    version: row.version,
    updatedAt: instant(row.updatedAt),
  });
}

export const listDirectivesRoute = defineApiRoute({
  method: "GET",
  path: "/directives",
  operationId: "listDirectives",
  tag: "Directives",
  summary: "Directives (ý kiến chỉ đạo) the token's owner may see",
  description: "As /directives: a unit officer's token sees the directives with tasks of its unit; a leader's, their own unless all=1.",
  scope: "read",
  permission: "directives.view",
  query: z.object({
    conference: idFilter("Conference id"),
    sector: z.enum(directiveSectors).optional(),
    q: textFilter("Words in the text"),
    all: z.literal("1").optional().meta({ description: "Leaders: every directive, not only their own" }),
    ...listQueryFields,
  }),
  response: listEnvelope(directiveSchema),
  problems: ["unauthorized", "insufficient_scope", "invalid_request", "rate_limited"],
  example: { query: { conference: 1 }, response: { items: [example], nextCursor: null } },
  handle: async ({ db, user, query }) => {
    const { cursor, limit, updated_since, ...pageParams } = query;
    const filters = parseDirectiveListParams(Object.fromEntries(Object.entries(pageParams).map(([k, v]) => [k, v === undefined ? undefined : String(v)])));
    const page = { cursor, updated_since, limit };
    const agencyId = ownTasksAgency(user);
    const rows = await (agencyId === undefined ? directivesInSyncOrder(db, user, filters, page) : unitDirectivesInSyncOrder(db, agencyId, filters, page));
    const toJson = await present(db, user, rows.slice(0, limit).map((r) => r.row));
    return pageOf(rows, limit, ({ row }) => toJson(row));
  },
});

export const getDirectiveRoute = defineApiRoute({
  method: "GET",
  path: "/directives/{id}",
  operationId: "getDirective",
  tag: "Directives",
  summary: "A directive with the documents it cites and its tasks' ids",
  scope: "read",
  permission: "directives.view",
  params: idParams,
  response: directiveSchema,
  problems: ["unauthorized", "not_found", "rate_limited"],
  example: { params: { id: 3 }, response: example },
  handle: async ({ db, user, params }) => {
    const [row] = await db.select().from(directives).where(and(eq(directives.id, params.id), visibleDirectivesCondition(db, user))).limit(1);
    if (!row) throw new ApiProblem("not_found");
    return (await present(db, user, [row]))(row);
  },
});
