import { getTranslations } from "@/lib/i18n/server";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { getDb } from "@/db/client";
import { safeFileName, templateLabels } from "./export-labels";
import { attachment, authorizeReportDownload, plainResponse, XLSX_TYPE } from "./export-routes";
import { buildTemplateCsv, buildTemplateWorkbook } from "./import-template";
import { loadReportForEdit } from "./report-values";

/** GET /api/reports/[id]/template.xlsx and template.csv: the import template of a report the user may see. */
export async function templateResponse(idParam: string, format: "xlsx" | "csv"): Promise<Response> {
  const access = await authorizeReportDownload(idParam);
  if (!access.ok) return access.response;
  const edit = await loadReportForEdit(getDb(), access.value.id);
  if (!edit) return plainResponse(404, "Not found");
  const t = await getTranslations();
  const periodText = (await getPeriodLabel())(edit.report.periodCode);
  const source = { report: edit.report, rows: edit.rows, periodText };
  const labels = templateLabels(t);
  const name = safeFileName(t("reportImport.template.fileName", { agency: edit.report.agencyName, period: periodText }));
  if (format === "csv") return attachment(buildTemplateCsv(source, labels), `${name}.csv`, "text/csv; charset=utf-8");
  return attachment(await buildTemplateWorkbook(source, labels), `${name}.xlsx`, XLSX_TYPE);
}
