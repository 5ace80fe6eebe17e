import { and, asc, eq } from "drizzle-orm";
import { agendaItems, conferences, type OfficialDocumentKind } from "@/db/schema";
import type { CommandContext } from "@/lib/commands";
import { issueDocument, type IssuedDocumentResult } from "@/lib/documents/issue";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { todayInVietnam } from "@/lib/tasks/status";
import { liveConference } from "@/lib/conferences/access";
import { buildConferenceDocument } from "./build";
import { findEarlierIssues, isOncePerConference } from "./issued-queries";
import type { FollowUpSubject } from "./follow-up-report";
import type { ConclusionContent } from "./conclusion-draft";
import { saveDocumentDraft } from "./drafts";
import type { MinutesContent } from "./minutes-draft";
import type { AuthorityPrefix } from "./wording";

/*
 * The changes of the documents tab, taking { tx, actorId, audit } so tests call them without
 * Next: issuing a conference's document (built exactly as previewed, then numbered and stored
 * by lib/documents/issue.ts) and saving the drafts of the minutes and of the conclusion notice
 * (drafts.ts: one mechanism, with its version check).
 */

export interface IssueConferenceDocumentInput {
  conferenceId: number;
  kind: OfficialDocumentKind;
  date: string;
  signerName: string;
  signerTitle: string;
  authorityPrefix?: AuthorityPrefix;
  authorityBody?: string;
  invitationId?: number;
  subject?: FollowUpSubject;
  /** Set by the confirmation page when a withdrawn minutes or notice is issued anew on purpose. */
  reissue?: boolean;
}

export type IssueConferenceDocumentResult = IssuedDocumentResult & { conferenceId: number; alreadyIssued: boolean };

/**
 * Issues one of the conference's documents as previewed. Minutes and the conclusion notice
 * are issued once: the conference row is locked first, so a double submit or a retry waits
 * for the first and then gets the document it issued (alreadyIssued) instead of a second
 * number; the partial unique index issued_documents_one_per_conference backs this up. One
 * that was withdrawn is issued anew only when the clerk confirmed it (reissue).
 */
export async function issueConferenceDocument(ctx: CommandContext, input: IssueConferenceDocumentInput): Promise<IssueConferenceDocumentResult> {
  if (isOncePerConference(input.kind)) {
    const [conference] = await ctx.tx.select({ id: conferences.id }).from(conferences).where(and(eq(conferences.id, input.conferenceId), liveConference())).for("update");
    if (!conference) throw new NotFoundError();
    const earlier = await findEarlierIssues(ctx.tx, input.conferenceId, input.kind);
    if (earlier.live) return { ...earlier.live, conferenceId: input.conferenceId, alreadyIssued: true };
    if (earlier.withdrawn && !input.reissue) throw new UserFacingError("conferenceDocuments.errors.reissueNotConfirmed");
  }
  const today = ctx.today ?? todayInVietnam();
  const signer = { signerName: input.signerName, signerTitle: input.signerTitle, authorityPrefix: input.authorityPrefix ?? null, authorityBody: input.authorityBody ?? null };
  const options = {
    date: input.date,
    today,
    signer,
    invitationId: input.kind === "invitation" ? input.invitationId : undefined,
    subject: input.kind === "follow_up_report" ? input.subject : undefined,
  };
  const built = await buildConferenceDocument(ctx.tx, input.kind, input.conferenceId, options);
  if (!built) {
    if (input.kind === "follow_up_report" && (input.subject ?? "previous") === "previous") {
      const [conference] = await ctx.tx.select({ id: conferences.id }).from(conferences).where(eq(conferences.id, input.conferenceId)).limit(1);
      if (conference) throw new UserFacingError("conferenceDocuments.errors.noPrevious", "subject");
    }
    throw new NotFoundError();
  }
  const result = await issueDocument(ctx, {
    kind: input.kind,
    conferenceId: input.conferenceId,
    issuingAgencyId: built.issuingAgencyId,
    title: built.registerTitle,
    spec: built.spec,
    recipientAgencyIds: built.recipientAgencyIds,
    snapshot: { conferenceId: input.conferenceId, ...options, statusesAsOf: input.kind === "follow_up_report" ? (input.date < today ? input.date : today) : undefined },
  });
  return { ...result, conferenceId: input.conferenceId, alreadyIssued: false };
}

export interface SaveMinutesDraftInput {
  conferenceId: number;
  version: number;
  content: MinutesContent;
}

/** The minutes' draft, saved by the drafts' one mechanism; summaries for items not on the conference's agenda are dropped. */
export async function saveMinutesDraft(ctx: CommandContext, input: SaveMinutesDraftInput) {
  const agenda = await ctx.tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.conferenceId, input.conferenceId)).orderBy(asc(agendaItems.position));
  const known = new Set(agenda.map((item) => String(item.id)));
  const content: MinutesContent = {
    ...input.content,
    summaryByItem: Object.fromEntries(Object.entries(input.content.summaryByItem).filter(([id]) => known.has(id))),
  };
  return saveDocumentDraft(ctx, { conferenceId: input.conferenceId, kind: "minutes", version: input.version, content });
}

export interface SaveConclusionDraftInput {
  conferenceId: number;
  version: number;
  content: ConclusionContent;
}

/** The conclusion notice's draft, saved by the same mechanism. */
export async function saveConclusionDraft(ctx: CommandContext, input: SaveConclusionDraftInput) {
  return saveDocumentDraft(ctx, { conferenceId: input.conferenceId, kind: "conclusion_notice", version: input.version, content: input.content });
}
