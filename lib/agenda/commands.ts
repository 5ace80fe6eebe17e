import { and, asc, eq, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, type agendaItemKinds, agendaItems, conferences, people } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import type { MutationContext } from "@/lib/actions";
import type { CurrentUser } from "@/lib/auth/session";
import { loadVisibleConference } from "@/lib/conferences/access";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { formatTime } from "@/lib/format";
import { agendaCopiedFrom, insertAgenda } from "./copy";
import { sameItemSet, timeOnConferenceDay } from "./rules";
import type { AgendaItemInput, ConferenceOnlyInput, DeleteAgendaItemInput, ReorderAgendaInput, UpdateAgendaItemInput } from "./validation";

/*
 * The changes behind the agenda actions. Each takes the transaction and the audit writer
 * explicitly (tests run them without Next) and is scoped by the conference: an item id
 * from another conference is "not found". Any UserFacingError rolls everything back.
 */

type Audit = MutationContext<unknown>["audit"];
type AgendaItem = typeof agendaItems.$inferSelect;

export interface AgendaCommandContext {
  tx: Db;
  audit: Audit;
  user: Pick<CurrentUser, "role" | "agencyId">;
}

/** The review-conference agenda most departments use (báo cáo → thảo luận → chỉ đạo → kết luận). */
export const REVIEW_TEMPLATE: { title: string; kind: (typeof agendaItemKinds)[number] }[] = [
  { title: "Báo cáo kết quả thực hiện nhiệm vụ", kind: "report" },
  { title: "Thảo luận", kind: "discussion" },
  { title: "Phát biểu chỉ đạo của lãnh đạo", kind: "directing_speech" },
  { title: "Kết luận hội nghị", kind: "conclusion" },
];

/**
 * The conference, locked for this transaction so that two changes to one agenda queue up
 * (positions stay unique and a reorder sees the list it checks).
 */
async function lockConference(ctx: AgendaCommandContext, conferenceId: number) {
  const conference = await loadVisibleConference(ctx.tx, conferenceId, ctx.user);
  if (!conference) throw new NotFoundError();
  await ctx.tx.select({ id: conferences.id }).from(conferences).where(eq(conferences.id, conferenceId)).for("update");
  return conference;
}

/** Calendar programs re-read an event whose SEQUENCE rose; the agenda is part of its description. */
async function bumpSequence(tx: Db, conferenceId: number): Promise<void> {
  await tx.update(conferences).set({ sequence: sql`${conferences.sequence} + 1` }).where(eq(conferences.id, conferenceId));
}

function itemValues(input: AgendaItemInput, conferenceStart: Date) {
  let startsAt: Date | null = null;
  if (input.startTime) {
    startsAt = timeOnConferenceDay(input.startTime, conferenceStart) ?? null;
    if (!startsAt) throw new UserFacingError("agenda.startTimeInvalid", "startTime");
  }
  return {
    title: input.title,
    kind: input.kind,
    presenterPersonId: input.presenter?.kind === "person" ? input.presenter.id : null,
    presenterAgencyId: input.presenter?.kind === "agency" ? input.presenter.id : null,
    startsAt,
    durationMinutes: input.durationMinutes ?? null,
    notes: input.notes ?? null,
  };
}

/** A presenter picked from the form must exist; say so under the field rather than fail on the foreign key. */
async function assertPresenterExists(tx: Db, presenter: AgendaItemInput["presenter"]): Promise<void> {
  if (!presenter) return;
  const table = presenter.kind === "person" ? people : agencies;
  const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.id, presenter.id)).limit(1);
  if (!row) throw new UserFacingError("validation.invalid", "presenter");
}

async function currentIds(tx: Db, conferenceId: number): Promise<number[]> {
  const rows = await tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.conferenceId, conferenceId)).orderBy(asc(agendaItems.position), asc(agendaItems.id));
  return rows.map((row) => row.id);
}

async function nextPosition(tx: Db, conferenceId: number): Promise<number> {
  const [row] = await tx.select({ last: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.conferenceId, conferenceId));
  return (row?.last ?? 0) + 1;
}

