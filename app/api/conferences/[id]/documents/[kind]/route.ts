import { draftDocxResponse } from "@/lib/documents/content/draft-access";

/**
 * GET /api/conferences/[id]/documents/[kind]?invitation=&of= — the draft of a conference's
 * document (invitation, minutes, conclusion-notice, follow-up-report) as .docx, not yet
 * numbered. Checks the session and the permission itself: documents.issue or
 * conferences.manage; a unit officer gets 404, other roles 403.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; kind: string }> }): Promise<Response> {
  const { id, kind } = await params;
  return draftDocxResponse(id, kind, request);
}
