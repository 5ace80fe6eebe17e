import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { agendaItems, conferences } from "./conferences";
import { people } from "./directory";
import { users } from "./users";

/**
 * Legal and administrative documents a directive refers to, entered once and referenced
 * from many directives. `symbol` is the normalised "số, ký hiệu" (04/2012/TT-BTTTT),
 * parsed and validated by lib/legal-documents/symbol.ts.
 */
export const legalDocuments = pgTable(
  "legal_documents",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    symbol: text().notNull(),
    number: integer().notNull(),
    year: integer(),
    typeCode: text().notNull(),
    issuer: text().notNull(),
    /** The issuing body's full name, e.g. "Bộ Thông tin và Truyền thông". */
    issuingBody: text(),
    issuedOn: date({ mode: "string" }),
    title: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Kept by a trigger (migration api_sync), for the API's updated_since. */
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("legal_documents_symbol_unique").on(t.symbol),
    index("legal_documents_type_year_idx").on(t.typeCode, t.year),
    index("legal_documents_updated_idx").on(t.updatedAt, t.id),
  ],
);

export const directiveSectors = ["press", "publishing", "printing", "postal_telecom", "it", "broadcasting", "general"] as const;
export const directiveSectorEnum = pgEnum("directive_sector", directiveSectors);

/** A leader's direction at a conference (ý kiến chỉ đạo, kết luận), numbered within the conference. */
export const directives = pgTable(
  "directives",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    conferenceId: integer()
      .notNull()
      .references(() => conferences.id),
    /**
     * The conference's start, copied so that a leader's own directives, newest conference
     * first, are one index range (migration directive_conference_order). The trigger
     * directives_conference_starts_at sets it on every insert and change of conference, and
     * a rescheduled conference updates its directives; the app never writes it (the value
     * below only makes it optional in an insert, and is replaced).
     */
    conferenceStartsAt: timestamp({ withTimezone: true })
      .notNull()
      .$defaultFn(() => new Date(0)),
    agendaItemId: integer().references(() => agendaItems.id, { onDelete: "set null" }),
    number: integer().notNull(),
    issuedByPersonId: integer().references(() => people.id),
    /** Name and title as of the conference day: people change posts, the record does not. */
    issuerName: text().notNull(),
    issuerTitle: text(),
    text: text().notNull(),
    sector: directiveSectorEnum().notNull().default("general"),
    createdById: integer().references(() => users.id),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("directives_conference_number_unique").on(t.conferenceId, t.number),
    index("directives_agenda_item_idx").on(t.agendaItemId),
    // Newest conference first, then number: /directives for everyone but a unit, and a
    // leader's own directives in that order and in the API's sync order.
    index("directives_conference_order_idx").on(t.conferenceStartsAt.desc(), t.conferenceId.desc(), t.number),
    index("directives_issuer_order_idx").on(t.issuedByPersonId, t.conferenceStartsAt.desc(), t.conferenceId.desc(), t.number),
    index("directives_issuer_updated_idx").on(t.issuedByPersonId, t.updatedAt, t.id),
    index("directives_sector_idx").on(t.sector),
    index("directives_created_by_idx").on(t.createdById),
    index("directives_updated_idx").on(t.updatedAt, t.id),
    check("directives_number_positive", sql`${t.number} > 0`),
  ],
);

export const directiveLegalDocuments = pgTable(
  "directive_legal_documents",
  {
    directiveId: integer()
      .notNull()
      .references(() => directives.id, { onDelete: "cascade" }),
    legalDocumentId: integer()
      .notNull()
      .references(() => legalDocuments.id),
  },
  (t) => [primaryKey({ columns: [t.directiveId, t.legalDocumentId] }), index("directive_legal_documents_document_idx").on(t.legalDocumentId)],
);

/** When a leader approved the set of directives of a conference (which concludes it). */
export const directiveApprovals = pgTable(
  "directive_approvals",
  {
    conferenceId: integer()
      .primaryKey()
      .references(() => conferences.id, { onDelete: "cascade" }),
    approvedById: integer()
      .notNull()
      .references(() => users.id),
    approvedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // approved_at: the home page's "conclusion notices to issue" reads the newest approvals.
  (t) => [index("directive_approvals_by_idx").on(t.approvedById), index("directive_approvals_approved_at_idx").on(t.approvedAt)],
);
