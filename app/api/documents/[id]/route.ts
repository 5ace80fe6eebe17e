import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { issuedDocumentResponse } from "@/lib/documents/download-route";

/**
 * GET /api/documents/<id>: an issued document's .docx. The session, documents.view and the
 * document's recipients (for unit officers) are checked here on every request; the logic
 * lives in lib/documents/download-route.ts where vitest runs it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  const { id } = await params;
  return issuedDocumentResponse(getDb(), user, id);
}
