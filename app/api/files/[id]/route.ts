import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { downloadResponse } from "@/lib/storage/download";

/**
 * GET /api/files/<uuid>: an attached file as a download. The session and the owner's
 * visibility are checked here on every request (proxy.ts is not a security check);
 * the logic lives in lib/storage/download.ts where vitest runs it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  const { id } = await params;
  return downloadResponse(getDb(), user, id);
}
