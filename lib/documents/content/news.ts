import type { Db } from "@/db/client";
import type { AgencyKind } from "@/db/schema";
import { type AgendaRow, listAgenda } from "@/lib/agenda/queries";
import { loadRoster, type Roster } from "@/lib/attendance/queries";
import { parsePeriod, periodLabelVi } from "@/lib/periods";
import { type ConferenceContext, hostName, loadConferenceContext } from "./context";
import { figureParagraphs } from "./news-figures";
import { type DocumentDirective, type DocumentReportTable, type IndicatorSector, listDocumentDirectives, listLinkedReportTables, loadIndicatorSectors } from "./records";
import { comrade, documentShortDate, lowerFirst, placeOf, upperFirst, vietnamDate } from "./wording";
import { localParts } from "@/lib/conferences/time";

/*
 * A news draft for the department's portal in the style of the seed article: the title, a
 * lead paragraph with the day and who attended, the guests who directed, the figures of the
 * linked report in prose, the leaders' directions and the author line. HTML to publish and
 * plain text to paste.
 */

export interface NewsDraft {
  title: string;
  paragraphs: string[];
  author: string;
}

export interface NewsData {
  context: ConferenceContext;
  roster: Roster;
  agenda: AgendaRow[];
  directives: DocumentDirective[];
  reports: DocumentReportTable[];
  sectors: Map<number, IndicatorSector>;
}

export async function loadNewsData(db: Db, conferenceId: number): Promise<NewsData | null> {
  const context = await loadConferenceContext(db, conferenceId);
  if (!context) return null;
  const [roster, agenda, directiveRows, reports] = await Promise.all([
    loadRoster(db, conferenceId),
    listAgenda(db, conferenceId),
    listDocumentDirectives(db, conferenceId),
    listLinkedReportTables(db, conferenceId),
  ]);
  return { context, roster, agenda, directives: directiveRows, reports, sectors: await loadIndicatorSectors(db, reports) };
}

/** How the article names each group that came ("các cơ quan báo chí", …). */
const GROUPS_IN_PROSE: Record<AgencyKind, string> = {
  provincial_body: "các sở, ban, ngành tỉnh",
  department_division: "các phòng, đơn vị thuộc Sở",
  press: "các cơ quan báo chí",
  publisher: "các đơn vị xuất bản, phát hành",
  printing: "các cơ sở in",
  postal_telecom: "các doanh nghiệp bưu chính, viễn thông trên địa bàn tỉnh",
  district_office: "Phòng Văn hóa - Thông tin các huyện, thị xã, thành phố",
  radio_tv: "Đài Truyền thanh - Truyền hình các huyện, thị xã, thành phố",
  other: "các cơ quan, đơn vị khác",
};

function partOfDay(instant: Date): string {
  const hour = localParts(instant).hour;
  return hour < 12 ? "Sáng" : hour < 18 ? "Chiều" : "Tối";
}

/** The groups that came (present, or confirmed when nobody was checked in), in the directory's order. */
function attendingGroups(roster: Roster): string[] {
  const anyPresent = roster.totals.present > 0;
  const kinds = new Set<AgencyKind>();
  for (const row of roster.invitees) {
    if (row.personName || !row.agencyKind) continue;
    const came = anyPresent ? row.attendanceId !== null : row.status === "confirmed" || row.status === "delegated";
    if (came) kinds.add(row.agencyKind);
  }
  return (Object.keys(GROUPS_IN_PROSE) as AgencyKind[]).filter((kind) => kinds.has(kind)).map((kind) => GROUPS_IN_PROSE[kind]);
}

export function buildNewsDraft(data: NewsData): NewsDraft {
  const { context, roster } = data;
  const { conference } = context;
  const host = hostName(context);
  const place = placeOf(context.host.name, context.host.parentName);
  const shortHost = `${context.host.shortName ?? host}${place ? ` ${place}` : ""}`;
  const paragraphs: string[] = [];

  const groups = attendingGroups(roster);
  paragraphs.push(
    [
      `${partOfDay(conference.startsAt)} ngày ${documentShortDate(vietnamDate(conference.startsAt))}, ${host} tổ chức ${conference.title}.`,
      context.chair ? `${upperFirst(comrade(context.chair.fullName, context.chair.position))} chủ trì Hội nghị.` : "",
      groups.length > 0 ? `Lãnh đạo ${groups.join("; ")} về dự.` : "",
    ]
      .filter(Boolean)
      .join(" "),
  );

  // Guests named on the invitations who came; those who gave directions or a directing speech "phát biểu chỉ đạo".
  const directors = new Set([
    ...data.directives.map((d) => d.issuerName),
    ...data.agenda.filter((item) => item.kind === "directing_speech").map((item) => item.presenterName?.split(",")[0] ?? ""),
  ]);
  const anyPresent = roster.totals.present > 0;
  for (const guest of roster.invitees) {
    if (!guest.personName) continue;
    if (anyPresent ? guest.attendanceId === null : guest.status === "declined") continue;
    const directed = directors.has(guest.personName);
    paragraphs.push(`${upperFirst(comrade(guest.personName, guest.personPosition))} đến dự${directed ? " và phát biểu chỉ đạo" : ""} Hội nghị.`);
  }

  for (const report of data.reports) {
    const year = parsePeriod(report.periodCode)?.year ?? null;
    const opening = `Theo báo cáo ${periodLabelVi(report.periodCode)}${data.reports.length > 1 ? ` của ${report.agencyName}` : ""}`;
    paragraphs.push(...figureParagraphs(report.rows, (id) => data.sectors.get(id) ?? "general", year, opening));
  }

  const issuers = [...new Set(data.directives.map((d) => d.issuerName))];
  for (const issuer of issuers) {
    const own = data.directives.filter((d) => d.issuerName === issuer);
    const items = own.map((d) => lowerFirst(d.text.trim().replace(/[.;]$/, "")));
    paragraphs.push(`Phát biểu chỉ đạo tại Hội nghị, ${comrade(issuer, own[0].issuerTitle)} đề nghị các cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ: ${items.join("; ")}.`);
  }

  if (data.agenda.some((item) => item.kind === "discussion")) {
    const next = conference.plannedPeriod ? ` ${periodLabelVi(conference.plannedPeriod)}` : " thời gian tới";
    paragraphs.push(
      `Tại Hội nghị, các đại biểu đã trao đổi, thảo luận, đánh giá những kết quả đạt được, làm rõ những tồn tại, hạn chế và đề ra những nhiệm vụ, giải pháp thực hiện thắng lợi nhiệm vụ${next}.`,
    );
  }

  return {
    title: `${shortHost} tổ chức ${lowerFirst(conference.title)}`,
    paragraphs,
    author: context.secretary?.agencyName ?? host,
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The draft as HTML for the portal's editor: the lead paragraph bold, the author line at the right. */
export function newsToHtml(draft: NewsDraft): string {
  const [lead, ...rest] = draft.paragraphs;
  return [
    `<h1>${escapeHtml(draft.title)}</h1>`,
    ...(lead ? [`<p><strong>${escapeHtml(lead)}</strong></p>`] : []),
    ...rest.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p style="text-align: right"><strong>${escapeHtml(draft.author)}</strong></p>`,
  ].join("\n");
}

export function newsToPlainText(draft: NewsDraft): string {
  return [draft.title, ...draft.paragraphs, draft.author].join("\n\n");
}

export async function newsDraft(db: Db, conferenceId: number): Promise<NewsDraft | null> {
  const data = await loadNewsData(db, conferenceId);
  return data ? buildNewsDraft(data) : null;
}
