import { consolidatedXlsxResponse } from "@/lib/indicators/export-report-route";

/** GET /api/reports/consolidated.xlsx?period=2012-H1 — the period's consolidated table as .xlsx (not for unit officers). */
export async function GET(request: Request): Promise<Response> {
  return consolidatedXlsxResponse(new URL(request.url).searchParams.get("period"));
}
