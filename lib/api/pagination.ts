import { type AnyColumn, asc, gte, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { ApiProblem } from "./problem";

/*
 * Keyset pages for every /api/v1 list: rows in the order they last changed, (updated_at, id),
 * read off an index on those two columns, so page 1 000 costs what page 1 does and a row
 * changed while a client pages through moves to the end rather than shifting every page.
 * A syncing system keeps the last `updatedAt` it saw and asks again with updated_since.
 * The cursor is opaque to clients: base64url of the last row's exact timestamp and id.
 */

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** The query parameters every list takes, beside its own filters. */
export const listQueryFields = {
  cursor: z.string().max(200).optional().meta({ description: "nextCursor of the previous page (opaque)." }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).meta({ description: "Rows per page, 1–200." }),
  updated_since: z.iso.datetime({ offset: true }).optional().meta({ description: "Only rows changed at or after this instant (ISO 8601), for sync." }),
};

export const listEnvelope = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  });

interface Cursor {
  at: string;
  id: number;
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && typeof parsed[0] === "string" && !Number.isNaN(Date.parse(parsed[0])) && Number.isInteger(parsed[1])) {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the problem below.
  }
  throw new ApiProblem("invalid_request", { errors: [{ field: "cursor", messageKey: "api.errors.cursor" }] });
}

export interface KeysetColumns {
  updatedAt: AnyColumn;
  id: AnyColumn;
}

/** The exact timestamp (microseconds, UTC) as text, selected beside each row to build the cursor. */
export const cursorAt = (column: AnyColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** WHERE conditions of a page: after the cursor, and changed since updated_since. */
export function keysetConditions(columns: KeysetColumns, query: { cursor?: string; updated_since?: string }): SQL[] {
  const conditions: SQL[] = [];
  if (query.updated_since) conditions.push(gte(columns.updatedAt, new Date(query.updated_since)));
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    conditions.push(sql`(${columns.updatedAt}, ${columns.id}) > (${cursor.at}::timestamptz, ${cursor.id})`);
  }
  return conditions;
}

export const keysetOrder = (columns: KeysetColumns) => [asc(columns.updatedAt), asc(columns.id)];

/** Cuts the limit + 1 rows read into a page and the cursor of the next one. */
export function pageOf<T extends { cursorAt: string; id: number }, U>(rows: T[], limit: number, present: (row: T) => U): { items: U[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify([last.cursorAt, last.id]), "utf8").toString("base64url") : null;
  return { items: page.map(present), nextCursor };
}