async function findItem(tx: Db, conferenceId: number, id: number): Promise<AgendaItem> {
  const [row] = await tx.select().from(agendaItems).where(and(eq(agendaItems.id, id), eq(agendaItems.conferenceId, conferenceId))).limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

export async function addAgendaItem(ctx: AgendaCommandContext, input: AgendaItemInput): Promise<AgendaItem> {
  const conference = await lockConference(ctx, input.conferenceId);
  await assertPresenterExists(ctx.tx, input.presenter);
  const position = await nextPosition(ctx.tx, conference.id);
  const [row] = await ctx.tx.insert(agendaItems).values({ ...itemValues(input, conference.startsAt), conferenceId: conference.id, position }).returning();
  await bumpSequence(ctx.tx, conference.id);
  await ctx.audit({ action: "agenda_item.create", entityType: "agenda_item", entityId: row.id, after: row });
  return row;
}

export async function editAgendaItem(ctx: AgendaCommandContext, input: UpdateAgendaItemInput): Promise<AgendaItem> {
  const conference = await lockConference(ctx, input.conferenceId);
  await findItem(ctx.tx, conference.id, input.id);
  await assertPresenterExists(ctx.tx, input.presenter);
  const { before, after } = await updateVersioned(ctx.tx, agendaItems, input.id, input.version, itemValues(input, conference.startsAt));
  await bumpSequence(ctx.tx, conference.id);
  await ctx.audit({ action: "agenda_item.update", entityType: "agenda_item", entityId: after.id, before, after });
  return after;
}

export async function removeAgendaItem(ctx: AgendaCommandContext, input: DeleteAgendaItemInput): Promise<void> {
  const conference = await lockConference(ctx, input.conferenceId);
  const before = await findItem(ctx.tx, conference.id, input.id);
  await ctx.tx.delete(agendaItems).where(eq(agendaItems.id, before.id));
  await bumpSequence(ctx.tx, conference.id);
  await ctx.audit({ action: "agenda_item.delete", entityType: "agenda_item", entityId: before.id, before });
}

/**
 * Rewrites every position from the full new order. Refused when the list is not exactly
 * the conference's current items: someone added or removed one since the page loaded.
 */
export async function reorderAgenda(ctx: AgendaCommandContext, input: ReorderAgendaInput): Promise<void> {
  const conference = await lockConference(ctx, input.conferenceId);
  const before = await currentIds(ctx.tx, conference.id);
  if (!sameItemSet(before, input.order)) throw new UserFacingError("agenda.orderStale");
  // Two passes keep positions distinct at every step, should a unique index ever cover them.
  await ctx.tx.update(agendaItems).set({ position: sql`-${agendaItems.position}` }).where(eq(agendaItems.conferenceId, conference.id));
  for (const [index, id] of input.order.entries()) {
    await ctx.tx.update(agendaItems).set({ position: index + 1 }).where(and(eq(agendaItems.id, id), eq(agendaItems.conferenceId, conference.id)));
  }
  await bumpSequence(ctx.tx, conference.id);
  await ctx.audit({ action: "agenda.reorder", entityType: "conference", entityId: conference.id, before: { order: before }, after: { order: input.order } });
}

async function assertEmpty(tx: Db, conferenceId: number): Promise<void> {
  if ((await currentIds(tx, conferenceId)).length > 0) throw new UserFacingError("agenda.notEmpty");
}

export async function applyReviewTemplate(ctx: AgendaCommandContext, input: ConferenceOnlyInput): Promise<AgendaItem[]> {
  const conference = await lockConference(ctx, input.conferenceId);
  await assertEmpty(ctx.tx, conference.id);
  const rows = await insertAgenda(ctx.tx, conference, REVIEW_TEMPLATE);
  await bumpSequence(ctx.tx, conference.id);
  await ctx.audit({ action: "agenda.apply_template", entityType: "conference", entityId: conference.id, after: { template: "review", items: rows.map((r) => r.title) } });
  return rows;
}

/** Copies the previous conference's agenda; explicit times keep their time of day on the new day. */
export async function copyPreviousAgenda(ctx: AgendaCommandContext, input: ConferenceOnlyInput): Promise<AgendaItem[]> {
  const conference = await lockConference(ctx, input.conferenceId);
  await assertEmpty(ctx.tx, conference.id);
  if (!conference.previousConferenceId) throw new UserFacingError("agenda.noPrevious");
  const source = await agendaCopiedFrom(ctx.tx, conference.previousConferenceId, conference);
  if (source.length === 0) throw new UserFacingError("agenda.previousEmpty");
  const rows = await insertAgenda(ctx.tx, conference, source);
  await bumpSequence(ctx.tx, conference.id);
  await ctx.audit({
    action: "agenda.apply_template",
    entityType: "conference",
    entityId: conference.id,
    after: { copiedFrom: conference.previousConferenceId, items: rows.map((r) => r.title) },
  });
  return rows;
}
