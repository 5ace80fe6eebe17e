import { vi } from "vitest";
import type { users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";

/**
 * Lets a test call server actions outside Next: the session, request headers,
 * translations (a key translates to itself), revalidation and redirect are replaced;
 * everything behind mutate() runs for real on the database. Import this module before
 * importing the actions under test (`const actions = await import("./actions")`).
 */
// A plain object (not vi.hoisted): vi.mock factories run lazily, after this module has loaded.
export const request: { user: CurrentUser | null } = { user: null };

export class Redirected extends Error {
  constructor(readonly url: string) {
    super(url);
  }
}

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => request.user }));
vi.mock("@/lib/i18n/server", () => ({ getTranslations: async () => Object.assign((key: string) => key, { has: () => true }) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));

export function form(values: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, String(value));
  return data;
}

/** The session user for an account row. */
export const signedIn = (row: typeof users.$inferSelect): CurrentUser => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role,
  agencyId: row.agencyId,
  agencyName: null,
});
