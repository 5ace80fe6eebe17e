import { and, asc, eq, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { agencies, directiveSectors, type IndicatorKind, indicatorPlans, indicatorReporters, indicators } from "@/db/schema";
import { indicatorDocument } from "@/lib/search/documents";
import { textFilter } from "@/lib/search/sql";
import { compareVi } from "@/lib/collation";
import { DEPARTMENT_AGENCY_CODE } from "./report-consolidated";
import { type SearchParams, firstParam, searchTextParam } from "@/lib/search-params";

/*
 * Reads of the indicator catalogue and the annual plans. The catalogue is a few hundred
 * rows at most, so a list is one select, shaped in arrangeCatalogue().
 */

export type IndicatorSector = (typeof directiveSectors)[number];
export type IndicatorRow = typeof indicators.$inferSelect;

export interface CatalogueFilters {
  sector?: IndicatorSector;
  q?: string;
}

/** /indicators?sector=&q=; unknown values are ignored rather than refused. */
export function parseCatalogueParams(params: SearchParams): CatalogueFilters {
  const sector = firstParam(params.sector);
  return {
    sector: directiveSectors.find((value) => value === sector),
    q: searchTextParam(params.q),
  };
}

export interface CatalogueItem {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string | null;
  unit: string;
  sector: IndicatorSector;
  kind: IndicatorKind;
  decimals: number;
  parentId: number | null;
  parentCode: string | null;
  sortOrder: number;
  validFrom: string | null;
  validTo: string | null;
  version: number;
}

export interface ArrangedItem<T extends CatalogueItem> {
  item: T;
  /** 1 for a "trong đó" row shown under its parent, 0 otherwise. */
  depth: 0 | 1;
}

export interface CatalogueSection<T extends CatalogueItem> {
  sector: IndicatorSector;
  rows: ArrangedItem<T>[];
}

const byOrder = (a: CatalogueItem, b: CatalogueItem) => a.sortOrder - b.sortOrder || compareVi(a.code, b.code);

/**
 * Groups indicators by sector (in the order of the sector list) and puts each "trong đó"
 * row right under its parent, both in the secretariat's sort order. A sub-indicator whose
 * parent is not in the list (filtered out) stands on its own in its own sector.
 */
export function arrangeCatalogue<T extends CatalogueItem>(items: readonly T[]): CatalogueSection<T>[] {
  const present = new Set(items.map((item) => item.id));
  const childrenOf = new Map<number, T[]>();
  for (const item of items) {
    if (item.parentId !== null && present.has(item.parentId)) childrenOf.set(item.parentId, [...(childrenOf.get(item.parentId) ?? []), item]);
  }
  const sections: CatalogueSection<T>[] = [];
  for (const sector of directiveSectors) {
    const tops = items.filter((item) => item.sector === sector && (item.parentId === null || !present.has(item.parentId))).sort(byOrder);
    if (tops.length === 0) continue;
    const rows: ArrangedItem<T>[] = [];
    for (const top of tops) {
      rows.push({ item: top, depth: 0 });
      for (const child of (childrenOf.get(top.id) ?? []).sort(byOrder)) rows.push({ item: child, depth: 1 });
    }
    sections.push({ sector, rows });
  }
  return sections;
}

const parentIndicators = alias(indicators, "parent_indicator");

const catalogueColumns = {
  id: indicators.id,
  code: indicators.code,
  nameVi: indicators.nameVi,
  nameEn: indicators.nameEn,
  unit: indicators.unit,
  sector: indicators.sector,
  kind: indicators.kind,
  decimals: indicators.decimals,
  parentId: indicators.parentId,
  parentCode: parentIndicators.code,
  sortOrder: indicators.sortOrder,
  validFrom: indicators.validFrom,
  validTo: indicators.validTo,
  version: indicators.version,
};

/** The catalogue, filtered by sector and by code or name, in one query. */
/** The catalogue's WHERE for its filters (the page and /api/v1/indicators). */
export function catalogueConditions(filters: CatalogueFilters): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (filters.sector) conditions.push(eq(indicators.sector, filters.sector));
  if (filters.q) conditions.push(textFilter(indicatorDocument, filters.q));
  return conditions;
}

