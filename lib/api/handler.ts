import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { type MutationCore, runMutation } from "@/lib/actions";
import { requestMetaFrom } from "@/lib/audit";
import { roleHasPermission } from "@/lib/auth/permissions";
import { ifNoneMatchHits } from "@/lib/calendar/etag";
import { ApiProblem, localeOf, problemResponse } from "./problem";
import { type ApiContext, type ApiRoute, strongEtag } from "./route";
import { authenticateApiToken } from "./tokens";
import { requestLogger } from "@/lib/logger";
import { requestIdFrom } from "@/lib/request/request-id";

/*
 * The one wrapper of every /api/v1 route handler: bearer token → rate limit → scope → the
 * role's permission → parameters → the route → JSON with an ETag (304 on If-None-Match),
 * or a problem+json. A route handler is a public endpoint: all of this runs on every call.
 */

type RouteParams = { params: Promise<Record<string, string | string[]>> };

const queryObject = (url: URL) => Object.fromEntries([...new Set(url.searchParams.keys())].map((key) => [key, url.searchParams.get(key) ?? undefined]));

function issuesToErrors(issues: readonly z.core.$ZodIssue[]) {
  return issues.map((issue) => ({ field: issue.path.map(String).join(".") || "_", messageKey: issue.message.includes(".") ? issue.message : "validation.invalid" }));
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  if (!/^application\/(.+\+)?json\b/i.test(request.headers.get("content-type") ?? "")) throw new ApiProblem("unsupported_media_type");
  try {
    const parsed: unknown = await request.json();
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Falls through.
  }
  throw new ApiProblem("invalid_request", { detailKey: "api.errors.json" });
}

export function apiHandler<P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType>(route: ApiRoute<P, Q, R>) {
  return async (request: Request, context: RouteParams): Promise<Response> => {
    const locale = localeOf(request);
    const instance = new URL(request.url).pathname;
    let rateHeaders: Record<string, string> = {};
    try {
      const header = request.headers.get("authorization") ?? "";
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
      if (!match) throw new ApiProblem("unauthorized", { detailKey: "api.errors.noToken", headers: { "www-authenticate": 'Bearer realm="nghisu"' } });
      const db = getDb();
      const auth = await authenticateApiToken(db, match[1]);
      if (auth.status === "invalid") {
        throw new ApiProblem("unauthorized", { detailKey: "api.errors.badToken", headers: { "www-authenticate": 'Bearer realm="nghisu", error="invalid_token"' } });
      }
      if (auth.status === "limited") throw new ApiProblem("rate_limited", { detailKey: "api.errors.rateLimited", headers: { "retry-after": String(auth.retryAfterSeconds) } });
      rateHeaders = { "ratelimit-remaining": String(auth.remaining) };
      if (!auth.scopes.includes(route.scope)) {
        throw new ApiProblem("insufficient_scope", { detailKey: "api.errors.scope", headers: { "www-authenticate": `Bearer realm="nghisu", error="insufficient_scope", scope="${route.scope}"` } });
      }
      if (!roleHasPermission(auth.user.role, route.permission)) throw new ApiProblem("forbidden");

      const params = route.params ? route.params.safeParse(await context.params) : { success: true as const, data: {} };
      if (!params.success) throw new ApiProblem("not_found");
      const query = route.query ? route.query.safeParse(queryObject(new URL(request.url))) : { success: true as const, data: {} };
      if (!query.success) throw new ApiProblem("invalid_request", { errors: issuesToErrors(query.error.issues) });
      const body = route.body ? await readBody(request) : {};

      const meta = requestMetaFrom(request.headers);
      const ctx: ApiContext<z.output<P>, z.output<Q>> = {
        request,
        db,
        user: auth.user,
        tokenId: auth.tokenId,
        locale,
        params: params.data as z.output<P>,
        query: query.data as z.output<Q>,
        body,
        // The audit row of a change made through the API names the token (never its secret).
        meta: { ip: meta.ip, userAgent: `[api token ${auth.tokenId}] ${meta.userAgent ?? ""}`.trim() },
      };
      const result = await route.handle(ctx);
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(rateHeaders)) result.headers.set(name, value);
        return result;
      }
      return jsonResponse(request, result, route.successStatus ?? 200, locale, rateHeaders);
    } catch (error) {
      if (error instanceof ApiProblem) {
        const response = problemResponse(error, locale, instance);
        for (const [name, value] of Object.entries(rateHeaders)) response.headers.set(name, value);
        return response;
      }
      // Unexpected: a generic problem, never the error's text (it may hold SQL); the log keeps it.
      requestLogger({ requestId: requestIdFrom(request.headers) }).error({ err: error, path: instance }, "API request failed");
      return problemResponse(new ApiProblem("internal", { detailKey: "api.errors.internal" }), locale, instance);
    }
  };
}

function jsonResponse(request: Request, data: unknown, status: number, locale: string, extra: Record<string, string>): Response {
  const text = JSON.stringify(data);
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "private, no-cache",
    vary: "Authorization, Accept-Language",
    "content-language": locale,
    ...extra,
  };
  if (request.method === "GET" && status === 200) {
    const etag = strongEtag(text);
    headers.etag = etag;
    if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status, headers });
}

/**
 * Runs a change through the same rules as its server action (runMutation: permission, the
 * action's zod schema, agency scope, command and audit row in one transaction) and turns a
 * refusal into a problem. Returns the command's result.
 */
export async function apiMutate<S extends z.ZodType, R>(
  ctx: ApiContext<unknown, unknown>,
  core: MutationCore<S, R>,
  raw: Record<string, unknown>,
  revalidate: string[] = [],
  /** The API's name for a form field the schema or command names (a grid cell → values.3.value). */
  fieldName: (field: string) => string = (field) => field,
): Promise<R> {
  const outcome = await runMutation(ctx.user, raw, core, ctx.meta);
  switch (outcome.status) {
    case "ok":
      for (const path of revalidate) revalidatePath(path);
      return outcome.result;
    case "forbidden":
      throw new ApiProblem("forbidden");
    case "invalid":
      throw new ApiProblem("validation_failed", { detailKey: "errors.checkFields", errors: outcome.issues.map((i) => ({ field: fieldName(i.path.map(String).join(".") || "_"), messageKey: i.messageKey })) });
    case "refused":
      if (outcome.notFound) throw new ApiProblem("not_found");
      if (outcome.conflict) throw new ApiProblem("conflict", { detailKey: outcome.messageKey });
      throw new ApiProblem("refused", { detailKey: outcome.messageKey, errors: outcome.field ? [{ field: fieldName(outcome.field), messageKey: outcome.messageKey }] : undefined });
    case "duplicate":
      throw new ApiProblem("duplicate", { detailKey: "errors.duplicate" });
  }
}
