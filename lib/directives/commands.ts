import { and, count, eq, inArray, max, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agendaItems, conferences, directiveApprovals, directiveIndicators, directiveLegalDocuments, directives, indicators, legalDocuments, people, tasks } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import type { MutationContext } from "@/lib/actions";
import type { CurrentUser } from "@/lib/auth/session";
import { loadVisibleConference } from "@/lib/conferences/access";
import { changeConferenceStatus } from "@/lib/conferences/commands";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { findOrCreateBySymbol } from "@/lib/legal-documents/commands";
import { notifyDirectiveAwaitingApproval } from "@/lib/notifications/events";
import type { ConferenceDirectivesInput, DeleteDirectiveInput, DirectiveInput, UpdateDirectiveInput } from "./validation";

/*
 * The changes behind the directive actions. Each takes the transaction, the acting user and
 * the audit writer explicitly (tests run them without Next) and is scoped by the conference:
 * a directive id from another conference is "not found". A UserFacingError rolls back
 * everything, including a register entry created from the symbol field.
 */

type Audit = MutationContext<unknown>["audit"];
export interface DirectiveContext {
  tx: Db;
  actorId: number | null;
  audit: Audit;
  user: Pick<CurrentUser, "role" | "agencyId">;
}
export type DirectiveRow = typeof directives.$inferSelect;

/**
 * The conference, visible to the user and locked for this transaction, so that numbering,
 * approval and edits of one conference's directives queue up behind each other.
 */
async function lockConference(ctx: DirectiveContext, conferenceId: number) {
  const conference = await loadVisibleConference(ctx.tx, conferenceId, ctx.user);
  if (!conference) throw new NotFoundError();
  await ctx.tx.select({ id: conferences.id }).from(conferences).where(eq(conferences.id, conferenceId)).for("update");
  const [approval] = await ctx.tx.select().from(directiveApprovals).where(eq(directiveApprovals.conferenceId, conferenceId)).limit(1);
  return { conference, approved: approval !== undefined };
}

/** Approved conclusions are final until a leader reopens them. */
async function lockEditable(ctx: DirectiveContext, conferenceId: number) {
  const locked = await lockConference(ctx, conferenceId);
  if (locked.approved) throw new UserFacingError("directives.errors.approved");
  if (locked.conference.status === "cancelled") throw new UserFacingError("directives.errors.cancelled");
  return locked.conference;
}

/** Issuer name and title as of today, the agenda item of this conference, the linked documents. */
async function resolveFields(ctx: DirectiveContext, input: DirectiveInput, current?: DirectiveRow) {
  const currentId = current?.id;
  const { tx } = ctx;
  const [person] = await tx.select({ fullName: people.fullName, position: people.position }).from(people).where(eq(people.id, input.issuedByPersonId)).limit(1);
  if (!person) throw new UserFacingError("validation.invalid", "issuedByPersonId");
  if (input.agendaItemId !== undefined) {
    const [item] = await tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, input.agendaItemId), eq(agendaItems.conferenceId, input.conferenceId)))
      .limit(1);
    if (!item) throw new UserFacingError("validation.invalid", "agendaItemId");
  }
  // An empty number keeps an edited directive's own number, and gives a new one the next.
  let number = input.number ?? current?.number;
  if (number === undefined) {
    const [row] = await tx.select({ top: max(directives.number) }).from(directives).where(eq(directives.conferenceId, input.conferenceId));
    number = (row?.top ?? 0) + 1;
  } else {
    const [taken] = await tx
      .select({ id: directives.id })
      .from(directives)
      .where(and(eq(directives.conferenceId, input.conferenceId), eq(directives.number, number), currentId === undefined ? undefined : ne(directives.id, currentId)))
      .limit(1);
    if (taken) throw new UserFacingError("directives.errors.numberTaken", "number");
  }
  const documentIds = new Set(input.documentIds);
  if (documentIds.size > 0) {
    const found = await tx.select({ id: legalDocuments.id }).from(legalDocuments).where(inArray(legalDocuments.id, [...documentIds]));
    if (found.length !== documentIds.size) throw new UserFacingError("validation.invalid", "symbol");
  }
  if (input.symbol) documentIds.add((await findOrCreateBySymbol(ctx, input.symbol)).id);
  const indicatorIds = [...new Set(input.indicatorIds)].sort((a, b) => a - b);
  if (indicatorIds.length > 0) {
    const found = await tx.select({ id: indicators.id }).from(indicators).where(inArray(indicators.id, indicatorIds));
    if (found.length !== indicatorIds.length) throw new UserFacingError("validation.invalid", "indicatorIds");
  }
  return {
    values: {
      number,
      issuedByPersonId: input.issuedByPersonId,
      issuerName: person.fullName,
      issuerTitle: person.position,
      agendaItemId: input.agendaItemId ?? null,
      sector: input.sector,
      text: input.text,
    },
    links: { documentIds: [...documentIds].sort((a, b) => a - b), indicatorIds },
  };
}

/** The documents a directive cites and the indicators it concerns. */
interface DirectiveLinks {
  documentIds: number[];
  indicatorIds: number[];
}