export async function listCatalogue(db: Db, filters: CatalogueFilters): Promise<CatalogueSection<CatalogueItem>[]> {
  const conditions = catalogueConditions(filters);
  const rows = await db
    .select(catalogueColumns)
    .from(indicators)
    .leftJoin(parentIndicators, eq(parentIndicators.id, indicators.parentId))
    .where(and(...conditions))
    .orderBy(asc(indicators.sector), asc(indicators.sortOrder), asc(indicators.code));
  return arrangeCatalogue(rows);
}

export interface IndicatorDetail {
  indicator: IndicatorRow;
  parent: Pick<IndicatorRow, "id" | "code" | "nameVi"> | null;
  children: Pick<IndicatorRow, "id" | "code" | "nameVi" | "validTo">[];
  reporters: { id: number; name: string }[];
  /** Every plan of the indicator: the department's (agencyId null) and the units' own. */
  plans: { id: number; agencyId: number | null; year: number; target: string; version: number }[];
}

export async function getIndicator(db: Db, id: number): Promise<IndicatorRow | null> {
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const [row] = await db.select().from(indicators).where(eq(indicators.id, id)).limit(1);
  return row ?? null;
}

/** An indicator with its parent, sub-indicators, reporting agencies and plans (one query each, whatever their number). */
export async function getIndicatorDetail(db: Db, id: number): Promise<IndicatorDetail | null> {
  const indicator = await getIndicator(db, id);
  if (!indicator) return null;
  const [parentRows, children, reporters, plans] = await Promise.all([
    indicator.parentId === null
      ? Promise.resolve([])
      : db.select({ id: indicators.id, code: indicators.code, nameVi: indicators.nameVi }).from(indicators).where(eq(indicators.id, indicator.parentId)),
    db
      .select({ id: indicators.id, code: indicators.code, nameVi: indicators.nameVi, validTo: indicators.validTo })
      .from(indicators)
      .where(eq(indicators.parentId, id))
      .orderBy(asc(indicators.sortOrder), asc(indicators.code)),
    db
      .select({ id: agencies.id, name: agencies.name })
      .from(indicatorReporters)
      .innerJoin(agencies, eq(agencies.id, indicatorReporters.agencyId))
      .where(eq(indicatorReporters.indicatorId, id))
      .orderBy(asc(agencies.name)),
    db
      .select({ id: indicatorPlans.id, agencyId: indicatorPlans.agencyId, year: indicatorPlans.year, target: indicatorPlans.target, version: indicatorPlans.version })
      .from(indicatorPlans)
      .where(eq(indicatorPlans.indicatorId, id))
      .orderBy(asc(indicatorPlans.year)),
  ]);
  return { indicator, parent: parentRows[0] ?? null, children, reporters, plans };
}

export interface Option {
  value: string;
  label: string;
}

/** Indicators that may be a parent: main indicators (no parent of their own), other than `exceptId`. */
export async function listParentOptions(db: Db, exceptId?: number): Promise<Option[]> {
  const rows = await db
    .select({ id: indicators.id, code: indicators.code, nameVi: indicators.nameVi, unit: indicators.unit })
    .from(indicators)
    .where(and(isNull(indicators.parentId), exceptId === undefined ? undefined : ne(indicators.id, exceptId)))
    .orderBy(asc(indicators.sector), asc(indicators.sortOrder), asc(indicators.code));
  return rows.map((row) => ({ value: String(row.id), label: `${row.code} — ${row.nameVi} (${row.unit})` }));
}

