import { and, count, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, directiveIndicators, indicatorPlans, indicatorReporters, indicators, indicatorValues } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import type { CommandContext } from "@/lib/commands";
import { lastDayBefore } from "@/lib/directory/rules";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import type { DeleteIndicatorInput, IndicatorInput, RetireIndicatorInput, UpdateIndicatorInput } from "./catalogue-validation";

/*
 * Changes to the indicator catalogue (admin only: indicators.manage). Each takes the
 * transaction and the audit writer explicitly so tests run it on the real database; a
 * UserFacingError rolls the whole change back, so a refused save writes nothing.
 */

export type IndicatorRow = typeof indicators.$inferSelect;
type AuditedIndicator = IndicatorRow & { reporterIds: number[] };

// Parent links are checked against other rows (the parent has no parent, the child has no
// children); this lock makes two such edits queue up so together they cannot build a chain.
const CATALOGUE_TREE_LOCK = 0x4e53_0005;
async function lockCatalogueTree(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CATALOGUE_TREE_LOCK})`);
}

/** Codes are compared without case, so "bc-01" cannot sit beside "BC-01" in a report template. */
async function assertCodeFree(tx: Db, code: string, exceptId: number | null): Promise<void> {
  const sameCode = sql`lower(${indicators.code}) = lower(${code})`;
  const [taken] = await tx
    .select({ id: indicators.id })
    .from(indicators)
    .where(exceptId === null ? sameCode : and(sameCode, ne(indicators.id, exceptId)))
    .limit(1);
  if (taken) throw new UserFacingError("indicators.errors.codeTaken", "code");
}

/**
 * "Trong đó" is one level deep: the parent is a main indicator (no parent of its own) of the
 * same kind and unit, since a sub-indicator is a part of its parent's figure.
 */
async function assertParentAllowed(tx: Db, id: number | null, input: Pick<IndicatorInput, "parentId" | "kind" | "unit">): Promise<void> {
  if (input.parentId === undefined) return;
  if (input.parentId === id) throw new UserFacingError("indicators.errors.parentSelf", "parentId");
  const [parent] = await tx.select().from(indicators).where(eq(indicators.id, input.parentId)).limit(1);
  if (!parent) throw new UserFacingError("indicators.errors.parentUnknown", "parentId");
  if (parent.parentId !== null) throw new UserFacingError("indicators.errors.parentIsChild", "parentId");
  if (parent.kind !== input.kind || parent.unit !== input.unit) throw new UserFacingError("indicators.errors.parentMismatch", "parentId");
  if (id !== null) {
    const [child] = await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.parentId, id)).limit(1);
    if (child) throw new UserFacingError("indicators.errors.hasChildren", "parentId");
  }
}

async function assertAgenciesExist(tx: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, ids));
  if (found.length !== new Set(ids).size) throw new UserFacingError("validation.agencyUnknown", "reporterIds");
}

async function reporterIdsOf(tx: Db, indicatorId: number): Promise<number[]> {
  const rows = await tx.select({ agencyId: indicatorReporters.agencyId }).from(indicatorReporters).where(eq(indicatorReporters.indicatorId, indicatorId));
  return rows.map((row) => row.agencyId).sort((a, b) => a - b);
}

async function setReporters(tx: Db, indicatorId: number, agencyIds: number[]): Promise<number[]> {
  const unique = [...new Set(agencyIds)].sort((a, b) => a - b);
  await tx.delete(indicatorReporters).where(eq(indicatorReporters.indicatorId, indicatorId));
  if (unique.length > 0) await tx.insert(indicatorReporters).values(unique.map((agencyId) => ({ indicatorId, agencyId })));
  return unique;
}

const indicatorValuesOf = (input: IndicatorInput) => ({
  code: input.code,
  nameVi: input.nameVi,
  nameEn: input.nameEn ?? null,
  unit: input.unit,
  sector: input.sector,
  kind: input.kind,
  decimals: input.decimals,
  parentId: input.parentId ?? null,
  sortOrder: input.sortOrder,
  validFrom: input.validFrom ?? null,
  validTo: input.validTo ?? null,
  nonNegative: input.nonNegative,
});

export async function createIndicator({ tx, audit }: CommandContext, input: IndicatorInput): Promise<IndicatorRow> {
  await lockCatalogueTree(tx);
  await assertCodeFree(tx, input.code, null);
  await assertParentAllowed(tx, null, input);
  await assertAgenciesExist(tx, input.reporterIds);
  const [row] = await tx.insert(indicators).values(indicatorValuesOf(input)).returning();
  const reporterIds = await setReporters(tx, row.id, input.reporterIds);
  await audit({ action: "indicator.create", entityType: "indicator", entityId: row.id, after: { ...row, reporterIds } satisfies AuditedIndicator });
  return row;
}

async function hasValues(tx: Db, indicatorId: number): Promise<boolean> {
  const [row] = await tx.select({ id: indicatorValues.id }).from(indicatorValues).where(eq(indicatorValues.indicatorId, indicatorId)).limit(1);
  return Boolean(row);
}

/**
 * Everything in the form, refused when someone saved the indicator since the form was
 * loaded. The kind of an indicator with figures stays as it is: summing a former ratio, or
 * reading a former flow as a level, would change the meaning of figures already reported.
 */
export async function updateIndicator({ tx, audit }: CommandContext, input: UpdateIndicatorInput): Promise<IndicatorRow> {
  await lockCatalogueTree(tx);
  const [current] = await tx.select().from(indicators).where(eq(indicators.id, input.id)).limit(1);
  if (!current) throw new NotFoundError();
  if (current.version !== input.version) throw new ConflictError();
  await assertCodeFree(tx, input.code, input.id);
  await assertParentAllowed(tx, input.id, input);
  await assertAgenciesExist(tx, input.reporterIds);
  if (current.kind !== input.kind && (await hasValues(tx, input.id))) throw new UserFacingError("indicators.errors.kindInUse", "kind");
  if (current.kind !== input.kind || current.unit !== input.unit) {
    const [mismatch] = await tx
      .select({ id: indicators.id })
      .from(indicators)
      .where(and(eq(indicators.parentId, input.id), sql`(${indicators.kind} <> ${input.kind} or ${indicators.unit} <> ${input.unit})`))
      .limit(1);
    if (mismatch) throw new UserFacingError("indicators.errors.childrenMismatch", current.kind !== input.kind ? "kind" : "unit");
  }
  const beforeReporters = await reporterIdsOf(tx, input.id);
  const { before, after } = await updateVersioned(tx, indicators, input.id, input.version, indicatorValuesOf(input));
  const reporterIds = await setReporters(tx, input.id, input.reporterIds);
  await audit({
    action: "indicator.update",
    entityType: "indicator",
    entityId: input.id,
    before: { ...before, reporterIds: beforeReporters } satisfies AuditedIndicator,
    after: { ...after, reporterIds } satisfies AuditedIndicator,
  });
  return after;
}

/**
 * Stops following an indicator from a day: validTo becomes the day before (the last day it
 * is reported, as the "Theo dõi đến ngày" field says), and its history stays.
 */
export async function retireIndicator({ tx, audit }: CommandContext, input: RetireIndicatorInput): Promise<IndicatorRow> {
  const validTo = lastDayBefore(input.retireFrom);
  const [current] = await tx.select({ validFrom: indicators.validFrom }).from(indicators).where(eq(indicators.id, input.id)).limit(1);
  if (!current) throw new NotFoundError();
  if (current.validFrom !== null && validTo < current.validFrom) throw new UserFacingError("indicators.errors.retireBeforeStart", "retireFrom");
  const { before, after } = await updateVersioned(tx, indicators, input.id, input.version, { validTo });
  await audit({ action: "indicator.retire", entityType: "indicator", entityId: input.id, before, after });
  return after;
}

export interface IndicatorUsage {
  values: number;
  plans: number;
  children: number;
  directives: number;
}

/** How much refers to an indicator, in one query; anything above zero means it can only be retired. */
export async function indicatorUsage(tx: Db, indicatorId: number): Promise<IndicatorUsage> {
  const countOf = (table: typeof indicatorValues | typeof indicatorPlans | typeof directiveIndicators) =>
    tx.select({ n: count() }).from(table).where(eq(table.indicatorId, indicatorId));
  const [[values], [plans], [children], [directives]] = await Promise.all([
    countOf(indicatorValues),
    countOf(indicatorPlans),
    tx.select({ n: count() }).from(indicators).where(eq(indicators.parentId, indicatorId)),
    countOf(directiveIndicators),
  ]);
  return { values: values.n, plans: plans.n, children: children.n, directives: directives.n };
}

export function isInUse(usage: IndicatorUsage): boolean {
  return usage.values + usage.plans + usage.children + usage.directives > 0;
}

/** Deletes an indicator entered by mistake; one with figures, plans, sub-indicators or directives is refused. */
export async function deleteIndicator({ tx, audit }: CommandContext, input: DeleteIndicatorInput): Promise<IndicatorRow> {
  // Locked first so no value or sub-indicator can be added between the check and the delete.
  await lockCatalogueTree(tx);
  const [before] = await tx.select().from(indicators).where(eq(indicators.id, input.id)).for("update");
  if (!before) throw new NotFoundError();
  if (before.version !== input.version) throw new ConflictError();
  if (isInUse(await indicatorUsage(tx, input.id))) throw new UserFacingError("indicators.errors.inUse");
  const reporterIds = await reporterIdsOf(tx, input.id);
  await tx.delete(indicators).where(and(eq(indicators.id, input.id), eq(indicators.version, input.version)));
  await audit({ action: "indicator.delete", entityType: "indicator", entityId: input.id, before: { ...before, reporterIds } satisfies AuditedIndicator });
  return before;
}
