import { getDb } from "@/db/client";
import { checkHealth } from "@/lib/health";
import { logger } from "@/lib/logger";

/** GET /api/health: 200 when the app and its database answer, 503 otherwise. Public, no secrets. */
export async function GET() {
  const report = await checkHealth(getDb);
  if (report.status !== "ok") logger.warn(report, "health check failed");
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
