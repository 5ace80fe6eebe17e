/*
 * The address people reach the app by, for absolute links that leave the browser (calendar
 * events, QR codes). Behind a proxy the request's own URL is the upstream's
 * (http://localhost:3000), which a phone's calendar cannot open.
 */

const LOCAL_HOST = /^(localhost|127\.|\[::1\])/;

/** NEXTAUTH_URL's origin when set; else the host the client asked for (X-Forwarded-Host, then Host). */
export function publicOrigin(headers: Headers, requestUrl?: string): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed setting falls through to the request's host rather than breaking every link.
    }
  }
  const first = (value: string | null) => value?.split(",")[0]?.trim() || null;
  const fallback = requestUrl ? new URL(requestUrl) : null;
  const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host")) ?? fallback?.host ?? "localhost:3000";
  const proto = first(headers.get("x-forwarded-proto")) ?? (LOCAL_HOST.test(host) ? "http" : (fallback?.protocol.replace(":", "") ?? "https"));
  return `${proto}://${host}`;
}
