import type { Db } from "@/db/client";
import type { DocumentBlock } from "@/lib/documents/spec";
import { deriveTaskStatus, onTimeRateFromCounts, TASK_STATUS_LABELS_VI, TASK_STATUSES, type TaskStatus } from "@/lib/tasks/status";
import { formatNumber } from "@/lib/format";
import { archiveUnit, assembleSpec, type BuiltDocument, type ConferenceContext, defaultSigner, hostName, loadConferenceContext } from "./context";
import { deadlineText } from "./indicator-table";
import {
  type DocumentDirective,
  type DocumentTask,
  type IssuedRef,
  latestIssued,
  listDocumentDirectives,
  listDocumentTasks,
  loadTaskEvidence,
  type TaskEvidence,
  taskUnits,
} from "./records";
import { archiveLine, documentShortDate, recipientsBlock, sentence, type SignerInput, vietnamDate } from "./wording";

/*
 * Báo cáo kết quả thực hiện kết luận (BC), for the next conference: each directive of the
 * conference reviewed (the previous one, or the conference itself when asked) with each task's
 * status in the words of QĐ 42/2014 on the day of the report, and the evidence units reported,
 * then the counts and the on-time rate.
 */

export type FollowUpSubject = "previous" | "self";

export interface FollowUpData {
  /** The conference that issues the report (its host is the issuing body). */
  issuer: ConferenceContext;
  /** The conference whose conclusions are reported on. */
  subject: ConferenceContext;
  notice: IssuedRef | null;
  directives: DocumentDirective[];
  tasks: DocumentTask[];
  evidence: Map<number, TaskEvidence>;
}

/** Null when the conference does not exist, or the previous one is asked for and there is none. */
export async function loadFollowUpData(db: Db, conferenceId: number, subject: FollowUpSubject): Promise<FollowUpData | null> {
  const issuer = await loadConferenceContext(db, conferenceId);
  if (!issuer) return null;
  const subjectId = subject === "self" ? conferenceId : issuer.conference.previousConferenceId;
  if (subjectId === null) return null;
  const subjectContext = subjectId === conferenceId ? issuer : await loadConferenceContext(db, subjectId);
  if (!subjectContext) return null;
  const [directiveRows, taskRows, notice] = await Promise.all([
    listDocumentDirectives(db, subjectId),
    listDocumentTasks(db, subjectId),
    latestIssued(db, subjectId, "conclusion_notice"),
  ]);
  const evidence = await loadTaskEvidence(
    db,
    taskRows.map((task) => task.id),
  );
  return { issuer, subject: subjectContext, notice, directives: directiveRows, tasks: taskRows, evidence };
}

/** "Đã hoàn thành đúng hạn. Đã kiểm tra 20/20 đơn vị. Văn bản: số 112/BC-STTTT ngày 24/9/2012." */
export function evidenceText(evidence: TaskEvidence | undefined, status: TaskStatus): string {
  if (!evidence) return "";
  const parts: string[] = [];
  if (evidence.latestText) {
    const open = status === "open_within_deadline" || status === "open_overdue" || status === "ongoing";
    const percent = open && evidence.latestPercent !== null ? ` (đạt ${evidence.latestPercent}%)` : "";
    parts.push(sentence(`${evidence.latestText.trim().replace(/[.]$/, "")}${percent}`));
  }
  if (evidence.documents.length > 0) {
    const docs = evidence.documents.map((doc) => `số ${doc.number}${doc.date ? ` ngày ${documentShortDate(doc.date)}` : ""}`);
    parts.push(sentence(`Văn bản: ${docs.join("; ")}`));
  }
  return parts.join(" ");
}

export interface StatusCounts {
  total: number;
  byStatus: Record<TaskStatus, number>;
  /** "66,67" or null when nothing is completed. */
  onTimeRate: string | null;
}

export function countStatuses(statuses: readonly TaskStatus[]): StatusCounts {
  const byStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const status of statuses) byStatus[status]++;
  const rate = onTimeRateFromCounts(byStatus.completed_on_time, byStatus.completed_late).rate;
  return { total: statuses.length, byStatus, onTimeRate: rate === null ? null : formatNumber(rate) };
}

