import type { Db } from "@/db/client";
import type { DocumentBlock } from "@/lib/documents/spec";
import { periodLabelVi } from "@/lib/periods";
import { archiveUnit, assembleSpec, type BuiltDocument, type ConferenceContext, defaultSigner, hostName, loadConferenceContext } from "./context";
import { indicatorTableBlock, taskTableBlock } from "./indicator-table";
import { type InviteeRef, listInvitees } from "./invitation";
import { type ConclusionContent, type ConclusionRecord, initialConclusionContent, reportsWithFigures } from "./conclusion-draft";
import { loadDocumentDraft } from "./drafts";
import {
  type DocumentDirective,
  type DocumentReportTable,
  type DocumentTask,
  listDocumentDirectives,
  listDocumentTasks,
  listLinkedReportTables,
  loadIndicatorSectors,
  taskUnits,
} from "./records";
import { archiveLine, comrade, documentShortDate, paragraphsOf, recipientsBlock, sentence, type SignerInput, upperFirst, vietnamDate } from "./wording";

/*
 * Thông báo kết luận (TB): "Kết luận của đồng chí … tại Hội nghị …"; I. the assessment in
 * the secretariat's words (the draft, prefilled with the key figures) with the indicator
 * table of the reports the conference discussed, II. the directions numbered (the draft,
 * prefilled with the directives and their tasks), III. the tasks with lead and coordinating
 * units and deadlines, from the record. Sent to the invitees and to
 * every unit with a task, each once.
 */

export interface ConclusionNoticeData extends ConclusionRecord {
  context: ConferenceContext;
  invitees: InviteeRef[];
  directives: DocumentDirective[];
  tasks: DocumentTask[];
  reports: DocumentReportTable[];
  /** The saved draft's content, or (before its editor was first opened) the draft it would start from. */
  content: ConclusionContent;
}

/** The record the notice is written from, and the secretariat's draft of its wording. */
export async function loadConclusionNoticeData(db: Db, conferenceId: number): Promise<ConclusionNoticeData | null> {
  const context = await loadConferenceContext(db, conferenceId);
  if (!context) return null;
  const [invitees, directiveRows, taskRows, reports, draft] = await Promise.all([
    listInvitees(db, conferenceId),
    listDocumentDirectives(db, conferenceId),
    listDocumentTasks(db, conferenceId),
    listLinkedReportTables(db, conferenceId),
    loadDocumentDraft(db, conferenceId, "conclusion_notice"),
  ]);
  const record = { period: reviewedPeriodText(context), reports, sectors: await loadIndicatorSectors(db, reports), directives: directiveRows, tasks: taskRows };
  return { ...record, context, invitees, content: draft?.content ?? initialConclusionContent(record) };
}

/** "6 tháng đầu năm 2012" when the conference reviews a period; "" otherwise. */
export function reviewedPeriodText(context: Pick<ConferenceContext, "conference">): string {
  return context.conference.reviewedPeriod ? periodLabelVi(context.conference.reviewedPeriod) : "";
}

/** Invitees, then units with tasks that were not invited: names for the block and agency ids for the register, once each. */
export function invitedAndTaskRecipients(invitees: readonly InviteeRef[], taskList: readonly DocumentTask[]): { names: string[]; agencyIds: number[] } {
  const names: string[] = [];
  const agencyIds = new Set<number>();
  for (const invitee of invitees) {
    if (invitee.personName) {
      names.push(upperFirst(comrade(invitee.personName, invitee.personPosition)));
      if (invitee.personAgencyId !== null) agencyIds.add(invitee.personAgencyId);
    } else if (invitee.agencyId !== null && !agencyIds.has(invitee.agencyId)) {
      names.push(invitee.agencyName ?? "");
      agencyIds.add(invitee.agencyId);
    }
  }
  for (const unit of taskUnits(taskList)) {
    if (agencyIds.has(unit.id)) continue;
    names.push(unit.name);
    agencyIds.add(unit.id);
  }
  return { names, agencyIds: [...agencyIds] };
}

function concluder(context: ConferenceContext): string {
  return context.chair ? comrade(context.chair.fullName, context.chair.position) : "lãnh đạo Hội nghị";
}

