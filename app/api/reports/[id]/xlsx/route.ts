import { reportXlsxResponse } from "@/lib/indicators/export-report-route";

/**
 * GET /api/reports/[id]/xlsx — the report table as .xlsx. Checks the session, the permission
 * and the report's visibility itself (a unit officer: only their own agency's, else 404).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return reportXlsxResponse((await params).id);
}
