import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicatorReports } from "@/db/schema";
import type { MutationCore } from "@/lib/actions";
import { can, type PermissionScope } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { type GridIndicatorRule, valueGridSchema } from "./report-validation";
import { loadReportForEdit, saveReportValues } from "./report-values";

/*
 * Entering a report's values as shared rules: the entry grid's server action and the
 * /api/v1 handler both run this schema (the grid's), scope and command, so the draft-only
 * rule, the unit scope, the value rules and all-or-nothing hold for both.
 */

export async function reportScope(input: { reportId: number }, db: Db): Promise<PermissionScope> {
  const [row] = await db.select({ agencyId: indicatorReports.agencyId }).from(indicatorReports).where(eq(indicatorReports.id, input.reportId)).limit(1);
  return { agencyId: row?.agencyId ?? null };
}

/**
 * The grid's rules (which indicators, which are ratios or never negative), read only for
 * someone who may enter the report's values; for anyone else the grid is empty and the
 * mutation refuses them by the report's agency before anything is parsed into a write.
 */
export async function gridRulesFor(db: Db, user: CurrentUser | null, reportId: number): Promise<Map<number, GridIndicatorRule>> {
  const rules = new Map<number, GridIndicatorRule>();
  if (!user || !Number.isInteger(reportId) || reportId <= 0) return rules;
  const edit = await loadReportForEdit(db, reportId);
  if (edit && can(user, "reports.enter", { agencyId: edit.report.agencyId })) {
    for (const row of edit.rows) rules.set(row.indicator.id, { kind: row.indicator.kind, nonNegative: row.indicator.nonNegative });
  }
  return rules;
}

export function reportValuesMutation<S extends ReturnType<typeof valueGridSchema>>(schema: S) {
  return {
    schema,
    permission: "reports.enter",
    scope: reportScope,
    run: ({ tx, audit, input, user: actor }) => saveReportValues({ tx, audit, actorId: actor.id }, { reportId: input.reportId, values: input.values, actor }),
  } satisfies MutationCore<S, unknown>;
}
