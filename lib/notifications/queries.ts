import { and, desc, eq, isNull, type SQL } from "drizzle-orm";
import { cache } from "react";
import type { Db } from "@/db/client";
import { notifications } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { countUpTo, type ListTotal } from "@/lib/list-total";

/*
 * Reads of a user's own notices. Every read is by the signed-in user's id, and a unit
 * officer reads only the notices of their current unit (notifications.agency_id).
 */

export type NoticeReader = Pick<CurrentUser, "id" | "role" | "agencyId">;
export const NOTICE_PAGE_SIZE = 30;
/** The bell says "99+" past this: counting further costs and tells nothing more. */
export const BELL_CAP = 99;

export function ownNoticesCondition(user: NoticeReader): SQL {
  const own = eq(notifications.userId, user.id);
  return user.role === "unit_officer" ? and(own, eq(notifications.agencyId, user.agencyId ?? -1))! : own;
}

/**
 * Unread notices, counted up to the bell's cap off the partial unread index. Counted once
 * per request (React cache, by the same db and session user objects): the header's bell
 * and the home page both show it.
 */
export const unreadNoticeCount = cache(async (db: Db, user: NoticeReader): Promise<ListTotal> => {
  const matching = db.select({ id: notifications.id }).from(notifications).where(and(ownNoticesCondition(user), isNull(notifications.readAt)));
  return countUpTo(db, matching.$dynamic(), BELL_CAP);
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
