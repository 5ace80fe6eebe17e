import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { defaultLocale, LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";
import { inlineScriptHashes } from "@/lib/request/prerendered-pages";
import { ensureRequestId, REQUEST_ID_HEADER } from "@/lib/request/request-id";

/**
 * Runs before every page. It sends visitors without a session cookie to the sign-in page,
 * sets the Content-Security-Policy with a fresh nonce, gives the request an id for the
 * logs, and answers 403 to a form post from another site (Next refuses those server
 * actions too, but with a 500 that monitoring counts as our fault).
 * It is NOT the security check: every page, route handler and server action checks
 * the user and permission itself (a proxy can be bypassed, see CVE-2025-29927).
 */
// Pages and feeds that identify their visitor otherwise (sign-in, the language switch, the public weekly schedule,
// secret calendar-feed tokens, API bearer tokens), and the health check for the load balancer.
const PUBLIC_PATHS = ["/login", "/api/auth", "/api/locale", "/lich-cong-tac", "/api/calendar", "/api/v1", "/api/health"];
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * A POST to a page is a server action; one whose Origin is another site is refused, as Next
 * itself decides (Origin host against X-Forwarded-Host, else Host). Route handlers under
 * /api check their own requests (next-auth its CSRF token).
 */
function isForeignActionPost(request: NextRequest): boolean {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/")) return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  return !host || originHost !== host.split(",")[0].trim();
}

/**
 * Which /login to serve: a prerendered one (/login, or /login/demo with the demo accounts'
 * hint) when the page needs nothing from the request, else the one rendered per request
 * (/login/dynamic: a return path or error to show, a session to send on, another language).
 */
function signInRoute(request: NextRequest, hasSession: boolean): { path: string; scriptHashes: string[] | null } {
  const perRequest = hasSession || request.nextUrl.search !== "" || resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value) !== defaultLocale;
  const prerendered = env.seedDemo ? "/login/demo" : "/login";
  const scriptHashes = perRequest ? null : inlineScriptHashes(prerendered);
  return scriptHashes ? { path: prerendered, scriptHashes } : { path: "/login/dynamic", scriptHashes: null };
}

function contentSecurityPolicy(scripts: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src ${scripts}${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    // React and Next set style attributes at run time; inline script stays forbidden.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isForeignActionPost(request)) return new NextResponse("Forbidden", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  // Server action POSTs are left to the action, which answers "signed out" itself instead of a redirect.
  if (!isPublic && !hasSession && !request.headers.has("next-action")) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const requestId = ensureRequestId(request.headers);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  let response: NextResponse;
  let csp: string;
  const signIn =
    pathname === "/login"
      ? signInRoute(request, hasSession)
      : pathname === "/login/demo"
        ? { path: pathname, scriptHashes: inlineScriptHashes(pathname) }
        : null;
  if (signIn?.scriptHashes) {
    // A prerendered page: its inline scripts are fixed at build time and allowed by hash.
    csp = contentSecurityPolicy(["'self'", ...signIn.scriptHashes].join(" "), https);
    response = signIn.path === pathname ? NextResponse.next({ request: { headers: requestHeaders } }) : NextResponse.rewrite(new URL(signIn.path, request.url), { request: { headers: requestHeaders } });
  } else {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    csp = contentSecurityPolicy(`'self' 'nonce-${nonce}' 'strict-dynamic'`, https);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    response = signIn
      ? NextResponse.rewrite(new URL(`${signIn.path}${search}`, request.url), { request: { headers: requestHeaders } })
      : NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  // Everything except static assets.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
