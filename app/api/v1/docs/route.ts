import { localeOf } from "@/lib/api/problem";
import { referencePage } from "@/lib/api/reference-page";

/** The readable API reference, rendered from the OpenAPI description; public like the description itself. */
export function GET(request: Request): Response {
  const locale = localeOf(request);
  return new Response(referencePage(locale), {
    headers: { "content-type": "text/html; charset=utf-8", "content-language": locale, "cache-control": "public, max-age=300", vary: "Accept-Language" },
  });
}
