import { z } from "zod";
import { apiTokenScopes } from "@/db/schema";
import { API_RATE_LIMIT_PER_MINUTE } from "./tokens";
import { problemCodes } from "./problem";
import { apiRoutes } from "./registry";
import type { ApiRoute } from "./route";

/*
 * The OpenAPI 3.1 description, generated from the routes' own zod schemas (z.toJSONSchema):
 * the schema that validates a request body is the one documented, inputs as the client
 * sends them, responses as the server writes them. Built once per process.
 */

type JsonSchema = Record<string, unknown>;

const problemSchema = z.object({
  type: z.string().meta({ example: "/api/v1/docs#problem-validation_failed" }),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string(),
  errors: z.array(z.object({ field: z.string(), detail: z.string() })).optional(),
});

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  return rest;
}

function parameters(route: ApiRoute): JsonSchema[] {
  const result: JsonSchema[] = [];
  for (const [where, schema] of [["path", route.params], ["query", route.query]] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const { description, ...propertySchema } = property;
      result.push({ name, in: where, required: where === "path" || (object.required ?? []).includes(name), ...(description ? { description } : {}), schema: propertySchema });
    }
  }
  return result;
}

const problemResponse = (status: number) => ({
  description: String(status),
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

function operation(route: ApiRoute): JsonSchema {
  const success = route.successStatus ?? 200;
  const responses: Record<string, unknown> = {
    [success]: route.fileContentType
      ? { description: "The file", content: { [route.fileContentType]: { schema: { type: "string", contentMediaType: route.fileContentType } } } }
      : { description: "OK", content: { "application/json": { schema: jsonSchema(route.response, "output"), ...(route.example.response ? { example: route.example.response } : {}) } } },
  };
  if (route.method === "GET" && !route.fileContentType) responses["304"] = { description: "Not modified (If-None-Match matched the ETag)" };
  for (const code of route.problems) responses[String(problemCodes[code])] ??= problemResponse(problemCodes[code]);
  responses["500"] ??= problemResponse(500);
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    security: [{ bearerToken: [route.scope] }],
    "x-required-scope": route.scope,
    "x-required-permission": route.permission,
    parameters: parameters(route),
    ...(route.body
      ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input"), ...(route.example.body ? { example: route.example.body } : {}) } } } }
      : {}),
    responses,
  };
}

export function buildOpenApi(routes: readonly ApiRoute[] = apiRoutes): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "Nghị Sự API",
      version: "1.0.0",
      description:
        "Conferences, directives, tasks, indicator reports and documents for the province's other systems. " +
        "Every call acts as the token's owner, with exactly the permissions and unit scope the pages give that account. " +
        `Keyset pages (cursor), updated_since for sync, ETag/If-None-Match, RFC 9457 problems in Vietnamese or English (Accept-Language), ${API_RATE_LIMIT_PER_MINUTE} calls per token per minute (429 + Retry-After).`,
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerToken: ["read"] }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: `A personal or integration token from /account/tokens (nsk_…). Scopes: ${apiTokenScopes.join(", ")}.` },
      },
      schemas: { Problem: jsonSchema(problemSchema, "output") },
    },
  };
}

let built: string | undefined;
/** The description as JSON text, built on first use. */
export function openApiText(): string {
  built ??= JSON.stringify(buildOpenApi());
  return built;
}
