import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateApiTypes } from "./client-types";
import { buildOpenApi } from "./openapi";
import { apiRoutes } from "./registry";

/*
 * The description is checked against the handlers: every /api/v1 route file's methods are
 * documented operations (and every operation has its file), and every example validates
 * against the very schemas the handler uses.
 */

const root = path.resolve(__dirname, "../../app/api/v1");
// Public routes that describe the API rather than being part of it.
const UNDOCUMENTED = new Set(["/openapi.json", "/docs"]);

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

describe("OpenAPI description", () => {
  it("documents every method of every /api/v1 route file, and nothing else", () => {
    const fromFiles = routeFiles(root).flatMap((file) => {
      const apiPath = `/${path.relative(root, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
      if (UNDOCUMENTED.has(apiPath)) return [];
      const methods = [...fs.readFileSync(file, "utf8").matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      expect(methods.length, file).toBeGreaterThan(0);
      return methods.map((method) => `${method} ${apiPath}`);
    });
    const documented = apiRoutes.map((route) => `${route.method} ${route.path}`);
    expect([...fromFiles].sort()).toEqual([...documented].sort());
    const spec = buildOpenApi() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(spec.openapi).toBe("3.1.0");
    for (const route of apiRoutes) expect(spec.paths[route.path][route.method.toLowerCase()], route.operationId).toBeDefined();
    expect(new Set(apiRoutes.map((r) => r.operationId)).size).toBe(apiRoutes.length);
  });

  it("has examples that validate against the handlers' own schemas", () => {
    for (const route of apiRoutes) {
      const { example } = route;
      if (route.params) expect(route.params.safeParse(example.params).success, `${route.operationId} params`).toBe(true);
      if (route.query) expect(route.query.safeParse(example.query ?? {}).error, `${route.operationId} query`).toBeUndefined();
      if (route.body) {
        expect(example.body, `${route.operationId} body example`).toBeDefined();
        expect(route.body.safeParse(example.body).error, `${route.operationId} body`).toBeUndefined();
      }
      if (!route.fileContentType) expect(route.response.safeParse(example.response).error, `${route.operationId} response`).toBeUndefined();
    }
  });

  it("every path parameter is declared by the route's params schema", () => {
    for (const route of apiRoutes) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = route.params ? Object.keys((route.params as unknown as { shape: Record<string, unknown> }).shape) : [];
      expect(declared.sort(), route.operationId).toEqual(names.sort());
    }
  });
});

describe("generated client types (e2e/api/schema.d.ts)", () => {
  // `npm run api:types` rewrites the file; otherwise it must match the description.
  const file = path.resolve(__dirname, "../../e2e/api/schema.d.ts");
  it("match the description", async () => {
    const generated = await generateApiTypes();
    if (process.env.UPDATE_API_TYPES === "1") fs.writeFileSync(file, generated);
    expect(fs.readFileSync(file, "utf8")).toBe(generated);
  });
});
