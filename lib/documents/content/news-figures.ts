import type { directiveSectors } from "@/db/schema";
import { formatNumber } from "@/lib/format";
import { describeGrowthVi, describePercentOfPlanVi } from "@/lib/indicators/compute";
import type { ReportTableRow } from "@/lib/indicators/report-table";
import { lowerFirst, upperFirst } from "./wording";

/*
 * The report's figures in prose, as the seed article writes them: "doanh thu dịch vụ viễn
 * thông ước đạt 89,16 tỷ đồng; thuê bao điện thoại ước đạt 468.112 thuê bao, tăng 9% so với
 * cùng kỳ năm 2011". Computed comparisons where a base exists; otherwise the unit's own,
 * as reported; both when they disagree. A base the app does not have is never invented.
 */

type Sector = (typeof directiveSectors)[number];

const SECTOR_LEAD_IN: Record<Sector, string> = {
  postal_telecom: "Trong lĩnh vực bưu chính, viễn thông",
  broadcasting: "Về phát thanh, truyền hình",
  printing: "Hoạt động in",
  publishing: "Hoạt động xuất bản, phát hành",
  it: "Về ứng dụng công nghệ thông tin trong các cơ quan nhà nước",
  press: "Về hoạt động báo chí",
  general: "Các chỉ tiêu khác",
};

const VERB: Record<NonNullable<ReportTableRow["status"]>, string> = { estimated: "ước đạt", preliminary: "sơ bộ đạt", official: "đạt" };

/** "89,16 tỷ đồng", "94%". */
export function quantity(row: Pick<ReportTableRow, "value" | "decimals" | "unit">): string {
  const value = formatNumber(row.value, row.decimals);
  return row.unit.trim() === "%" ? `${value}%` : `${value} ${row.unit}`;
}

/** "tăng 9% so với cùng kỳ năm 2011", "đạt 50% kế hoạch năm"; computed first, the unit's figure beside it when they disagree. */
export function comparisonPhrases(row: ReportTableRow, year: number | null): string[] {
  const phrases: string[] = [];
  const sameTime = year ? ` so với cùng kỳ năm ${year - 1}` : " so với cùng kỳ";
  const computedGrowth = row.yoy ? describeGrowthVi(row.yoy.growth) : "";
  const reportedGrowth = describeGrowthVi(row.reportedGrowthPercent);
  if (computedGrowth) phrases.push(`${computedGrowth}${sameTime}${reportedGrowth && row.growthDisagrees ? ` (theo báo cáo của đơn vị: ${reportedGrowth})` : ""}`);
  else if (reportedGrowth) phrases.push(`${reportedGrowth}${sameTime}`);
  const computedPlan = describePercentOfPlanVi(row.percentOfPlan);
  const reportedPlan = describePercentOfPlanVi(row.reportedPlanPercent);
  if (computedPlan) phrases.push(`${computedPlan}${reportedPlan && row.planDisagrees ? ` (theo báo cáo của đơn vị: ${reportedPlan})` : ""}`);
  else if (reportedPlan) phrases.push(reportedPlan);
  return phrases;
}

/** One indicator with its "trong đó" rows: "thời lượng … ước đạt 6.612 giờ, đạt 50% kế hoạch năm, trong đó … là 821 giờ". */
export function figurePhrase(row: ReportTableRow, children: readonly ReportTableRow[], year: number | null): string {
  const verb = VERB[row.status ?? "official"];
  const comparisons = comparisonPhrases(row, year);
  const parts = [`${lowerFirst(row.nameVi)} ${verb} ${quantity(row)}`, ...comparisons];
  for (const child of children) parts.push(`trong đó ${lowerFirst(child.nameVi)} là ${quantity(child)}`);
  return parts.join(", ");
}

/**
 * Paragraphs by sector, in the table's order. `sectorOf` gives each indicator's sector;
 * `opening` starts the first paragraph ("Theo báo cáo 6 tháng đầu năm 2012").
 */
export function figureParagraphs(rows: readonly ReportTableRow[], sectorOf: (indicatorId: number) => Sector, year: number | null, opening: string): string[] {
  const withValue = rows.filter((row) => row.value !== null);
  const ids = new Set(withValue.map((row) => row.indicatorId));
  const tops = withValue.filter((row) => row.parentId === null || !ids.has(row.parentId));
  const bySector = new Map<Sector, string[]>();
  for (const row of tops) {
    const children = withValue.filter((child) => child.parentId === row.indicatorId);
    const sector = sectorOf(row.indicatorId);
    const list = bySector.get(sector) ?? [];
    list.push(figurePhrase(row, children, year));
    bySector.set(sector, list);
  }
  return [...bySector].map(([sector, phrases], i) => {
    const leadIn = i === 0 && opening ? `${opening}, ${lowerFirst(SECTOR_LEAD_IN[sector])}` : SECTOR_LEAD_IN[sector];
    return `${upperFirst(leadIn)}: ${phrases.join("; ")}.`;
  });
}
