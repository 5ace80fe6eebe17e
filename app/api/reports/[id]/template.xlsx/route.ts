import { templateResponse } from "@/lib/indicators/export-template-route";

/**
 * GET /api/reports/[id]/template.xlsx — the import template of the report (its agency's
 * indicators for its period, with what is already entered). Checks the session, the
 * permission and the report's visibility itself (401/403/404).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return templateResponse((await params).id, "xlsx");
}
