import { z } from "zod";
import { parsePeriod, periodLabelVi } from "@/lib/periods";
import { figureParagraphs } from "./news-figures";
import type { DocumentDirective, DocumentReportTable, DocumentTask, IndicatorSector } from "./records";
import { sentence } from "./wording";

/*
 * The content of the conclusion notice's draft (document_drafts, kind "conclusion_notice";
 * stored and saved by drafts.ts, as the minutes' draft): the wording of section I (the
 * assessment) and section II (the directions), one paragraph per line, and whether the
 * indicator table follows the assessment. Section III, the task table, always comes from the
 * tasks as they are. The first draft is written from the record: the key figures of the
 * indicator reports linked to the conference in prose, and the directives.
 */

export interface ConclusionContent {
  /** Section I, one paragraph per line. */
  assessment: string;
  /** The indicator table under the assessment. */
  includeIndicatorTable: boolean;
  /** Section II, one numbered direction per line. */
  directions: string;
}

const storedContent = z.object({
  assessment: z.string().catch(""),
  includeIndicatorTable: z.boolean().catch(true),
  directions: z.string().catch(""),
});

export function parseConclusionContent(value: unknown): ConclusionContent {
  const parsed = storedContent.safeParse(value ?? {});
  return parsed.success ? parsed.data : { assessment: "", includeIndicatorTable: true, directions: "" };
}

export interface ConclusionRecord {
  /** "6 tháng đầu năm 2012", or "" when the conference reviews no period. */
  period: string;
  reports: readonly DocumentReportTable[];
  sectors: ReadonlyMap<number, IndicatorSector>;
  directives: readonly DocumentDirective[];
  tasks: readonly DocumentTask[];
}

/** The reports that carry at least one figure (an empty report says nothing in a notice). */
export function reportsWithFigures(reports: readonly DocumentReportTable[]): DocumentReportTable[] {
  return reports.filter((report) => report.rows.some((row) => row.value !== null));
}

/** "Hội nghị đã nghe báo cáo …", then the key figures by sector as the seed article writes them. */
export function initialAssessment(record: Pick<ConclusionRecord, "period" | "reports" | "sectors">): string {
  const period = record.period ? ` ${record.period}` : "";
  const paragraphs = [sentence(`Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ${period} và ý kiến thảo luận của các đại biểu`)];
  const reports = reportsWithFigures(record.reports);
  for (const report of reports) {
    const opening = `Theo báo cáo ${periodLabelVi(report.periodCode)}${reports.length > 1 ? ` của ${report.agencyName}` : ""}`;
    paragraphs.push(...figureParagraphs(report.rows, (id) => record.sectors.get(id) ?? "general", parsePeriod(report.periodCode)?.year ?? null, opening));
  }
  return paragraphs.join("\n");
}

/**
 * One line per directive, in their order. Their tasks are not repeated here: section III lists
 * them with lead and coordinating units and deadlines, from the tasks as they are on the day.
 */
export function initialDirections(record: Pick<ConclusionRecord, "directives">): string {
  return record.directives.map((directive) => sentence(directive.text)).join("\n");
}

export function initialConclusionContent(record: ConclusionRecord): ConclusionContent {
  return { assessment: initialAssessment(record), includeIndicatorTable: reportsWithFigures(record.reports).length > 0, directions: initialDirections(record) };
}
