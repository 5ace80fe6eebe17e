import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { agencies, conferences, type OfficialDocumentKind, people } from "@/db/schema";
import { typeCodeOf } from "@/lib/documents/numbering";
import type { DocumentBlock, DocumentSignature, OfficialDocumentSpec } from "@/lib/documents/spec";
import { bodyNameWithoutLocality, parentBodyLine, placeOf, type SignerInput, signatureOf, upperVi } from "./wording";
import { liveConference } from "@/lib/conferences/access";

/*
 * What every document of a conference starts from: the conference, its host (the issuing
 * body) with the host's parent, the chair (the default signer) and the secretary (the
 * contact and the archive unit). One query.
 */

export interface PersonRef {
  id: number;
  fullName: string;
  position: string | null;
  phone: string | null;
  email: string | null;
}

export interface ConferenceContext {
  conference: {
    id: number;
    title: string;
    kind: (typeof conferences.$inferSelect)["kind"];
    status: (typeof conferences.$inferSelect)["status"];
    startsAt: Date;
    endsAt: Date;
    venue: string | null;
    notes: string | null;
    reviewedPeriod: string | null;
    plannedPeriod: string | null;
    previousConferenceId: number | null;
    replyDeadline: Date | null;
  };
  host: { id: number; name: string; shortName: string | null; code: string | null; parentName: string | null };
  chair: PersonRef | null;
  secretary: (PersonRef & { agencyName: string | null; agencyCode: string | null }) | null;
}

const parent = alias(agencies, "host_parent");
const chair = alias(people, "chair");
const secretary = alias(people, "secretary");
const secretaryAgency = alias(agencies, "secretary_agency");

export async function loadConferenceContext(db: Db, conferenceId: number): Promise<ConferenceContext | null> {
  if (!Number.isInteger(conferenceId) || conferenceId <= 0) return null;
  const [row] = await db
    .select({
      conference: {
        id: conferences.id,
        title: conferences.title,
        kind: conferences.kind,
        status: conferences.status,
        startsAt: conferences.startsAt,
        endsAt: conferences.endsAt,
        venue: conferences.venue,
        notes: conferences.notes,
        reviewedPeriod: conferences.reviewedPeriod,
        plannedPeriod: conferences.plannedPeriod,
        previousConferenceId: conferences.previousConferenceId,
        replyDeadline: conferences.replyDeadline,
      },
      host: { id: agencies.id, name: agencies.name, shortName: agencies.shortName, code: agencies.code, parentName: parent.name },
      chairId: chair.id,
      chairName: chair.fullName,
      chairPosition: chair.position,
      chairPhone: chair.phone,
      chairEmail: chair.email,
      secretaryId: secretary.id,
      secretaryName: secretary.fullName,
      secretaryPosition: secretary.position,
      secretaryPhone: secretary.phone,
      secretaryEmail: secretary.email,
      secretaryAgencyName: secretaryAgency.name,
      secretaryAgencyCode: secretaryAgency.code,
    })
    .from(conferences)
    .innerJoin(agencies, eq(agencies.id, conferences.hostAgencyId))
    .leftJoin(parent, eq(parent.id, agencies.parentId))
    .leftJoin(chair, eq(chair.id, conferences.chairPersonId))
    .leftJoin(secretary, eq(secretary.id, conferences.secretaryPersonId))
    .leftJoin(secretaryAgency, eq(secretaryAgency.id, secretary.agencyId))
    .where(and(eq(conferences.id, conferenceId), liveConference()))
    .limit(1);
  if (!row) return null;
  return {
    conference: row.conference,
    host: row.host,
    chair:
      row.chairId !== null && row.chairName !== null
        ? { id: row.chairId, fullName: row.chairName, position: row.chairPosition, phone: row.chairPhone, email: row.chairEmail }
        : null,
    secretary:
      row.secretaryId !== null && row.secretaryName !== null
        ? {
            id: row.secretaryId,
            fullName: row.secretaryName,
            position: row.secretaryPosition,
            phone: row.secretaryPhone,
            email: row.secretaryEmail,
            agencyName: row.secretaryAgencyName,
            agencyCode: row.secretaryAgencyCode,
          }
        : null,
  };
}

/** Who signs unless the secretariat says otherwise: the conference's chair, in their own name. */
export function defaultSigner(context: Pick<ConferenceContext, "chair">): SignerInput {
  return { signerName: context.chair?.fullName ?? "", signerTitle: context.chair?.position ?? "", authorityPrefix: null, authorityBody: null };
}

/** The issuing body as it is named inside sentences ("Sở Thông tin và Truyền thông"). */
export function hostName(context: Pick<ConferenceContext, "host">): string {
  return bodyNameWithoutLocality(context.host.name, context.host.parentName);
}

/** The archive unit of "Lưu: VT, VP.": the secretary's unit. */
export function archiveUnit(context: Pick<ConferenceContext, "secretary">): string {
  return context.secretary?.agencyCode ?? "VP";
}

export interface SpecParts {
  kind: OfficialDocumentKind;
  /** The document's date (yyyy-MM-dd). */
  date: string;
  title: string;
  summary?: string;
  addressees?: string[];
  body: DocumentBlock[];
  signer: SignerInput;
  recipients: string[];
}

/** The parts every document shares (header, number line, date line, signature) around the kind's own content. */
export function assembleSpec(context: Pick<ConferenceContext, "host">, parts: SpecParts): OfficialDocumentSpec {
  const signature: DocumentSignature = signatureOf(parts.signer);
  return {
    kind: parts.kind,
    parentBody: parentBodyLine(context.host.parentName),
    issuingBody: upperVi(bodyNameWithoutLocality(context.host.name, context.host.parentName)),
    number: null,
    typeCode: typeCodeOf(parts.kind),
    issuerSymbol: context.host.code ?? "",
    place: placeOf(context.host.name, context.host.parentName),
    date: parts.date,
    title: parts.title,
    ...(parts.summary ? { summary: parts.summary } : {}),
    ...(parts.addressees && parts.addressees.length > 0 ? { addressees: parts.addressees } : {}),
    body: parts.body,
    signature,
    recipients: parts.recipients,
  };
}

/** What a builder hands to the issue command and the draft views. */
export interface BuiltDocument {
  spec: OfficialDocumentSpec;
  /** The host of the conference that issues it: the register the number comes from. */
  issuingAgencyId: number;
  /** The register's summary of the document (trích yếu). */
  registerTitle: string;
  /** Agencies the document is addressed to: their unit officers may download it once issued. */
  recipientAgencyIds: number[];
}
