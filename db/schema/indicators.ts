import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { conferences } from "./conferences";
import { directiveSectorEnum, directives } from "./directives";
import { agencies } from "./directory";
import { users } from "./users";

/*
 * Indicator reports (báo cáo chỉ tiêu). Every figure is `numeric` and travels as a decimal
 * string end to end (lib/indicators/compute.ts), so 89,16 is stored, summed and printed as
 * 89,16 and never as a binary float.
 */

/**
 * flow: summed over the period (revenue, broadcast hours); stock: the level at period end
 * (subscribers); ratio: a percentage, never summed across agencies.
 */
export const indicatorKinds = ["flow", "stock", "ratio"] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];
export const indicatorKindEnum = pgEnum("indicator_kind", indicatorKinds);

export const indicators = pgTable(
  "indicators",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    nameVi: text().notNull(),
    nameEn: text(),
    /** Unit of measure as written in reports: tỷ đồng, thuê bao, giờ, triệu trang in tiêu chuẩn, %. */
    unit: text().notNull(),
    sector: directiveSectorEnum().notNull().default("general"),
    kind: indicatorKindEnum().notNull(),
    decimals: integer().notNull().default(0),
    /** "Trong đó" (of which): local radio hours within provincial radio hours. */
    parentId: integer().references((): AnyPgColumn => indicators.id),
    /** Order within the report table (the secretariat's order, not the alphabet). */
    sortOrder: integer().notNull().default(0),
    validFrom: date({ mode: "string" }),
    /** Retired indicators keep their history; they are not offered for new reports after this day. */
    validTo: date({ mode: "string" }),
    /** Values that can never be negative (subscribers, hours); revenue may be, in theory, not here. */
    nonNegative: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("indicators_code_unique").on(t.code),
    index("indicators_parent_idx").on(t.parentId),
    index("indicators_sector_order_idx").on(t.sector, t.sortOrder),
    index("indicators_updated_idx").on(t.updatedAt, t.id),
    check("indicators_decimals_range", sql`${t.decimals} BETWEEN 0 AND 4`),
    check("indicators_not_own_parent", sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
    check("indicators_valid_range", sql`${t.validTo} IS NULL OR ${t.validFrom} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** Which agencies report an indicator (a telecom enterprise reports subscribers, not book sales). */
export const indicatorReporters = pgTable(
  "indicator_reporters",
  {
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.agencyId] }), index("indicator_reporters_agency_idx").on(t.agencyId)],
);

/**
 * The annual plan (kế hoạch năm) for an indicator: the base of "% of plan". Without an agency
 * it is the department's (the province's) plan, the base of the department's own report; with
 * one it is that unit's own plan, the only base of the unit's report (a unit's quarter against
 * the whole province's plan is no figure anyone set).
 */
export const indicatorPlans = pgTable(
  "indicator_plans",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    agencyId: integer().references(() => agencies.id),
    year: integer().notNull(),
    target: numeric({ precision: 20, scale: 4 }).notNull(),
    note: text(),
    version: integer().notNull().default(1),
    updatedById: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One department plan and one plan per unit for an indicator and year (two partial indexes:
    // NULLS NOT DISTINCT would need PostgreSQL 15 at least on both sides, this needs nothing).
    uniqueIndex("indicator_plans_indicator_year_unique").on(t.indicatorId, t.year).where(sql`${t.agencyId} IS NULL`),
    uniqueIndex("indicator_plans_agency_indicator_year_unique").on(t.agencyId, t.indicatorId, t.year).where(sql`${t.agencyId} IS NOT NULL`),
    // The report table joins "this agency's plan or the department's" (IS NOT DISTINCT FROM), which neither partial index serves.
    index("indicator_plans_indicator_year_idx").on(t.indicatorId, t.year),
    check("indicator_plans_year_range", sql`${t.year} BETWEEN 1990 AND 2100`),
  ],
);

/** A reporting period (shared period code, lib/periods.ts) with its submission deadline. */
export const reportingPeriods = pgTable(
  "reporting_periods",
  {
    code: text().primaryKey(),
    dueOn: date({ mode: "string" }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("reporting_periods_code_format", sql`${t.code} ~ '^[0-9]{4}-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])|9M|Y)$'`),
    // The list of reports runs newest period first: walking the periods in this order, it reads
    // only the reports of the newest periods instead of sorting every report (lib/indicators/report-queries.ts).
    index("reporting_periods_due_idx").on(t.dueOn, t.code),
  ],
);

export const reportStatuses = ["draft", "submitted", "approved"] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportStatusEnum = pgEnum("indicator_report_status", reportStatuses);

/**
 * One agency's values for one period: a unit's, an enterprise's, or the department's
 * consolidated report. draft → submitted → approved (locked); an admin may unlock with a reason.
 */
export const indicatorReports = pgTable(
  "indicator_reports",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
    periodCode: text()
      .notNull()
      .references(() => reportingPeriods.code),
    status: reportStatusEnum().notNull().default("draft"),
    submittedAt: timestamp({ withTimezone: true }),
    submittedById: integer().references(() => users.id),
    approvedAt: timestamp({ withTimezone: true }),
    approvedById: integer().references(() => users.id),
    createdById: integer().references(() => users.id),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("indicator_reports_agency_period_unique").on(t.agencyId, t.periodCode),
    index("indicator_reports_period_status_idx").on(t.periodCode, t.status),
    index("indicator_reports_updated_idx").on(t.updatedAt, t.id),
  ],
);

/** How sure a figure is: ước đạt (estimated) → sơ bộ (preliminary) → chính thức (official). */
export const valueStatuses = ["estimated", "preliminary", "official"] as const;
export type ValueStatus = (typeof valueStatuses)[number];
export const valueStatusEnum = pgEnum("indicator_value_status", valueStatuses);

const valueColumns = {
  /**
   * Null when the source gave only a comparison ("tăng 53%" for a sub-indicator without its
   * figure): the comparison is kept as reported rather than dropped (values_something_entered).
   */
  value: numeric({ precision: 20, scale: 4 }),
  status: valueStatusEnum().notNull().default("estimated"),
  note: text(),
  /** The year-on-year growth as the source wrote it ("+9% vs 2011" → 9), kept when no base is in the system. */
  reportedGrowthPercent: numeric({ precision: 9, scale: 2 }),
  /** The share of the annual plan as the source wrote it ("50% of annual plan" → 50). */
  reportedPlanPercent: numeric({ precision: 9, scale: 2 }),
  enteredById: integer().references(() => users.id),
  enteredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const indicatorValues = pgTable(
  "indicator_values",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer()
      .notNull()
      .references(() => indicatorReports.id, { onDelete: "cascade" }),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    ...valueColumns,
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex("indicator_values_report_indicator_unique").on(t.reportId, t.indicatorId),
    index("indicator_values_indicator_idx").on(t.indicatorId),
    check(
      "indicator_values_something_entered",
      sql`${t.value} IS NOT NULL OR ${t.reportedGrowthPercent} IS NOT NULL OR ${t.reportedPlanPercent} IS NOT NULL OR ${t.note} IS NOT NULL`,
    ),
  ],
);

/** Every earlier version of a value, written when it is revised, so an estimate made official stays traceable. */
export const indicatorValueRevisions = pgTable(
  "indicator_value_revisions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    valueId: integer()
      .notNull()
      .references(() => indicatorValues.id, { onDelete: "cascade" }),
    /** The value's version this row preserves. */
    version: integer().notNull(),
    ...valueColumns,
    revisedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revisedById: integer().references(() => users.id),
  },
  (t) => [uniqueIndex("indicator_value_revisions_value_version_unique").on(t.valueId, t.version)],
);

/** When an approved report was unlocked again, by whom and why. */
export const indicatorReportUnlocks = pgTable(
  "indicator_report_unlocks",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer()
      .notNull()
      .references(() => indicatorReports.id, { onDelete: "cascade" }),
    reason: text().notNull(),
    unlockedById: integer()
      .notNull()
      .references(() => users.id),
    unlockedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("indicator_report_unlocks_report_idx").on(t.reportId)],
);

/** The reports a conference discusses (the seed conference: the department's H1 2012 report). */
export const conferenceReports = pgTable(
  "conference_reports",
  {
    conferenceId: integer()
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    reportId: integer()
      .notNull()
      .references(() => indicatorReports.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.conferenceId, t.reportId] }), index("conference_reports_report_idx").on(t.reportId)],
);

/** Indicators a directive is about, so an indicator's page lists what was directed about it. */
export const directiveIndicators = pgTable(
  "directive_indicators",
  {
    directiveId: integer()
      .notNull()
      .references(() => directives.id, { onDelete: "cascade" }),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
  },
  (t) => [primaryKey({ columns: [t.directiveId, t.indicatorId] }), index("directive_indicators_indicator_idx").on(t.indicatorId)],
);
