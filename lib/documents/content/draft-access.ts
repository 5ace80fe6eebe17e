import { getTranslations } from "@/lib/i18n/server";
import { getDb } from "@/db/client";
import type { OfficialDocumentKind } from "@/db/schema";
import { can, type PermissionSubject } from "@/lib/auth/permissions";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/session";
import { conferenceIdParam, type ConferenceRow, loadVisibleConference } from "@/lib/conferences/access";
import { renderDocx } from "@/lib/documents/docx";
import { contentDisposition, downloadFileName } from "@/lib/storage/content-disposition";
import { todayInVietnam } from "@/lib/tasks/status";
import { buildConferenceDocument, type DocumentOptions, kindFromSlug } from "./build";
import { type SearchParams, firstParam } from "@/lib/search-params";

/*
 * Who may see a conference's documents before they are issued (print views, draft .docx,
 * the news draft, the minutes editor): those who draw them up — documents.issue or
 * conferences.manage. A unit officer is answered 404, as if the drafts did not exist; other
 * roles 403.
 */

export function canDraftDocuments(user: PermissionSubject): boolean {
  return user.role !== "unit_officer" && (can(user, "documents.issue") || can(user, "conferences.manage"));
}

/** ?invitation=12 (one letter for that invitee) and ?of=self|previous (the follow-up report's subject). */
export function draftOptionsFrom(params: SearchParams, hasPrevious: boolean): Pick<DocumentOptions, "invitationId" | "subject"> {
  const invitation = Number(firstParam(params.invitation));
  const of = firstParam(params.of);
  return {
    invitationId: Number.isInteger(invitation) && invitation > 0 && invitation <= 2147483647 ? invitation : undefined,
    subject: of === "self" || of === "previous" ? of : hasPrevious ? "previous" : "self",
  };
}

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

export type DraftAccess = { ok: true; user: CurrentUser; conference: ConferenceRow } | { ok: false; response: Response };

export async function authorizeDraft(idParam: string): Promise<DraftAccess> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: plain(401, "Unauthorized") };
  if (user.role === "unit_officer") return { ok: false, response: plain(404, "Not found") };
  if (!canDraftDocuments(user)) return { ok: false, response: plain(403, "Forbidden") };
  const conference = await loadVisibleConference(getDb(), conferenceIdParam(idParam), user);
  if (!conference) return { ok: false, response: plain(404, "Not found") };
  return { ok: true, user, conference };
}

/** "Thông báo kết luận - bản nháp - Hội nghị sơ kết ….docx": shortened at a whole word, nothing file systems refuse. */
export function draftFileName(kindLabel: string, draftWord: string, title: string): string {
  return downloadFileName(`${kindLabel} - ${draftWord} - ${title}`, ".docx");
}

/** GET /api/conferences/[id]/documents/[kind]: the draft (no number yet) as .docx, dated today, signed by the chair. */
export async function draftDocxResponse(idParam: string, slug: string, request: Request): Promise<Response> {
  const access = await authorizeDraft(idParam);
  if (!access.ok) return access.response;
  const kind: OfficialDocumentKind | null = kindFromSlug(slug);
  if (!kind) return plain(404, "Not found");
  const { conference } = access;
  const today = todayInVietnam();
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const built = await buildConferenceDocument(getDb(), kind, conference.id, { date: today, today, ...draftOptionsFrom(params, conference.previousConferenceId !== null) });
  if (!built) return plain(404, "Not found");
  const t = await getTranslations("conferenceDocuments");
  const bytes = await renderDocx(built.spec);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": contentDisposition(draftFileName(t(`kinds.${kind}`), t("draftWord"), conference.title)),
      "Cache-Control": "private, no-store",
    },
  });
}
