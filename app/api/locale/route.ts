import { NextResponse } from "next/server";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";
import { safeReturnPath } from "@/lib/safe-redirect";

/**
 * The language switch: a plain form post (it works without JavaScript), open to everyone.
 * It sets the cookie and sends the browser back to the page it came from with a full
 * navigation, so the page is served afresh in the new language; a server action would
 * re-render in place, but the prerendered sign-in page can only change by being asked for
 * again (proxy.ts then serves the page rendered per request).
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const locale = resolveLocale(String(form?.get("locale") ?? ""));
  const response = new NextResponse(null, { status: 303, headers: { Location: returnPath(request) } });
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  return response;
}

/**
 * The page the form was on (the Referer's path): only the path is kept, so the answer stays
 * on this site whatever the header says; without one, the home page.
 */
function returnPath(request: Request): string {
  const referer = request.headers.get("referer");
  if (!referer) return "/";
  try {
    const from = new URL(referer);
    return safeReturnPath(`${from.pathname}${from.search}`);
  } catch {
    return "/";
  }
}
