import type { Db } from "@/db/client";
import { indicatorReporters, indicatorReports, indicators, indicatorValues, type ReportStatus, reportingPeriods } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import type { CommandContext } from "@/lib/commands";
import { unique } from "@/test/factories";
import type { ImportSheetLabels } from "./import-parse";
import type { ImportContext } from "./import-validate";

/* Test-only words and builders for the import and export tests (test/factories.ts stays shared and untouched). */

export const VI_LABELS: ImportSheetLabels = {
  columns: {
    code: "Mã chỉ tiêu",
    name: "Tên chỉ tiêu",
    unit: "Đơn vị tính",
    value: "Giá trị",
    status: "Tình trạng số liệu",
    note: "Ghi chú",
    growth: "Tăng/giảm so cùng kỳ theo báo cáo (%)",
    plan: "% kế hoạch năm theo báo cáo",
  },
  agency: "Đơn vị báo cáo",
  periodCode: "Mã kỳ báo cáo",
  decimalMark: "Dấu thập phân",
};

export const EN_LABELS: ImportSheetLabels = {
  columns: { code: "Indicator code", name: "Indicator name", unit: "Unit of measure", value: "Value", status: "Figure status", note: "Note", growth: "YoY", plan: "Plan" },
  agency: "Reporting unit",
  periodCode: "Period code",
  decimalMark: "Decimal mark",
};

export const STATUS_LABELS: ImportContext["statusLabels"] = {
  estimated: ["Ước đạt", "Estimated"],
  preliminary: ["Sơ bộ", "Preliminary"],
  official: ["Chính thức", "Official"],
};

export function importContext(db: Db, entries: AuditEntry[] = [], actorId: number | null = null): CommandContext {
  return { tx: db, actorId, audit: async (entry) => void entries.push(entry) };
}

export async function createImportIndicator(db: Db, values: Partial<typeof indicators.$inferInsert> & { reporters?: number[] } = {}) {
  const { reporters = [], ...rest } = values;
  const [row] = await db
    .insert(indicators)
    .values({ code: unique("IM").toUpperCase(), nameVi: unique("Chỉ tiêu"), unit: "thuê bao", kind: "stock", ...rest })
    .returning();
  if (reporters.length > 0) await db.insert(indicatorReporters).values(reporters.map((agencyId) => ({ indicatorId: row.id, agencyId })));
  return row;
}

export async function createImportReport(db: Db, values: { agencyId: number; periodCode?: string; status?: ReportStatus }) {
  const periodCode = values.periodCode ?? "2012-H1";
  await db.insert(reportingPeriods).values({ code: periodCode, dueOn: `${periodCode.slice(0, 4)}-12-31` }).onConflictDoNothing();
  const [row] = await db.insert(indicatorReports).values({ agencyId: values.agencyId, periodCode, status: values.status ?? "draft" }).returning();
  return row;
}

export async function insertImportValue(db: Db, reportId: number, indicatorId: number, value: string, extra: Partial<typeof indicatorValues.$inferInsert> = {}) {
  const [row] = await db.insert(indicatorValues).values({ reportId, indicatorId, value, ...extra }).returning();
  return row;
}