/** "Tổng số 5 nhiệm vụ thuộc 3 ý kiến chỉ đạo: Đã hoàn thành đúng hạn 2; …; tỷ lệ hoàn thành đúng hạn 66,67%." */
export function summaryLine(counts: StatusCounts, directiveCount: number, asOf: string): string {
  const parts = TASK_STATUSES.map((status) => `${TASK_STATUS_LABELS_VI[status]}: ${counts.byStatus[status]}`);
  const rate = counts.onTimeRate === null ? "chưa có nhiệm vụ hoàn thành để tính tỷ lệ hoàn thành đúng hạn" : `tỷ lệ hoàn thành đúng hạn ${counts.onTimeRate}% (trên số nhiệm vụ đã hoàn thành)`;
  return `Tính đến ngày ${documentShortDate(asOf)}, tổng số ${counts.total} nhiệm vụ thuộc ${directiveCount} ý kiến chỉ đạo, trong đó: ${parts.join("; ")}; ${rate}.`;
}

export const FOLLOW_UP_TABLE_HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tình trạng", "Kết quả, minh chứng"];
/** Percent of the text width; "STT" and the dates on one line (see indicator-table.ts). */
export const FOLLOW_UP_TABLE_WIDTHS = [8, 27, 16, 16, 14, 19];

export function buildFollowUpReport(data: FollowUpData, options: { date: string; today: string; signer?: SignerInput }): BuiltDocument {
  const { issuer, subject } = data;
  // Statuses on the report's date, but never ahead of today: what has not happened is not known.
  const asOf = options.date < options.today ? options.date : options.today;
  const statusOf = (task: DocumentTask) => deriveTaskStatus(task, asOf).status;
  const statuses = new Map(data.tasks.map((task) => [task.id, statusOf(task)]));
  const held = documentShortDate(vietnamDate(subject.conference.startsAt));
  const body: DocumentBlock[] = [];
  const basis = data.notice
    ? `Thực hiện Thông báo số ${data.notice.symbol} ngày ${documentShortDate(data.notice.issuedOn)} kết luận tại ${subject.conference.title} (ngày ${held})`
    : `Thực hiện kết luận tại ${subject.conference.title} ngày ${held}`;
  body.push({ type: "paragraph", text: `${basis}, ${hostName(issuer)} báo cáo kết quả thực hiện như sau:` });

  body.push({ type: "heading", text: "I. KẾT QUẢ CHUNG" });
  body.push({ type: "paragraph", text: summaryLine(countStatuses([...statuses.values()]), data.directives.length, asOf) });

  body.push({ type: "heading", text: "II. KẾT QUẢ THỰC HIỆN TỪNG Ý KIẾN CHỈ ĐẠO" });
  data.directives.forEach((directive, i) => {
    body.push({ type: "paragraph", text: `${i + 1}. ${sentence(directive.text)}`, bold: true });
    const own = data.tasks.filter((task) => task.directiveId === directive.id);
    if (own.length === 0) {
      body.push({ type: "paragraph", text: "Chưa giao nhiệm vụ cụ thể.", italic: true });
      return;
    }
    body.push({
      type: "table",
      header: FOLLOW_UP_TABLE_HEADER,
      widths: FOLLOW_UP_TABLE_WIDTHS,
      rows: own.map((task, j) => {
        const status = statuses.get(task.id) ?? "ongoing";
        return [`${i + 1}.${j + 1}`, task.title, task.leadAgencyName, deadlineText(task.deadline), TASK_STATUS_LABELS_VI[status], evidenceText(data.evidence.get(task.id), status)];
      }),
    });
  });
  if (data.directives.length === 0) body.push({ type: "paragraph", text: "Hội nghị không có ý kiến chỉ đạo cần báo cáo." });
  body.push({ type: "paragraph", text: `Trên đây là báo cáo kết quả thực hiện kết luận tại ${subject.conference.title} của ${hostName(issuer)}./.` });

  const units = taskUnits(data.tasks);
  const summary = `Kết quả thực hiện kết luận tại ${subject.conference.title}`;
  return {
    spec: assembleSpec(issuer, {
      kind: "follow_up_report",
      date: options.date,
      title: "BÁO CÁO",
      summary,
      body,
      signer: options.signer ?? defaultSigner(issuer),
      recipients: recipientsBlock(
        units.map((unit) => unit.name),
        archiveLine(archiveUnit(issuer)),
      ),
    }),
    issuingAgencyId: issuer.host.id,
    registerTitle: `Báo cáo kết quả thực hiện kết luận tại ${subject.conference.title}`,
    recipientAgencyIds: units.map((unit) => unit.id),
  };
}

export async function followUpReportDocument(
  db: Db,
  conferenceId: number,
  options: { date: string; today: string; subject: FollowUpSubject; signer?: SignerInput },
): Promise<BuiltDocument | null> {
  const data = await loadFollowUpData(db, conferenceId, options.subject);
  return data ? buildFollowUpReport(data, options) : null;
}
