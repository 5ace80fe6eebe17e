import { templateResponse } from "@/lib/indicators/export-template-route";

/** GET /api/reports/[id]/template.csv — the import template as CSV (UTF-8 with BOM, ";"). Same checks as the .xlsx. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return templateResponse((await params).id, "csv");
}
