import { and, asc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { type AgencyKind, agencies, agencyKinds, invitations, people } from "@/db/schema";
import { listAgenda } from "@/lib/agenda/queries";
import { compareVi } from "@/lib/collation";
import type { DocumentBlock } from "@/lib/documents/spec";
import { archiveUnit, assembleSpec, type BuiltDocument, type ConferenceContext, defaultSigner, loadConferenceContext } from "./context";
import { archiveLine, clockPhrase, comrade, dayPhrase, inviteeLine, paragraphsOf, recipientsBlock, sentence, type SignerInput, startPhrase, upperFirst } from "./wording";

/*
 * Giấy mời (GM): one letter for every invitee, or one per invitee ({ invitationId }).
 * "Trân trọng kính mời: …", the time, place, chair, contents (the agenda, or the
 * conference notes), the reply deadline and the secretary to contact.
 */

export interface InviteeRef {
  invitationId: number;
  agencyId: number | null;
  agencyName: string | null;
  agencyKind: AgencyKind | null;
  personName: string | null;
  personPosition: string | null;
  /** A person's own agency: it receives the letter in the register. */
  personAgencyId: number | null;
}

export interface InvitationData {
  context: ConferenceContext;
  invitees: InviteeRef[];
  agenda: { title: string; presenterName: string | null }[];
}

const personAgency = alias(agencies, "person_agency");

/** The conference's invitees (or the one asked for) in one query. */
export async function listInvitees(db: Db, conferenceId: number, invitationId?: number): Promise<InviteeRef[]> {
  const conditions: SQL[] = [eq(invitations.conferenceId, conferenceId)];
  if (invitationId !== undefined) conditions.push(eq(invitations.id, invitationId));
  const rows = await db
    .select({
      invitationId: invitations.id,
      agencyId: invitations.agencyId,
      agencyName: agencies.name,
      agencyKind: agencies.kind,
      personName: people.fullName,
      personPosition: people.position,
      personAgencyId: personAgency.id,
    })
    .from(invitations)
    .leftJoin(agencies, eq(agencies.id, invitations.agencyId))
    .leftJoin(people, eq(people.id, invitations.personId))
    .leftJoin(personAgency, eq(personAgency.id, people.agencyId))
    .where(and(...conditions))
    .orderBy(asc(invitations.id));
  return sortInvitees(rows);
}

/** People first (guests and leaders), then agencies by kind in the directory's order, then by name. */
export function sortInvitees(rows: InviteeRef[]): InviteeRef[] {
  const kindOrder = (row: InviteeRef) => (row.personName ? -1 : agencyKinds.indexOf(row.agencyKind ?? "other"));
  const name = (row: InviteeRef) => row.personName ?? row.agencyName ?? "";
  return [...rows].sort((a, b) => kindOrder(a) - kindOrder(b) || compareVi(name(a), name(b)));
}

/** Null when the conference, or the invitation asked for, does not exist. */
export async function loadInvitationData(db: Db, conferenceId: number, options: { invitationId?: number } = {}): Promise<InvitationData | null> {
  const context = await loadConferenceContext(db, conferenceId);
  if (!context) return null;
  const [invitees, agenda] = await Promise.all([listInvitees(db, conferenceId, options.invitationId), listAgenda(db, conferenceId)]);
  if (options.invitationId !== undefined && invitees.length === 0) return null;
  return { context, invitees, agenda: agenda.map((item) => ({ title: item.title, presenterName: item.presenterName })) };
}

/** The invitee as the recipients block names them. */
function recipientName(invitee: InviteeRef): string {
  return invitee.personName ? upperFirst(comrade(invitee.personName, invitee.personPosition)) : (invitee.agencyName ?? "");
}

export function buildInvitation(data: InvitationData, options: { date: string; signer?: SignerInput; single?: boolean }): BuiltDocument {
  const { context, invitees } = data;
  const { conference } = context;
  const body: DocumentBlock[] = [];
  const lines = invitees.map(inviteeLine);
  if (options.single || lines.length === 1) {
    body.push({ type: "paragraph", text: `Trân trọng kính mời: ${lines[0] ?? ""}` });
  } else {
    body.push({ type: "paragraph", text: "Trân trọng kính mời:" });
    lines.forEach((line, i) => body.push({ type: "paragraph", text: `- ${line}${i === lines.length - 1 ? "" : ";"}` }));
  }
  body.push({ type: "paragraph", text: sentence(`Tới dự ${conference.title}`) });
  body.push({ type: "paragraph", text: sentence(`Thời gian: ${startPhrase(conference.startsAt)}`) });
  if (conference.venue) body.push({ type: "paragraph", text: sentence(`Địa điểm: ${conference.venue}`) });
  if (context.chair) body.push({ type: "paragraph", text: sentence(`Chủ trì: ${comrade(context.chair.fullName, context.chair.position)}`) });
  if (data.agenda.length > 0) {
    body.push({ type: "paragraph", text: "Nội dung:" });
    body.push({ type: "numbered", items: data.agenda.map((item) => sentence(item.presenterName ? `${item.title} (${item.presenterName})` : item.title)) });
  } else {
    const notes = paragraphsOf(conference.notes);
    if (notes.length > 0) {
      body.push({ type: "paragraph", text: `Nội dung: ${notes[0]}` });
      for (const note of notes.slice(1)) body.push({ type: "paragraph", text: note });
    }
  }
  const agenciesInvited = invitees.some((invitee) => invitee.agencyId !== null);
  if (conference.replyDeadline) {
    const who = agenciesInvited ? "Đề nghị quý cơ quan, đơn vị cử đại diện lãnh đạo tham dự và xác nhận" : "Đề nghị xác nhận tham dự";
    body.push({ type: "paragraph", text: `${who} trước ${clockPhrase(conference.replyDeadline)}, ${dayPhrase(conference.replyDeadline)}.` });
  }
  const secretary = context.secretary;
  if (secretary) {
    const reach = [secretary.phone ? `điện thoại: ${secretary.phone}` : null, secretary.email ? `thư điện tử: ${secretary.email}` : null].filter(Boolean).join("; ");
    body.push({ type: "paragraph", text: `Mọi chi tiết xin liên hệ: ${comrade(secretary.fullName, secretary.position)}${reach ? ` (${reach})` : ""}.` });
  }
  body.push({ type: "paragraph", text: "Rất mong quý đại biểu tham dự đúng giờ./." });

  const single = invitees.length === 1 && options.single;
  const recipientAgencyIds = [...new Set(invitees.map((i) => i.agencyId ?? i.personAgencyId).filter((id): id is number => id !== null))];
  return {
    spec: assembleSpec(context, {
      kind: "invitation",
      date: options.date,
      title: "GIẤY MỜI",
      summary: `Dự ${conference.title}`,
      body,
      signer: options.signer ?? defaultSigner(context),
      recipients: recipientsBlock(invitees.map(recipientName), archiveLine(archiveUnit(context))),
    }),
    issuingAgencyId: context.host.id,
    registerTitle: `Giấy mời dự ${conference.title}${single ? ` (${recipientName(invitees[0])})` : ""}`,
    recipientAgencyIds,
  };
}

/** The letter from the database; null when the conference or the invitation does not exist. */
export async function invitationDocument(db: Db, conferenceId: number, options: { date: string; signer?: SignerInput; invitationId?: number }): Promise<BuiltDocument | null> {
  const data = await loadInvitationData(db, conferenceId, { invitationId: options.invitationId });
  if (!data) return null;
  return buildInvitation(data, { date: options.date, signer: options.signer, single: options.invitationId !== undefined });
}