/** Replaces the directive's links with the given ones (a new directive has none to remove). */
async function setLinks(tx: Db, directiveId: number, links: DirectiveLinks): Promise<void> {
  await tx.delete(directiveLegalDocuments).where(eq(directiveLegalDocuments.directiveId, directiveId));
  await tx.delete(directiveIndicators).where(eq(directiveIndicators.directiveId, directiveId));
  if (links.documentIds.length > 0) await tx.insert(directiveLegalDocuments).values(links.documentIds.map((legalDocumentId) => ({ directiveId, legalDocumentId })));
  if (links.indicatorIds.length > 0) await tx.insert(directiveIndicators).values(links.indicatorIds.map((indicatorId) => ({ directiveId, indicatorId })));
}

async function currentLinks(tx: Db, directiveId: number): Promise<DirectiveLinks> {
  const [documents, related] = await Promise.all([
    tx.select({ id: directiveLegalDocuments.legalDocumentId }).from(directiveLegalDocuments).where(eq(directiveLegalDocuments.directiveId, directiveId)),
    tx.select({ id: directiveIndicators.indicatorId }).from(directiveIndicators).where(eq(directiveIndicators.directiveId, directiveId)),
  ]);
  const sorted = (rows: { id: number }[]) => rows.map((row) => row.id).sort((a, b) => a - b);
  return { documentIds: sorted(documents), indicatorIds: sorted(related) };
}

export async function createDirective(ctx: DirectiveContext, input: DirectiveInput): Promise<DirectiveRow> {
  await lockEditable(ctx, input.conferenceId);
  const { values, links } = await resolveFields(ctx, input);
  const [row] = await ctx.tx
    .insert(directives)
    .values({ ...values, conferenceId: input.conferenceId, createdById: ctx.actorId })
    .returning();
  await setLinks(ctx.tx, row.id, links);
  await ctx.audit({ action: "directive.create", entityType: "directive", entityId: row.id, after: { ...row, ...links } });
  await notifyDirectiveAwaitingApproval(ctx, input.conferenceId);
  return row;
}

async function loadInConference(tx: Db, id: number, conferenceId: number): Promise<DirectiveRow> {
  const [row] = await tx.select().from(directives).where(and(eq(directives.id, id), eq(directives.conferenceId, conferenceId))).limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

export async function updateDirective(ctx: DirectiveContext, input: UpdateDirectiveInput): Promise<DirectiveRow> {
  await lockEditable(ctx, input.conferenceId);
  const current = await loadInConference(ctx.tx, input.id, input.conferenceId);
  const beforeLinks = await currentLinks(ctx.tx, input.id);
  const { values, links } = await resolveFields(ctx, input, current);
  const { before, after } = await updateVersioned(ctx.tx, directives, input.id, input.version, values);
  await setLinks(ctx.tx, input.id, links);
  await ctx.audit({
    action: "directive.update",
    entityType: "directive",
    entityId: input.id,
    before: { ...before, ...beforeLinks },
    after: { ...after, ...links },
  });
  return after;
}

/** Only while no task was made from it: tasks and their history must not lose their origin. */
export async function deleteDirective(ctx: DirectiveContext, input: DeleteDirectiveInput): Promise<void> {
  await lockEditable(ctx, input.conferenceId);
  const before = await loadInConference(ctx.tx, input.id, input.conferenceId);
  const [{ n }] = await ctx.tx.select({ n: count() }).from(tasks).where(eq(tasks.directiveId, input.id));
  if (n > 0) throw new UserFacingError("directives.errors.hasTasks");
  const links = await currentLinks(ctx.tx, input.id);
  await ctx.tx.delete(directives).where(eq(directives.id, input.id));
  await ctx.audit({ action: "directive.delete", entityType: "directive", entityId: input.id, before: { ...before, ...links } });
}

/**
 * A leader approves the set of directives ("Phê duyệt kết luận"). A held conference moves to
 * "concluded" through the conference life cycle (history, sequence and audit as any status
 * change); one already concluded or closed (approved, reopened, approved again) stays as it is.
 */
export async function approveDirectives(ctx: DirectiveContext, input: ConferenceDirectivesInput): Promise<void> {
  const { conference, approved } = await lockConference(ctx, input.conferenceId);
  if (approved) throw new UserFacingError("directives.errors.alreadyApproved");
  const [{ n }] = await ctx.tx.select({ n: count() }).from(directives).where(eq(directives.conferenceId, input.conferenceId));
  if (n === 0) throw new UserFacingError("directives.errors.noDirectives");
  if (conference.status === "held") {
    await changeConferenceStatus(ctx, { id: conference.id, version: conference.version, transition: "conclude" });
  } else if (conference.status !== "concluded" && conference.status !== "closed") {
    throw new UserFacingError("directives.errors.notHeld");
  }
  if (ctx.actorId === null) throw new UserFacingError("errors.forbidden");
  const [row] = await ctx.tx.insert(directiveApprovals).values({ conferenceId: input.conferenceId, approvedById: ctx.actorId }).returning();
  await ctx.audit({ action: "directive.approve", entityType: "conference", entityId: input.conferenceId, after: { ...row, directives: n } });
}

/**
 * "Mở lại": withdraws the approval so directives can be corrected. The conference keeps its
 * status (the life cycle has no way back from "concluded"); approving again is recorded anew.
 */
export async function reopenDirectives(ctx: DirectiveContext, input: ConferenceDirectivesInput): Promise<void> {
  await lockConference(ctx, input.conferenceId);
  const [before] = await ctx.tx.delete(directiveApprovals).where(eq(directiveApprovals.conferenceId, input.conferenceId)).returning();
  if (!before) throw new UserFacingError("directives.errors.notApproved");
  await ctx.audit({ action: "directive.reopen", entityType: "conference", entityId: input.conferenceId, before });
}
