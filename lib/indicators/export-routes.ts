import { attachmentDisposition } from "@/lib/attendance/roster-xlsx";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/session";
import { loadVisibleReport, type ReportHeader } from "./report-queries";

/*
 * What every download of a report checks for itself (a route handler is its own endpoint,
 * the page that links to it protects nothing): signed in (401), allowed to read indicator
 * reports (403), and the report exists and is visible to the user — a unit officer sees only
 * their own agency's, so another agency's report answers 404 exactly like an unknown id.
 */

export { XLSX_TYPE } from "@/lib/xlsx";

export const plainResponse = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

export type Access<T> = { ok: true; user: CurrentUser; value: T } | { ok: false; response: Response };

export async function authorizeIndicatorDownload(): Promise<Access<null>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: plainResponse(401, "Unauthorized") };
  if (!can(user, "indicators.view")) return { ok: false, response: plainResponse(403, "Forbidden") };
  return { ok: true, user, value: null };
}

export async function authorizeReportDownload(idParam: string): Promise<Access<ReportHeader>> {
  const access = await authorizeIndicatorDownload();
  if (!access.ok) return access;
  const id = /^\d{1,9}$/.test(idParam) ? Number(idParam) : 0;
  const report = await loadVisibleReport(getDb(), id, access.user);
  if (!report) return { ok: false, response: plainResponse(404, "Not found") };
  return { ok: true, user: access.user, value: report };
}

export function attachment(body: Buffer | string, fileName: string, contentType: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: { "Content-Type": contentType, "Content-Disposition": attachmentDisposition(fileName), "Cache-Control": "private, no-store" },
  });
}
