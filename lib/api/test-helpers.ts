import { vi } from "vitest";
import type { Db } from "@/db/client";
import type { ApiTokenScope, users } from "@/db/schema";
import { createApiToken } from "./tokens";

/*
 * Calls /api/v1 route handlers outside Next, as a client would: a Request with a bearer
 * token; everything behind the handler runs for real on the test database. Import before
 * the route modules. Revalidation is a no-op outside Next.
 */
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

export async function tokenFor(db: Db, owner: typeof users.$inferSelect, scopes: ApiTokenScope[] = ["read"], expiresInDays = 30): Promise<string> {
  const { token } = await db.transaction((tx) => createApiToken({ tx, audit: async () => undefined }, { ownerId: owner.id, name: "test", scopes, expiresInDays, createdById: null }));
  return token;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface CallOptions {
  token?: string;
  method?: "GET" | "POST";
  body?: unknown;
  headers?: Record<string, string>;
  params?: Record<string, string | number>;
}

export async function call(handler: Handler, path: string, options: CallOptions = {}): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`https://nghisu.example.vn/api/v1${path}`, { method: options.method ?? "GET", headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const params = Object.fromEntries(Object.entries(options.params ?? {}).map(([k, v]) => [k, String(v)]));
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
