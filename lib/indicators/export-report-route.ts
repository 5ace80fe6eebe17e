import { eq } from "drizzle-orm";
import { getTranslations } from "@/lib/i18n/server";
import { getPeriodLabel } from "@/components/conferences/period-label";
import { getDb } from "@/db/client";
import { reportingPeriods } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { PERIOD_REGEX } from "@/lib/periods";
import { consolidatedSheetLabels, reportSheetLabels, safeFileName } from "./export-labels";
import { attachment, authorizeIndicatorDownload, authorizeReportDownload, plainResponse, XLSX_TYPE } from "./export-routes";
import { buildConsolidatedWorkbook, buildReportWorkbook } from "./export-xlsx";
import { loadConsolidated } from "./report-consolidated";
import { loadReportTable } from "./report-table";

/** GET /api/reports/[id]/xlsx: the report table, the same rows as the report page. */
export async function reportXlsxResponse(idParam: string): Promise<Response> {
  const access = await authorizeReportDownload(idParam);
  if (!access.ok) return access.response;
  const report = access.value;
  const rows = await loadReportTable(getDb(), report);
  const t = await getTranslations();
  const periodText = (await getPeriodLabel())(report.periodCode);
  const labels = reportSheetLabels(t, {
    agencyName: report.agencyName,
    periodText,
    statusText: t(`reportImport.reportStatuses.${report.status}`),
    exportedAt: formatDateTime(new Date()),
  });
  const name = safeFileName(t("reportImport.export.reportFileName", { agency: report.agencyName, period: periodText }));
  return attachment(await buildReportWorkbook(rows, labels), `${name}.xlsx`, XLSX_TYPE);
}

/**
 * GET /api/reports/consolidated.xlsx?period=2012-H1: the period's consolidated table. It sums
 * every unit's figures, so a unit officer (who sees only their own agency's) is refused, as
 * the consolidated page is absent from their screens.
 */
export async function consolidatedXlsxResponse(period: string | null): Promise<Response> {
  const access = await authorizeIndicatorDownload();
  if (!access.ok) return access.response;
  if (access.user.role === "unit_officer") return plainResponse(403, "Forbidden");
  if (!period || !PERIOD_REGEX.test(period)) return plainResponse(400, "Bad request: period");
  const db = getDb();
  const [known] = await db.select({ code: reportingPeriods.code }).from(reportingPeriods).where(eq(reportingPeriods.code, period)).limit(1);
  if (!known) return plainResponse(404, "Not found");
  const consolidated = await loadConsolidated(db, period);
  const t = await getTranslations();
  const periodText = (await getPeriodLabel())(period);
  const labels = consolidatedSheetLabels(t, { periodText, reportCount: consolidated.reportCount, exportedAt: formatDateTime(new Date()) });
  const name = safeFileName(t("reportImport.export.consolidatedFileName", { period: periodText }));
  return attachment(await buildConsolidatedWorkbook(consolidated.rows, labels), `${name}.xlsx`, XLSX_TYPE);
}
