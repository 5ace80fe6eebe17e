import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  check,
  boolean,
} from "drizzle-orm/pg-core";

export const agencyKinds = [
  "provincial_body",
  "department_division",
  "press",
  "publisher",
  "printing",
  "postal_telecom",
  "district_office",
  "radio_tv",
  "other",
] as const;
export type AgencyKind = (typeof agencyKinds)[number];
export const agencyKindEnum = pgEnum("agency_kind", agencyKinds);

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/**
 * An organisation: a provincial body, a department and its divisions, an enterprise,
 * a district office. Organisations change: `validTo` closes one and `successorId`
 * names who took over its work. Whether it is active is derived from the dates.
 */
export const agencies = pgTable(
  "agencies",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** Short symbol used in document numbers and as the seed's natural key, e.g. STTTT. */
    code: text(),
    name: text().notNull(),
    shortName: text(),
    kind: agencyKindEnum().notNull(),
    parentId: integer().references((): AnyPgColumn => agencies.id),
    validFrom: date({ mode: "string" }),
    validTo: date({ mode: "string" }),
    successorId: integer().references((): AnyPgColumn => agencies.id),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("agencies_code_unique").on(t.code),
    index("agencies_parent_idx").on(t.parentId),
    index("agencies_successor_idx").on(t.successorId),
    index("agencies_kind_idx").on(t.kind),
    index("agencies_name_idx").on(t.name),
    index("agencies_updated_idx").on(t.updatedAt, t.id),
    check("agencies_valid_range", sql`${t.validTo} IS NULL OR ${t.validFrom} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
    check("agencies_not_own_parent", sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
  ],
);

/** A named person: an official, a leader, a guest. Users sign in; people are invited and chair. */
export const people = pgTable(
  "people",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    fullName: text().notNull(),
    position: text(),
    agencyId: integer().references(() => agencies.id),
    phone: text(),
    email: text(),
    active: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [index("people_agency_idx").on(t.agencyId), index("people_full_name_idx").on(t.fullName)],
);