export function buildConclusionNotice(data: ConclusionNoticeData, options: { date: string; signer?: SignerInput }): BuiltDocument {
  const { context } = data;
  const { conference } = context;
  const period = reviewedPeriodText(context);
  const host = hostName(context);
  const body: DocumentBlock[] = [];

  const guests = data.invitees.filter((i) => i.personName).map((i) => comrade(i.personName ?? "", i.personPosition));
  const agenciesInvited = data.invitees.some((i) => i.agencyId !== null);
  const attendees = [...guests, ...(agenciesInvited ? ["lãnh đạo các cơ quan, đơn vị được mời"] : [])];
  body.push({
    type: "paragraph",
    text: [
      `Ngày ${documentShortDate(vietnamDate(conference.startsAt))}, ${host} tổ chức ${conference.title}.`,
      context.chair ? `${upperFirst(comrade(context.chair.fullName, context.chair.position))} chủ trì Hội nghị.` : "",
      attendees.length > 0 ? `Dự Hội nghị có ${attendees.join("; ")}.` : "",
    ]
      .filter(Boolean)
      .join(" "),
  });
  body.push({
    type: "paragraph",
    text: `Sau khi nghe báo cáo kết quả thực hiện nhiệm vụ${period ? ` ${period}` : ""} và ý kiến thảo luận của các đại biểu, ${concluder(context)} kết luận như sau:`,
  });

  body.push({ type: "heading", text: "I. ĐÁNH GIÁ KẾT QUẢ" });
  const assessment = paragraphsOf(data.content.assessment);
  if (assessment.length > 0) for (const text of assessment) body.push({ type: "paragraph", text });
  else body.push({ type: "paragraph", text: sentence(`Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ${period ? ` ${period}` : ""} và ý kiến thảo luận của các đại biểu`) });
  const reports = data.content.includeIndicatorTable ? reportsWithFigures(data.reports) : [];
  if (reports.length > 0) {
    body.push({ type: "paragraph", text: `Kết quả thực hiện một số chỉ tiêu chủ yếu${period ? ` ${period}` : ""} như sau:` });
    for (const report of reports) {
      if (reports.length > 1) body.push({ type: "paragraph", text: `Theo báo cáo của ${report.agencyName} (${periodLabelVi(report.periodCode)}):`, italic: true });
      body.push(indicatorTableBlock(report.rows));
    }
  }

  body.push({ type: "heading", text: "II. Ý KIẾN CHỈ ĐẠO" });
  const directions = paragraphsOf(data.content.directions).map((text) => sentence(text.replace(/^\d+[.)]\s*/, "")));
  if (directions.length > 0) {
    body.push({ type: "numbered", items: directions });
  } else {
    body.push({ type: "paragraph", text: "Hội nghị không có ý kiến chỉ đạo mới." });
  }

  body.push({ type: "heading", text: "III. PHÂN CÔNG THỰC HIỆN" });
  if (data.tasks.length > 0) {
    body.push({ type: "paragraph", text: "Giao các cơ quan, đơn vị thực hiện các nhiệm vụ sau:" });
    body.push(taskTableBlock(data.tasks));
  } else {
    body.push({ type: "paragraph", text: "Các cơ quan, đơn vị căn cứ ý kiến chỉ đạo nêu trên tổ chức thực hiện." });
  }
  body.push({ type: "paragraph", text: `${host} thông báo để các cơ quan, đơn vị biết, thực hiện./.` });

  const recipients = invitedAndTaskRecipients(data.invitees, data.tasks);
  const summary = `Kết luận của ${concluder(context)} tại ${conference.title}`;
  return {
    spec: assembleSpec(context, {
      kind: "conclusion_notice",
      date: options.date,
      title: "THÔNG BÁO",
      summary,
      body,
      signer: options.signer ?? defaultSigner(context),
      recipients: recipientsBlock(recipients.names, archiveLine(archiveUnit(context))),
    }),
    issuingAgencyId: context.host.id,
    registerTitle: `Thông báo ${summary.charAt(0).toLocaleLowerCase("vi-VN")}${summary.slice(1)}`,
    recipientAgencyIds: recipients.agencyIds,
  };
}

export async function conclusionNoticeDocument(db: Db, conferenceId: number, options: { date: string; signer?: SignerInput }): Promise<BuiltDocument | null> {
  const data = await loadConclusionNoticeData(db, conferenceId);
  return data ? buildConclusionNotice(data, options) : null;
}
