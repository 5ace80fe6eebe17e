import NextAuth from "next-auth";
import { getDb } from "@/db/client";
import { requestMetaFrom, writeAudit } from "@/lib/audit";
import { getAuthOptions, RATE_LIMITED_PREFIX } from "@/lib/auth/options";
import { checkSignInAllowed } from "@/lib/auth/rate-limit";
import { normaliseUsername } from "@/lib/auth/sign-in";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

function handle(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, getAuthOptions()) as Promise<Response>;
}

export function GET(request: Request, context: RouteContext) {
  return handle(request, context);
}

/**
 * Credential sign-ins are checked against the rate limit before next-auth sees them,
 * so a blocked client gets HTTP 429 with Retry-After (the browser form reads the wait
 * from the JSON body). The limiter fails closed: if it cannot be checked, no sign-in.
 */
export async function POST(request: Request, context: RouteContext) {
  const { nextauth } = await context.params;
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
    } catch {
      retryAfterSeconds = 60;
    }
    if (retryAfterSeconds !== null) {
      const url = new URL("/login", request.url);
      url.searchParams.set("error", `${RATE_LIMITED_PREFIX}${retryAfterSeconds}`);
      return Response.json(
        { url: url.toString(), error: "rate_limited", retryAfterSeconds },
        { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
      );
    }
  }
  return handle(request, context);
}
