import { createHash } from "node:crypto";
import { z } from "zod";
import type { ApiTokenScope } from "@/db/schema";
import type { Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import type { RequestMeta } from "@/lib/audit";
import type { Db } from "@/db/client";
import type { ApiLocale, ProblemCode } from "./problem";

/**
 * One /api/v1 operation: what the OpenAPI description says about it and what runs. The
 * same object gives the route handler (./handler.ts) and the spec (./openapi.ts), so the
 * schemas that validate a request are the ones documented.
 */
export interface ApiRoute<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  method: "GET" | "POST";
  /** OpenAPI path under /api/v1, e.g. "/tasks/{id}". */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  scope: ApiTokenScope;
  /** The role must hold it (the same table as the pages); agency scope is checked by the handler's queries and commands. */
  permission: Permission;
  params?: P;
  query?: Q;
  /** The request body: the very schema the server action validates with. */
  body?: z.ZodType;
  response: R;
  successStatus?: 200 | 201;
  /** A file instead of JSON (the response schema is then ignored). */
  fileContentType?: string;
  problems: ProblemCode[];
  example: { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: Record<string, unknown>; response?: z.input<R> };
  handle: (ctx: ApiContext<z.output<P>, z.output<Q>>) => Promise<z.input<R> | Response>;
}

export interface ApiContext<P, Q> {
  request: Request;
  db: Db;
  user: CurrentUser;
  tokenId: number;
  locale: ApiLocale;
  params: P;
  query: Q;
  /** The parsed JSON body, unvalidated: writes hand it to the shared mutation, which validates it. */
  body: Record<string, unknown>;
  meta: RequestMeta;
}

export function defineApiRoute<P extends z.ZodType = z.ZodObject<{}>, Q extends z.ZodType = z.ZodObject<{}>, R extends z.ZodType = z.ZodType>(route: ApiRoute<P, Q, R>): ApiRoute<P, Q, R> {
  return route;
}

export const idParams = z.object({ id: z.coerce.number().int().positive().max(2147483647).meta({ description: "Id", example: 1 }) });

export function strongEtag(text: string): string {
  return `"${createHash("sha256").update(text, "utf8").digest("base64url").slice(0, 32)}"`;
}
