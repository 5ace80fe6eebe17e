import type { Db } from "@/db/client";
import { type AgencyKind, agencyKinds } from "@/db/schema";
import { type AgendaRow, listAgenda } from "@/lib/agenda/queries";
import { loadRoster, type Roster } from "@/lib/attendance/queries";
import type { DocumentBlock } from "@/lib/documents/spec";
import { archiveUnit, assembleSpec, type BuiltDocument, type ConferenceContext, defaultSigner, hostName, loadConferenceContext } from "./context";
import { loadDocumentDraft } from "./drafts";
import { initialMinutesContent, type MinutesContent } from "./minutes-draft";
import { type DocumentDirective, listDocumentDirectives } from "./records";
import { archiveLine, clockPhraseOf, comrade, dayPhrase, paragraphsOf, recipientsBlock, sentence, type SignerInput, signatureOf, upperFirst } from "./wording";

/*
 * Biên bản (BB): from the secretary's draft (times, a summary per agenda item, other
 * remarks), with the place, chair, secretary, participants by group with the counts from
 * attendance, the agenda with each item's summary and the directives numbered.
 */

export const MINUTES_CHAIR_TITLE = "Chủ tọa";
export const MINUTES_SECRETARY_TITLE = "Thư ký";

/** How the minutes name each group of participants (plural, as in the seed article). */
export const PARTICIPANT_GROUPS_VI: Record<AgencyKind | "person" | "walk_in", string> = {
  provincial_body: "Các cơ quan cấp tỉnh",
  department_division: "Các phòng, đơn vị thuộc Sở",
  press: "Các cơ quan báo chí",
  publisher: "Các đơn vị xuất bản, phát hành",
  printing: "Các cơ sở in",
  postal_telecom: "Các doanh nghiệp bưu chính, viễn thông",
  district_office: "Phòng Văn hóa - Thông tin các huyện, thị xã, thành phố",
  radio_tv: "Đài Truyền thanh - Truyền hình các huyện, thị xã, thành phố",
  other: "Các cơ quan, đơn vị khác",
  person: "Khách mời",
  walk_in: "Đại biểu không có giấy mời",
};

export interface MinutesData {
  context: ConferenceContext;
  agenda: AgendaRow[];
  directives: DocumentDirective[];
  roster: Roster;
  content: MinutesContent;
}

/** The saved draft, or (before the editor was first opened) the draft it would start from. */
export async function loadMinutesData(db: Db, conferenceId: number): Promise<MinutesData | null> {
  const context = await loadConferenceContext(db, conferenceId);
  if (!context) return null;
  const [agenda, directiveRows, roster, draft] = await Promise.all([
    listAgenda(db, conferenceId),
    listDocumentDirectives(db, conferenceId),
    loadRoster(db, conferenceId),
    loadDocumentDraft(db, conferenceId, "minutes"),
  ]);
  return { context, agenda, directives: directiveRows, roster, content: draft?.content ?? initialMinutesContent(context, agenda) };
}

/**
 * "Các cơ quan báo chí: có mặt 2/3 đơn vị được mời (Báo Điện Biên Phủ, …)." — the guests invited by
 * name first (whatever their agency), one line per group of invited agencies, then walk-ins and totals.
 */
export function participantLines(roster: Roster): string[] {
  const lines: string[] = [];
  const guests = roster.invitees.filter((row) => row.personName && row.attendanceId !== null);
  if (guests.length > 0) lines.push(sentence(`${PARTICIPANT_GROUPS_VI.person}: ${guests.map((g) => comrade(g.personName ?? "", g.personPosition)).join("; ")}`));
  const groups = new Map<AgencyKind, { invited: number; present: string[] }>();
  for (const row of roster.invitees) {
    if (row.personName) continue;
    const kind = row.agencyKind ?? "other";
    const group = groups.get(kind) ?? { invited: 0, present: [] };
    group.invited++;
    if (row.attendanceId !== null) group.present.push(row.agencyName ?? "");
    groups.set(kind, group);
  }
  for (const kind of agencyKinds) {
    const group = groups.get(kind);
    if (!group) continue;
    const names = group.present.filter(Boolean);
    lines.push(sentence(`${PARTICIPANT_GROUPS_VI[kind]}: có mặt ${group.present.length}/${group.invited} đơn vị được mời${names.length > 0 ? ` (${names.join(", ")})` : ""}`));
  }
  if (roster.walkIns.length > 0) {
    const names = roster.walkIns.map((row) => [row.attendeeName, row.agencyName].filter(Boolean).join(", "));
    lines.push(sentence(`${PARTICIPANT_GROUPS_VI.walk_in}: ${roster.walkIns.length} người (${names.join("; ")})`));
  }
  const { invited, confirmed, present } = roster.totals;
  lines.push(`Tổng số: ${invited} cơ quan, đơn vị và khách mời được mời; ${confirmed} xác nhận tham dự; ${present} đại biểu có mặt.`);
  return lines;
}

