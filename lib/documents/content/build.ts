import type { Db } from "@/db/client";
import type { OfficialDocumentKind } from "@/db/schema";
import { conclusionNoticeDocument } from "./conclusion-notice";
import type { BuiltDocument } from "./context";
import { type FollowUpSubject, followUpReportDocument } from "./follow-up-report";
import { invitationDocument } from "./invitation";
import { minutesDocument } from "./minutes";
import type { SignerInput } from "./wording";

/*
 * One entry for the four official documents of a conference, used by the print views, the
 * draft downloads and the issue command, so what is previewed is what is issued.
 */

/** URL segments of the documents tab (/conferences/12/documents/conclusion-notice). */
export const DOCUMENT_SLUGS = {
  invitation: "invitation",
  minutes: "minutes",
  conclusion_notice: "conclusion-notice",
  follow_up_report: "follow-up-report",
} as const satisfies Record<OfficialDocumentKind, string>;

export const DOCUMENT_KINDS_IN_ORDER: readonly OfficialDocumentKind[] = ["invitation", "minutes", "conclusion_notice", "follow_up_report"];

export function kindFromSlug(slug: string): OfficialDocumentKind | null {
  return DOCUMENT_KINDS_IN_ORDER.find((kind) => DOCUMENT_SLUGS[kind] === slug) ?? null;
}

export interface DocumentOptions {
  /** The document's date, yyyy-MM-dd. */
  date: string;
  /** Today in Vietnam: task statuses are never taken on a day still to come. */
  today: string;
  signer?: SignerInput;
  /** Invitation only: the letter for this invitation alone. */
  invitationId?: number;
  /** Follow-up report only: the previous conference's conclusions (default) or this one's. */
  subject?: FollowUpSubject;
}

/** The document built from the database; null when the conference (or the invitation, or the previous conference) does not exist. */
export async function buildConferenceDocument(db: Db, kind: OfficialDocumentKind, conferenceId: number, options: DocumentOptions): Promise<BuiltDocument | null> {
  switch (kind) {
    case "invitation":
      return invitationDocument(db, conferenceId, { date: options.date, signer: options.signer, invitationId: options.invitationId });
    case "minutes":
      return minutesDocument(db, conferenceId, { date: options.date, signer: options.signer });
    case "conclusion_notice":
      return conclusionNoticeDocument(db, conferenceId, { date: options.date, signer: options.signer });
    case "follow_up_report":
      return followUpReportDocument(db, conferenceId, { date: options.date, today: options.today, signer: options.signer, subject: options.subject ?? "previous" });
  }
}
