import type { DocumentBlock } from "@/lib/documents/spec";
import { formatNumber } from "@/lib/format";
import { describeGrowthVi, describePercentOfPlanVi, describeYearOnYearVi } from "@/lib/indicators/compute";
import { indicatorRowNumbers } from "@/lib/indicators/report-order";
import type { ReportTableRow } from "@/lib/indicators/report-table";
import type { DocumentTask } from "./records";
import { documentShortDate } from "./wording";

/*
 * Column widths are percentages of the 165 mm text width: "STT" needs about 12 mm at 13 pt
 * bold with the cell padding, a date ("31/12/2012") about 24 mm, so neither wraps.
 *
 * The tables of the documents as rows of text: the indicator table as the report page shows
 * it (computed comparisons where a base exists, the reported ones beside them, both when they
 * disagree) and the task table of the conclusion notice.
 */

export const INDICATOR_TABLE_HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "So với cùng kỳ", "So với kế hoạch năm"];
export const TASK_TABLE_HEADER = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"];
export const ONGOING_VI = "Thường xuyên";

const asReported = (text: string) => (text ? `${text} (theo báo cáo)` : "");

/** "bằng 109% cùng kỳ, tăng 9%", or the unit's own "tăng 9% (theo báo cáo)", or both when they disagree. */
export function yearOnYearCell(row: ReportTableRow): string {
  const computed = describeYearOnYearVi(row.yoy);
  const reported = asReported(describeGrowthVi(row.reportedGrowthPercent));
  if (computed && reported) return row.growthDisagrees ? `${computed}; ${reported}` : computed;
  return computed || reported || "—";
}

export function planCell(row: ReportTableRow): string {
  const computed = describePercentOfPlanVi(row.percentOfPlan);
  const reported = asReported(describePercentOfPlanVi(row.reportedPlanPercent));
  if (computed && reported) return row.planDisagrees ? `${computed}; ${reported}` : computed;
  return computed || reported || "—";
}

/** The indicator table block: rows with a figure (an indicator the unit left empty says nothing in a notice). */
export function indicatorTableBlock(rows: readonly ReportTableRow[]): DocumentBlock {
  const shown = rows.filter((row) => row.value !== null);
  const numbers = indicatorRowNumbers(shown);
  return {
    type: "table",
    header: INDICATOR_TABLE_HEADER,
    widths: [8, 34, 12, 14, 16, 16],
    numericColumns: [3],
    rows: shown.map((row) => [
      numbers.get(row.indicatorId) ?? "",
      row.depth > 0 ? `Trong đó: ${row.nameVi}` : row.nameVi,
      row.unit,
      formatNumber(row.value, row.decimals),
      yearOnYearCell(row),
      planCell(row),
    ]),
  };
}

export function deadlineText(deadline: string | null): string {
  return deadline ? documentShortDate(deadline) : ONGOING_VI;
}

/** STT, nội dung, đơn vị chủ trì, đơn vị phối hợp, thời hạn ("Thường xuyên" without a deadline). */
export function taskTableBlock(list: readonly DocumentTask[]): DocumentBlock {
  return {
    type: "table",
    header: TASK_TABLE_HEADER,
    widths: [8, 40, 18, 18, 16],
    rows: list.map((task, i) => [String(i + 1), task.title, task.leadAgencyName, task.coordinators.map((unit) => unit.name).join("; "), deadlineText(task.deadline)]),
  };
}