/** Agencies that may report: those active today, plus any already chosen (so a closed one can be unticked). */
export async function listReporterOptions(db: Db, today: string, chosen: readonly number[] = []): Promise<{ id: number; label: string }[]> {
  const active = and(or(isNull(agencies.validFrom), sql`${agencies.validFrom} <= ${today}`), or(isNull(agencies.validTo), sql`${agencies.validTo} >= ${today}`));
  const rows = await db
    .select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName })
    .from(agencies)
    .where(chosen.length > 0 ? or(active, inArray(agencies.id, [...chosen])) : active)
    .orderBy(asc(agencies.name));
  return rows.map((row) => ({ id: row.id, label: row.shortName ? `${row.name} (${row.shortName})` : row.name }));
}

export async function listReporterIds(db: Db, indicatorId: number): Promise<number[]> {
  const rows = await db.select({ agencyId: indicatorReporters.agencyId }).from(indicatorReporters).where(eq(indicatorReporters.indicatorId, indicatorId));
  return rows.map((row) => row.agencyId);
}

// ---------------------------------------------------------------------------
// Annual plans

export interface PlanItem extends CatalogueItem {
  plan: { id: number; target: string; version: number } | null;
}

/** Whether an indicator is followed at some time in the year (validFrom/validTo overlap it). */
export function inUseDuringYear(year: number): SQL {
  return sql`(${indicators.validFrom} is null or ${indicators.validFrom} <= ${`${year}-12-31`}) and (${indicators.validTo} is null or ${indicators.validTo} >= ${`${year}-01-01`})`;
}

/**
 * Every indicator in use in the year with its plan for that year (if any), arranged as the
 * catalogue, in one query. `agencyId` null: the department's plans, for every indicator; an
 * agency: that unit's own plans, for the indicators it reports.
 */
export async function listPlanRows(db: Db, year: number, agencyId: number | null = null): Promise<CatalogueSection<PlanItem>[]> {
  const planOfScope = agencyId === null ? isNull(indicatorPlans.agencyId) : eq(indicatorPlans.agencyId, agencyId);
  const reportedByAgency =
    agencyId === null ? undefined : inArray(indicators.id, db.select({ id: indicatorReporters.indicatorId }).from(indicatorReporters).where(eq(indicatorReporters.agencyId, agencyId)));
  const rows = await db
    .select({ ...catalogueColumns, planId: indicatorPlans.id, target: indicatorPlans.target, planVersion: indicatorPlans.version })
    .from(indicators)
    .leftJoin(parentIndicators, eq(parentIndicators.id, indicators.parentId))
    .leftJoin(indicatorPlans, and(eq(indicatorPlans.indicatorId, indicators.id), eq(indicatorPlans.year, year), planOfScope))
    .where(and(inUseDuringYear(year), reportedByAgency))
    .orderBy(asc(indicators.sector), asc(indicators.sortOrder), asc(indicators.code));
  return arrangeCatalogue(
    rows.map(({ planId, target, planVersion, ...item }) => ({
      ...item,
      plan: planId !== null && target !== null && planVersion !== null ? { id: planId, target, version: planVersion } : null,
    })),
  );
}

/** Units that may have their own plan: agencies that report some indicator, the department aside (its plan has no agency). */
export async function listPlanAgencies(db: Db): Promise<{ id: number; name: string }[]> {
  const rows = await db
    .selectDistinct({ id: agencies.id, name: agencies.name })
    .from(indicatorReporters)
    .innerJoin(agencies, eq(agencies.id, indicatorReporters.agencyId))
    .where(or(isNull(agencies.code), ne(agencies.code, DEPARTMENT_AGENCY_CODE)));
  return rows.sort((a, b) => compareVi(a.name, b.name));
}

/** The plans that are the base of one agency's figures: the department's own for the department, else the unit's own. */
export function plansOfAgency<P extends { agencyId: number | null }>(plans: readonly P[], agency: { id: number; code: string | null }): P[] {
  const planAgency = agency.code === DEPARTMENT_AGENCY_CODE ? null : agency.id;
  return plans.filter((plan) => plan.agencyId === planAgency);
}
