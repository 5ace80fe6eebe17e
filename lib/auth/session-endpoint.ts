import { SESSION_MAX_AGE_SECONDS } from "./session-store";
import { getCurrentUser } from "./session";

/**
 * GET /api/auth/session, in next-auth's shape: `{}` without a valid session, else the
 * user's display name. Read from the database like every page, so a disabled account or a
 * signed-out session is told nothing (next-auth would answer from the cookie alone).
 */
export async function currentSessionResponse(): Promise<Response> {
  const user = await getCurrentUser();
  const body = user ? { user: { name: user.displayName }, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000).toISOString() } : {};
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}