/** The directives numbered 1..n, under the leader who gave them ("Đồng chí … chỉ đạo:"). */
export function directiveBlocks(list: readonly DocumentDirective[]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let index = 0;
  while (index < list.length) {
    const issuer = list[index].issuerName;
    const run: DocumentDirective[] = [];
    while (index + run.length < list.length && list[index + run.length].issuerName === issuer) run.push(list[index + run.length]);
    blocks.push({ type: "paragraph", text: `${upperFirst(comrade(issuer, run[0].issuerTitle))} chỉ đạo:` });
    blocks.push({ type: "numbered", items: run.map((d) => sentence(d.text)), start: index + 1 });
    index += run.length;
  }
  return blocks;
}

export function buildMinutes(data: MinutesData, options: { date: string; signer?: SignerInput }): BuiltDocument {
  const { context, content } = data;
  const { conference } = context;
  const body: DocumentBlock[] = [];
  const where = conference.venue ? `, tại ${conference.venue}` : "";
  body.push({
    type: "paragraph",
    text: `Hôm nay, vào hồi ${clockPhraseOf(content.startTime)}, ${dayPhrase(conference.startsAt)}${where}, ${hostName(context)} tổ chức ${conference.title}.`,
  });

  body.push({ type: "heading", text: "I. THÀNH PHẦN THAM DỰ" });
  if (context.chair) body.push({ type: "paragraph", text: sentence(`Chủ trì: ${comrade(context.chair.fullName, context.chair.position)}`) });
  if (content.secretaryName.trim()) {
    const position = context.secretary?.fullName === content.secretaryName.trim() ? context.secretary.position : null;
    body.push({ type: "paragraph", text: sentence(`Thư ký: ${comrade(content.secretaryName.trim(), position)}`) });
  }
  for (const line of participantLines(data.roster)) body.push({ type: "paragraph", text: line });

  body.push({ type: "heading", text: "II. NỘI DUNG HỘI NGHỊ" });
  data.agenda.forEach((item, i) => {
    body.push({ type: "paragraph", text: `${i + 1}. ${item.title}${item.presenterName ? ` (${item.presenterName})` : ""}`, bold: true });
    for (const text of paragraphsOf(content.summaryByItem[String(item.id)])) body.push({ type: "paragraph", text });
  });

  body.push({ type: "heading", text: "III. KẾT LUẬN, CHỈ ĐẠO" });
  if (data.directives.length > 0) body.push(...directiveBlocks(data.directives));
  else body.push({ type: "paragraph", text: "Hội nghị không có ý kiến chỉ đạo mới." });

  const remarks = paragraphsOf(content.otherRemarks);
  if (remarks.length > 0) {
    body.push({ type: "heading", text: "IV. Ý KIẾN KHÁC" });
    for (const text of remarks) body.push({ type: "paragraph", text });
  }
  body.push({ type: "paragraph", text: `Biên bản kết thúc vào hồi ${clockPhraseOf(content.endTime)} cùng ngày./.` });

  // The chair signs as CHỦ TỌA and the secretary as THƯ KÝ, side by side (Decree 30/2020,
  // Appendix III, the minutes' form): no authority prefix, no office title.
  const chair = options.signer ?? defaultSigner(context);
  const spec = assembleSpec(context, {
    kind: "minutes",
    date: options.date,
    title: "BIÊN BẢN",
    summary: conference.title,
    body,
    signer: { signerName: chair.signerName, signerTitle: MINUTES_CHAIR_TITLE },
    recipients: recipientsBlock([], archiveLine(archiveUnit(context))),
  });
  return {
    spec: { ...spec, secondSignature: signatureOf({ signerName: content.secretaryName, signerTitle: MINUTES_SECRETARY_TITLE }) },
    issuingAgencyId: context.host.id,
    registerTitle: `Biên bản ${conference.title}`,
    recipientAgencyIds: [],
  };
}

export async function minutesDocument(db: Db, conferenceId: number, options: { date: string; signer?: SignerInput }): Promise<BuiltDocument | null> {
  const data = await loadMinutesData(db, conferenceId);
  return data ? buildMinutes(data, options) : null;
}
