import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { documentDrafts } from "@/db/schema";
import type { CommandContext } from "@/lib/commands";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { type ConclusionContent, parseConclusionContent } from "./conclusion-draft";
import { type MinutesContent, parseMinutesContent } from "./minutes-draft";

/*
 * The secretariat's editable drafts of a conference's documents (document_drafts): one
 * mechanism for every kind that has one. A draft is made from the conference's data the first
 * time its editor opens, saved with a version check (a lost race is refused, never silently
 * overwritten), and read by the print view, the .docx and the issue command through the
 * kind's builder, so what is previewed is what is issued. Before the editor was first opened
 * the builders use the content the draft would start from.
 */

export interface DraftContents {
  minutes: MinutesContent;
  conclusion_notice: ConclusionContent;
}
export type DraftKind = keyof DraftContents;

/** The stored JSON read defensively per kind: a field missing from an older draft comes back empty. */
const PARSERS: { [K in DraftKind]: (value: unknown) => DraftContents[K] } = {
  minutes: parseMinutesContent,
  conclusion_notice: parseConclusionContent,
};

export const DRAFT_KINDS = Object.keys(PARSERS) as DraftKind[];

export function isDraftKind(kind: string): kind is DraftKind {
  return Object.hasOwn(PARSERS, kind);
}

export interface DocumentDraft<K extends DraftKind> {
  content: DraftContents[K];
  version: number;
  updatedAt: Date;
}

export async function loadDocumentDraft<K extends DraftKind>(db: Db, conferenceId: number, kind: K): Promise<DocumentDraft<K> | null> {
  const [row] = await db
    .select()
    .from(documentDrafts)
    .where(and(eq(documentDrafts.conferenceId, conferenceId), eq(documentDrafts.kind, kind)))
    .limit(1);
  return row ? { content: PARSERS[kind](row.content), version: row.version, updatedAt: row.updatedAt } : null;
}

/**
 * The draft, made from the conference data on first open. Two secretaries opening it at once
 * both end up with the one row: the second insert does nothing and the row is read back.
 */
export async function ensureDocumentDraft<K extends DraftKind>(db: Db, conferenceId: number, kind: K, initial: () => DraftContents[K]): Promise<DocumentDraft<K>> {
  const existing = await loadDocumentDraft(db, conferenceId, kind);
  if (existing) return existing;
  await db.insert(documentDrafts).values({ conferenceId, kind, content: initial() }).onConflictDoNothing();
  const created = await loadDocumentDraft(db, conferenceId, kind);
  if (!created) throw new Error(`${kind} draft of conference ${conferenceId} could not be created`);
  return created;
}

export interface SaveDraftInput<K extends DraftKind> {
  conferenceId: number;
  kind: K;
  version: number;
  content: DraftContents[K];
}

/**
 * Saves the edits if nobody saved the draft since the form was loaded
 * (UPDATE … WHERE version = expected), with its audit row: a lost race is refused with
 * ConflictError. A draft that was never opened is not there to save (NotFoundError).
 */
export async function saveDocumentDraft<K extends DraftKind>(ctx: CommandContext, input: SaveDraftInput<K>): Promise<{ conferenceId: number; kind: K; version: number }> {
  const { tx, actorId, audit } = ctx;
  const where = and(eq(documentDrafts.conferenceId, input.conferenceId), eq(documentDrafts.kind, input.kind));
  const [existing] = await tx.select().from(documentDrafts).where(where).limit(1);
  if (!existing) throw new NotFoundError();
  const [after] = await tx
    .update(documentDrafts)
    .set({ content: input.content, version: sql`${documentDrafts.version} + 1`, updatedById: actorId, updatedAt: new Date() })
    .where(and(where, eq(documentDrafts.version, input.version)))
    .returning({ version: documentDrafts.version });
  if (!after) throw new ConflictError();
  await audit({
    action: "document_draft.update",
    entityType: "document_draft",
    entityId: input.conferenceId,
    before: { kind: input.kind, version: existing.version, content: PARSERS[input.kind](existing.content) },
    after: { kind: input.kind, version: after.version, content: input.content },
  });
  return { conferenceId: input.conferenceId, kind: input.kind, version: after.version };
}
