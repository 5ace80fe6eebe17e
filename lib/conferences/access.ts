import { and, eq, exists, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { cache } from "react";
import type { Db } from "@/db/client";
import { conferences, invitations } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { preparedForViewer, type ViewerScope } from "@/lib/auth/viewer-scope";

/**
 * A conference that has not been deleted. Deleting only marks the row (the admin can restore
 * it), so every read of conferences adds this: through visibleConferencesCondition for what a
 * user sees, directly where a command or a public page reads conferences without a user.
 * Reads that reach a conference through its directives (tasks, the directive lists) need no
 * such condition: a conference with directives cannot be deleted, and none can be added to a
 * deleted one.
 */
export function liveConference(): SQL {
  return isNull(conferences.deletedAt);
}

/**
 * Which conferences a user may see (never a deleted one). Everyone but unit officers sees all of them; a unit
 * officer sees those published to all and those their agency is invited to, nothing else.
 * Every conference query (lists, the conference page and its sub-pages, feeds, exports)
 * adds this condition, so one unit never reads another's conference by guessing an id.
 */
export function visibleConferencesCondition(db: Db, user: ViewerScope): SQL {
  if (user.role !== "unit_officer") return liveConference();
  if (user.agencyId == null) return and(liveConference(), eq(conferences.publishedToAll, true)) as SQL;
  const invited = exists(
    db
      .select({ one: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.conferenceId, conferences.id), eq(invitations.agencyId, user.agencyId))),
  );
  return and(liveConference(), or(eq(conferences.publishedToAll, true), invited)) as SQL;
}

export type ConferenceRow = typeof conferences.$inferSelect;

/**
 * The conference if it exists and the user may see it; null otherwise (the page then calls
 * notFound()). Read once per request (React cache): a conference page and its metadata both
 * ask, with the same user object. Outside a render (actions, route handlers) it just reads.
 */
export const loadVisibleConference = cache(async (db: Db, id: number, user: Pick<CurrentUser, "role" | "agencyId">): Promise<ConferenceRow | null> => {
  if (!Number.isInteger(id) || id <= 0) return null;
  // Every page of a conference reads it: prepared once per kind of viewer.
  const { statement, values } = preparedForViewer(db, "visible_conference", user, (handle, scope, name) =>
    handle
      .select()
      .from(conferences)
      .where(and(eq(conferences.id, sql.placeholder("id")), visibleConferencesCondition(handle, scope)))
      .limit(1)
      .prepare(name),
  );
  const [row] = await statement.execute({ ...values, id });
  return row ?? null;
});

/**
 * Which of these conferences the user may open: the rule of loadVisibleConference (the one
 * condition above) for a whole list of links in one query. Pages that link to a conference
 * page (a task's conference, a directive's conference) link only to these and show the
 * others' names as plain text, so a unit officer never follows a link to "Không tìm thấy trang".
 */
export async function openableConferenceIds(db: Db, user: Pick<CurrentUser, "role" | "agencyId">, ids: readonly number[]): Promise<ReadonlySet<number>> {
  const unique = [...new Set(ids)];
  const condition = visibleConferencesCondition(db, user);
  if (unique.length === 0 || condition === undefined) return new Set(unique);
  const rows = await db
    .select({ id: conferences.id })
    .from(conferences)
    .where(and(inArray(conferences.id, unique), condition));
  return new Set(rows.map((row) => row.id));
}

/** A route parameter as a conference id, or NaN. */
export function conferenceIdParam(value: string): number {
  return /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
}
