import { and, count, desc, eq, isNull, type Placeholder, type SQL, sql } from "drizzle-orm";
import { cache } from "react";
import type { Db } from "@/db/client";
import { notifications } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { preparedForViewer, type ViewerScope } from "@/lib/auth/viewer-scope";
import type { ListTotal } from "@/lib/list-total";

/*
 * Reads of a user's own notices. Every read is by the signed-in user's id, and a unit
 * officer reads only the notices of their current unit (notifications.agency_id).
 */

export type NoticeReader = Pick<CurrentUser, "id" | "role" | "agencyId">;
export const NOTICE_PAGE_SIZE = 30;
/** The bell says "99+" past this: counting further costs and tells nothing more. */
export const BELL_CAP = 99;

/** Whose notices: a reader, or one whose id and agency are placeholders in a statement built once (the bell's). */
type NoticeOwner = ViewerScope & { id: number | Placeholder };

export function ownNoticesCondition(user: NoticeOwner): SQL {
  const own = eq(notifications.userId, user.id);
  return user.role === "unit_officer" ? and(own, eq(notifications.agencyId, user.agencyId ?? -1))! : own;
}

/**
 * The bell's statement, prepared once per kind of reader (lib/auth/viewer-scope.ts): it runs
 * on every signed-in page. It counts the reader's unread notices off the partial unread
 * index, stopping one past the cap.
 */
function prepareUnreadCount(db: Db, scope: ViewerScope, name: string) {
  const unread = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(ownNoticesCondition({ ...scope, id: sql.placeholder("userId") }), isNull(notifications.readAt)))
    .limit(BELL_CAP + 1)
    .as("unread");
  return db.select({ n: count() }).from(unread).prepare(name);
}

/**
 * Unread notices, counted up to the bell's cap. Counted once per request (React cache, by
 * the same db and session user objects): the header's bell and the home page both show it.
 */
export const unreadNoticeCount = cache(async (db: Db, user: NoticeReader): Promise<ListTotal> => {
  const { statement, values } = preparedForViewer(db, "unread_notices", user, prepareUnreadCount);
  const [row] = await statement.execute({ ...values, userId: user.id });
  const n = row?.n ?? 0;
  return n > BELL_CAP ? { count: BELL_CAP, more: true } : { count: n, more: false };
});

export type NoticeRow = Pick<typeof notifications.$inferSelect, "id" | "kind" | "params" | "href" | "readAt" | "createdAt">;

/** One page of notices, newest first; one row more than the page tells whether a next page exists. */
export async function listNotices(db: Db, user: NoticeReader, options: { unreadOnly: boolean; page: number }): Promise<{ rows: NoticeRow[]; hasNext: boolean }> {
  const rows = await db
    .select({ id: notifications.id, kind: notifications.kind, params: notifications.params, href: notifications.href, readAt: notifications.readAt, createdAt: notifications.createdAt })
    .from(notifications)
    .where(and(ownNoticesCondition(user), options.unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTICE_PAGE_SIZE + 1)
    .offset((options.page - 1) * NOTICE_PAGE_SIZE);
  return { rows: rows.slice(0, NOTICE_PAGE_SIZE), hasNext: rows.length > NOTICE_PAGE_SIZE };
}

/** Marks one of the user's notices read and returns where it leads; null when it is not theirs. */
export async function openNotice(db: Db, user: NoticeReader, id: number): Promise<string | null> {
  if (!Number.isInteger(id) || id <= 0 || id > 2147483647) return null;
  const [row] = await db.select({ href: notifications.href, readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, id), ownNoticesCondition(user))).limit(1);
  if (!row) return null;
  if (!row.readAt) await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, id));
  return row.href;
}
