import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { conferences } from "./conferences";
import { agencies } from "./directory";
import { storedFiles } from "./files";
import { users } from "./users";

/*
 * Official documents the app issues (văn bản đi): invitations, minutes, conclusion notices
 * and follow-up reports in the Decree 30/2020 format, numbered in the issuing body's
 * register. The issued .docx is kept as it was issued, so a re-download gives the same file.
 */

/** The document kinds the app generates, with their type abbreviation in the number ("05/TB-STTTT"). */
export const officialDocumentKinds = ["invitation", "minutes", "conclusion_notice", "follow_up_report"] as const;
export type OfficialDocumentKind = (typeof officialDocumentKinds)[number];
export const officialDocumentKindEnum = pgEnum("official_document_kind", officialDocumentKinds);

/** Kinds a conference has one of (its minutes, its conclusion notice); invitations and reports may be many. */
export const oncePerConferenceKinds = ["minutes", "conclusion_notice"] as const satisfies readonly OfficialDocumentKind[];

/**
 * The next number per issuing body, year and type: one row, bumped by an
 * INSERT … ON CONFLICT DO UPDATE … RETURNING in the issuing transaction, so two issues at the
 * same moment queue on the row lock and never share a number, and a number once committed is
 * never handed out again. A rolled-back issue rolls the counter back too, so the register
 * stays without gaps.
 */
export const documentNumberSequences = pgTable(
  "document_number_sequences",
  {
    issuingAgencyId: integer()
      .notNull()
      .references(() => agencies.id),
    year: integer().notNull(),
    typeCode: text().notNull(),
    lastNumber: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.issuingAgencyId, t.year, t.typeCode] }), check("document_number_sequences_positive", sql`${t.lastNumber} > 0`)],
);

export const issuedDocuments = pgTable(
  "issued_documents",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: officialDocumentKindEnum().notNull(),
    issuingAgencyId: integer()
      .notNull()
      .references(() => agencies.id),
    year: integer().notNull(),
    /** GM, BB, TB, BC (DOMAIN.md). */
    typeCode: text().notNull(),
    number: integer().notNull(),
    /** "05/TB-STTTT": the number zero-padded below 10, the type and the issuing body's symbol. */
    symbol: text().notNull(),
    conferenceId: integer().references(() => conferences.id),
    title: text().notNull(),
    /** The date on the document ("Điện Biên, ngày 02 tháng 7 năm 2012"). */
    issuedOn: date({ mode: "string" }).notNull(),
    signerName: text(),
    signerTitle: text(),
    /** TM., KT., TL., TUQ., Q. — or none when the head signs in their own name. */
    authorityPrefix: text(),
    /** The data the document was generated from, kept for the register and for audits. */
    snapshot: jsonb().notNull(),
    /** The .docx exactly as issued (stored_files, owner type "issued_document"). */
    fileId: uuid()
      .notNull()
      .references(() => storedFiles.id),
    issuedById: integer()
      .notNull()
      .references(() => users.id),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** A withdrawn document keeps its number, with this mark. */
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawnById: integer().references(() => users.id),
    withdrawReason: text(),
    /** Kept by a trigger (migration api_sync), for the API's updated_since. */
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("issued_documents_number_unique").on(t.issuingAgencyId, t.year, t.typeCode, t.number),
    index("issued_documents_year_type_idx").on(t.year, t.typeCode, t.number),
    index("issued_documents_conference_idx").on(t.conferenceId),
    index("issued_documents_updated_idx").on(t.updatedAt, t.id),
    // Minutes and the conclusion notice exist once per conference: a double submit or a retry
    // cannot take a second number. A withdrawn one no longer counts, so it may be issued anew.
    uniqueIndex("issued_documents_one_per_conference")
      .on(t.conferenceId, t.kind)
      .where(sql`${t.withdrawnAt} IS NULL AND ${t.conferenceId} IS NOT NULL AND ${t.kind} IN (${sql.raw(oncePerConferenceKinds.map((kind) => `'${kind}'`).join(", "))})`),
    check("issued_documents_withdraw_reason", sql`${t.withdrawnAt} IS NULL OR ${t.withdrawReason} IS NOT NULL`),
  ],
);

/** The agencies a document is addressed to ("Nơi nhận"): their unit officers may download it. */
export const issuedDocumentRecipients = pgTable(
  "issued_document_recipients",
  {
    documentId: integer()
      .notNull()
      .references(() => issuedDocuments.id, { onDelete: "cascade" }),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.agencyId] }), index("issued_document_recipients_agency_idx").on(t.agencyId)],
);

/**
 * The secretariat's editable draft of a conference's document before it is issued: the
 * minutes (biên bản: times, a summary per agenda item, other remarks, the secretary) and the
 * conclusion notice (thông báo kết luận: the assessment and the directives, in words). One
 * row per conference and kind, made from the conference's data the first time the editor
 * opens it, then edited with a version check until the document is issued. The content's
 * shape belongs to the kind (lib/documents/content/drafts.ts).
 */
export const documentDrafts = pgTable(
  "document_drafts",
  {
    conferenceId: integer()
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    kind: officialDocumentKindEnum().notNull(),
    content: jsonb().notNull(),
    version: integer().notNull().default(1),
    updatedById: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.conferenceId, t.kind] }), index("document_drafts_updated_by_idx").on(t.updatedById)],
);
