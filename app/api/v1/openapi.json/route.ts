import { openApiText } from "@/lib/api/openapi";
import { strongEtag } from "@/lib/api/route";
import { ifNoneMatchHits } from "@/lib/calendar/etag";

/** The OpenAPI description: public (it describes the API, holds no data), generated from the routes' zod schemas. */
export function GET(request: Request): Response {
  const text = openApiText();
  const etag = strongEtag(text);
  const headers = { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300", etag };
  if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { headers });
}
