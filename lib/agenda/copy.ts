import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type agendaItemKinds, agendaItems } from "@/db/schema";
import { formatTime } from "@/lib/format";
import { timeOnConferenceDay } from "./rules";

/** An agenda item's fields before it is placed in a conference. */
type AgendaItemValues = Omit<typeof agendaItems.$inferInsert, "conferenceId" | "position">;
type AgendaItemKind = (typeof agendaItemKinds)[number];

/**
 * The agenda item under which a conference reviews the previous conference's directives and
 * tasks (carry-over). The item holds no copy of them: its page reads them live with their
 * status on the conference day (lib/directives/board.ts loadCarryOver).
 */
export const FOLLOW_UP_REVIEW_ITEM: { title: string; kind: AgendaItemKind } = {
  title: "Kiểm điểm kết quả thực hiện ý kiến chỉ đạo tại hội nghị trước",
  kind: "follow_up_review",
};

/**
 * Positions items 1..n and, for a conference that follows up a previous one, opens the
 * agenda with the follow-up review unless the items already hold one (an agenda copied from
 * a conference that was itself a follow-up).
 */
export function agendaWithFollowUpReview<T extends { kind?: AgendaItemKind | null }>(items: T[], followsUp: boolean): (T | typeof FOLLOW_UP_REVIEW_ITEM)[] {
  const hasReview = items.some((item) => item.kind === "follow_up_review");
  return followsUp && !hasReview ? [FOLLOW_UP_REVIEW_ITEM, ...items] : items;
}

/**
 * The previous conference's agenda as rows for the new one: titles, kinds, presenters and
 * durations; an explicit time keeps its time of day on the new conference's day. `reword`
 * carries the period words of titles and notes to the new conference's periods.
 */
export async function agendaCopiedFrom(tx: Db, previousId: number, conference: { startsAt: Date }, reword: (text: string) => string = (text) => text): Promise<AgendaItemValues[]> {
  const source = await tx.select().from(agendaItems).where(eq(agendaItems.conferenceId, previousId)).orderBy(asc(agendaItems.position), asc(agendaItems.id));
  return source.map((item) => ({
    title: reword(item.title),
    kind: item.kind,
    presenterPersonId: item.presenterPersonId,
    presenterAgencyId: item.presenterAgencyId,
    startsAt: item.startsAt ? (timeOnConferenceDay(formatTime(item.startsAt), conference.startsAt) ?? null) : null,
    durationMinutes: item.durationMinutes,
    notes: item.notes === null ? null : reword(item.notes),
  }));
}

/** Inserts the items for the conference numbered from 1, the follow-up review first when it follows up another. */
export async function insertAgenda(tx: Db, conference: { id: number; previousConferenceId: number | null }, items: AgendaItemValues[]) {
  const ordered = agendaWithFollowUpReview(items, conference.previousConferenceId !== null);
  if (ordered.length === 0) return [];
  return tx
    .insert(agendaItems)
    .values(ordered.map((item, index) => ({ ...item, conferenceId: conference.id, position: index + 1 })))
    .returning();
}
