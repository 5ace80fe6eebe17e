import NextAuth from "next-auth";
import { getDb } from "@/db/client";
import { requestMetaFrom, writeAudit } from "@/lib/audit";
import { getAuthOptions, RATE_LIMITED_PREFIX, UNAVAILABLE_ERROR } from "@/lib/auth/options";
import { checkSignInAllowed } from "@/lib/auth/rate-limit";
import { currentSessionResponse } from "@/lib/auth/session-endpoint";
import { normaliseUsername } from "@/lib/auth/sign-in";
import { logger } from "@/lib/logger";
import { requestIdFrom } from "@/lib/request/request-id";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

function handle(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, getAuthOptions()) as Promise<Response>;
}

/** The sign-in form reads `error` from the URL in the JSON body, as next-auth's own answers carry it. */
function signInRefused(request: Request, error: string, status: number, headers: Record<string, string>, body: Record<string, unknown>) {
  const url = new URL("/login", request.url);
  url.searchParams.set("error", error);
  return Response.json({ url: url.toString(), ...body }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export async function GET(request: Request, context: RouteContext) {
  const { nextauth } = await context.params;
  // Answered here from the database, not from the cookie alone as next-auth would: a disabled
  // account or an ended session gets no name.
  if (nextauth?.[0] === "session" && nextauth.length === 1) return currentSessionResponse();
  return handle(request, context);
}

/**
 * Credential sign-ins are checked against the rate limit before next-auth sees them,
 * so a blocked client gets HTTP 429 with Retry-After (the browser form reads the wait
 * from the JSON body). The limiter fails closed: if it cannot be checked (the database
 * is down), no sign-in, and the answer says so honestly (503), not "too many attempts".
 */
export async function POST(request: Request, context: RouteContext) {
  const { nextauth } = await context.params;
  // next-auth's session update (POST /session) is not used by this app; it answered 500 to bad JSON.
  if (nextauth?.[0] === "session") return new Response(null, { status: 405, headers: { Allow: "GET" } });
  if (nextauth?.[0] === "callback" && nextauth[1] === "credentials") {
    const form = await request.clone().formData().catch(() => null);
    const username = normaliseUsername(form?.get("username"));
    const meta = requestMetaFrom(request.headers);
    let retryAfterSeconds: number | null;
    try {
      const db = getDb();
      const gate = await checkSignInAllowed(db, username, meta.ip);
      retryAfterSeconds = gate.allowed ? null : gate.retryAfterSeconds;
      if (retryAfterSeconds !== null) {
        await writeAudit(db, { action: "auth.sign_in_blocked", actorUsername: username, meta, after: { retryAfterSeconds } });
      }
    } catch (error) {
      logger.error({ err: error, requestId: requestIdFrom(request.headers) }, "sign-in refused: the rate limit could not be checked");
      return signInRefused(request, UNAVAILABLE_ERROR, 503, { "Retry-After": "60" }, { error: "unavailable" });
    }
    if (retryAfterSeconds !== null) {
      return signInRefused(request, `${RATE_LIMITED_PREFIX}${retryAfterSeconds}`, 429, { "Retry-After": String(retryAfterSeconds) }, { error: "rate_limited", retryAfterSeconds });
    }
  }
  return handle(request, context);
}
