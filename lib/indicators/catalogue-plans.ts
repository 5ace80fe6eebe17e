import Decimal from "decimal.js";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { agencies, indicatorPlans, indicatorReporters, indicators } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import type { CommandContext } from "@/lib/commands";
import { UserFacingError } from "@/lib/errors";
import { inUseDuringYear } from "./catalogue-queries";
import { DEPARTMENT_AGENCY_CODE } from "./report-consolidated";
import { type SavePlansInput, TARGET_FIELD_PREFIX } from "./catalogue-validation";

/*
 * The annual plans (kế hoạch năm) of one year, saved from one form in one transaction. Each
 * row carries the version of the plan the form showed, so two people saving the same year
 * cannot overwrite each other's target unseen: the losing row is refused under its field and
 * nothing of that save is written. Without an agency the plans are the department's (the
 * province's); with one they are that unit's own, for the indicators it reports.
 */

export interface SavePlansResult {
  created: number;
  changed: number;
  removed: number;
  unchanged: number;
}

const fieldOf = (indicatorId: number) => `${TARGET_FIELD_PREFIX}${indicatorId}`;

export async function savePlans({ tx, actorId, audit }: CommandContext, input: SavePlansInput): Promise<SavePlansResult> {
  const result: SavePlansResult = { created: 0, changed: 0, removed: 0, unchanged: 0 };
  if (input.rows.length === 0) return result;
  const ids = input.rows.map((row) => row.indicatorId);
  const { agencyId } = input;
  if (agencyId !== null) await assertUnitAgency(tx, agencyId);

  // A unit's plan only for what the unit reports: its report is the only place the plan is read.
  const inUse = await tx
    .select({ id: indicators.id, nonNegative: indicators.nonNegative })
    .from(indicators)
    .where(
      and(
        inArray(indicators.id, ids),
        inUseDuringYear(input.year),
        agencyId === null
          ? undefined
          : inArray(indicators.id, tx.select({ id: indicatorReporters.indicatorId }).from(indicatorReporters).where(eq(indicatorReporters.agencyId, agencyId))),
      ),
    );
  const indicatorById = new Map(inUse.map((row) => [row.id, row]));
  // Locked so the versions compared below are the ones this transaction overwrites.
  const existing = await tx
    .select()
    .from(indicatorPlans)
    .where(and(eq(indicatorPlans.year, input.year), inArray(indicatorPlans.indicatorId, ids), agencyId === null ? isNull(indicatorPlans.agencyId) : eq(indicatorPlans.agencyId, agencyId)))
    .for("update");
  const planByIndicator = new Map(existing.map((plan) => [plan.indicatorId, plan]));

  for (const row of input.rows) {
    const field = fieldOf(row.indicatorId);
    const indicator = indicatorById.get(row.indicatorId);
    const plan = planByIndicator.get(row.indicatorId);
    // Another person added, changed or removed this plan since the form was loaded.
    if ((plan?.version ?? null) !== row.expectedVersion) throw new UserFacingError("indicators.plans.errors.conflict", field);
    if (row.target === null) {
      if (!plan) {
        result.unchanged++;
        continue;
      }
      await tx.delete(indicatorPlans).where(and(eq(indicatorPlans.id, plan.id), eq(indicatorPlans.version, plan.version)));
      await audit({ action: "indicator.plan_remove", entityType: "indicator", entityId: row.indicatorId, before: plan });
      result.removed++;
      continue;
    }
    if (!indicator) throw new UserFacingError(agencyId === null ? "indicators.plans.errors.notInUse" : "indicators.plans.errors.notReportedByAgency", field);
    if (indicator.nonNegative && new Decimal(row.target).isNegative()) throw new UserFacingError("indicators.plans.errors.negative", field);
    if (!plan) {
      const [after] = await tx.insert(indicatorPlans).values({ indicatorId: row.indicatorId, agencyId, year: input.year, target: row.target, updatedById: actorId }).returning();
      await audit({ action: "indicator.plan_set", entityType: "indicator", entityId: row.indicatorId, after });
      result.created++;
      continue;
    }
    // "1200.0000" as stored is the same target as "1200" as typed.
    if (new Decimal(plan.target).equals(new Decimal(row.target))) {
      result.unchanged++;
      continue;
    }
    const { before, after } = await updateVersioned(tx, indicatorPlans, plan.id, plan.version, { target: row.target, updatedById: actorId });
    await audit({ action: "indicator.plan_set", entityType: "indicator", entityId: row.indicatorId, before, after });
    result.changed++;
  }
  return result;
}

/** A unit's own plan: an agency that exists and is not the department (whose plan has no agency). */
async function assertUnitAgency(tx: CommandContext["tx"], agencyId: number): Promise<void> {
  const [agency] = await tx.select({ code: agencies.code }).from(agencies).where(eq(agencies.id, agencyId)).limit(1);
  if (!agency || agency.code === DEPARTMENT_AGENCY_CODE) throw new UserFacingError("indicators.plans.errors.agency", "agencyId");
}
