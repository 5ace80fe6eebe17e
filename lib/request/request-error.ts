import { decodeSessionCookie, sessionCookieFromHeader } from "@/lib/auth/session-cookie";
import { requestLogger } from "@/lib/logger";
import { requestIdFrom } from "./request-id";

/** What Next passes to instrumentation's onRequestError (its own types say the same). */
export interface FailedRequest {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FailedRequestContext {
  routerKind: string;
  routePath: string;
  routeType: string;
}

/**
 * Logs an error Next caught while rendering a page or running a route handler or server
 * action: with the request id the proxy gave it, the user id from the session cookie (its
 * claim only: no database read while something is failing), and the route's pattern
 * (`/api/calendar/[token]`) rather than the path, which may hold a secret token.
 */
export async function logRequestError(error: unknown, request: FailedRequest, context: FailedRequestContext): Promise<void> {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  };
  const claims = await decodeSessionCookie(sessionCookieFromHeader(header("cookie") ?? undefined)).catch(() => null);
  requestLogger({ requestId: requestIdFrom({ get: header }), userId: claims?.uid }).error(
    { err: error, method: request.method, route: context.routePath, routeType: context.routeType, router: context.routerKind },
    "request failed",
  );
}
