import { z } from "zod";
import { directiveSectors, indicatorKinds } from "@/db/schema";
import { checkbox, enumField, idSchema, optionalDate, optionalId, optionalText, requiredDate, requiredText, versionField } from "@/lib/validation";
import { AGENCY_FIELD_PREFIX, PLAN_VERSION_FIELD_PREFIX, TARGET_FIELD_PREFIX } from "./catalogue-fields";
import { parseDecimalInput } from "./compute";

/*
 * Forms of the indicator catalogue and the annual plans. Messages are keys: "validation.*"
 * for the shared ones, "indicators.errors.*" for the catalogue's own.
 */

export { AGENCY_FIELD_PREFIX, PLAN_VERSION_FIELD_PREFIX, TARGET_FIELD_PREFIX };

/** Reporting agencies come as one checkbox per agency ("agency_12" = "on"), so a refused form keeps every tick. */
function collectAgencies(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const values = value as Record<string, unknown>;
  const reporterIds = Object.keys(values)
    .filter((key) => key.startsWith(AGENCY_FIELD_PREFIX) && /^\d{1,9}$/.test(key.slice(AGENCY_FIELD_PREFIX.length)) && values[key] === "on")
    .map((key) => Number(key.slice(AGENCY_FIELD_PREFIX.length)));
  return { ...values, reporterIds };
}

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Codes as printed in report templates: letters, digits, ".", "_", "-", no spaces (BC-01, VT.TB.DĐ). */
const codeField = () =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.string({ error: "validation.required" }).min(1, "validation.required").max(40, "validation.tooLong").regex(/^[\p{L}\p{N}._-]+$/u, "indicators.errors.codeFormat"),
  );

const decimalsField = () =>
  z.preprocess(emptyToUndefined, z.coerce.number({ error: "indicators.errors.decimals" }).int("indicators.errors.decimals").min(0, "indicators.errors.decimals").max(4, "indicators.errors.decimals"));

const sortOrderField = () =>
  z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: "indicators.errors.sortOrder" }).int("indicators.errors.sortOrder").min(0, "indicators.errors.sortOrder").max(99_999, "indicators.errors.sortOrder").default(0),
  );

const indicatorObject = z.object({
  code: codeField(),
  nameVi: requiredText(500),
  nameEn: optionalText(500),
  unit: requiredText(60),
  sector: enumField(directiveSectors),
  kind: enumField(indicatorKinds),
  decimals: decimalsField(),
  parentId: optionalId(),
  sortOrder: sortOrderField(),
  validFrom: optionalDate(),
  validTo: optionalDate(),
  nonNegative: checkbox(),
  reporterIds: z.array(idSchema).max(500, "validation.invalid"),
});

const validRange = (value: { validFrom?: string; validTo?: string }) => !value.validFrom || !value.validTo || value.validTo >= value.validFrom;

export const createIndicatorSchema = z.preprocess(collectAgencies, indicatorObject.refine(validRange, { message: "validation.dateRange", path: ["validTo"] }));
export type IndicatorInput = z.output<typeof createIndicatorSchema>;

export const updateIndicatorSchema = z.preprocess(
  collectAgencies,
  indicatorObject.extend({ id: idSchema, version: versionField() }).refine(validRange, { message: "validation.dateRange", path: ["validTo"] }),
);
export type UpdateIndicatorInput = z.output<typeof updateIndicatorSchema>;

/** Retire from a day: the indicator is not reported for periods that start on or after it. */
export const retireIndicatorSchema = z.object({ id: idSchema, version: versionField(), retireFrom: requiredDate() });
export type RetireIndicatorInput = z.output<typeof retireIndicatorSchema>;

export const deleteIndicatorSchema = z.object({ id: idSchema, version: versionField() });
export type DeleteIndicatorInput = z.output<typeof deleteIndicatorSchema>;

// ---------------------------------------------------------------------------
// Annual plans: one form for a year, one target field per indicator.


export interface PlanRowInput {
  indicatorId: number;
  /** As typed ("1.200", "13,6"); empty means "no plan". Parsed by the command with parseDecimalInput. */
  text: string;
  /** The version of the plan the form showed; null when it showed none. */
  expectedVersion: number | null;
}

/** The year's rows from "target_<id>" and "planVersion_<id>" fields; only rows the form sent are touched. */
function collectPlanRows(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const values = value as Record<string, unknown>;
  const rows: PlanRowInput[] = [];
  for (const key of Object.keys(values)) {
    if (!key.startsWith(TARGET_FIELD_PREFIX)) continue;
    const id = key.slice(TARGET_FIELD_PREFIX.length);
    if (!/^\d{1,9}$/.test(id)) continue;
    const text = values[key];
    const version = values[`${PLAN_VERSION_FIELD_PREFIX}${id}`];
    const expectedVersion = (typeof version === "string" || typeof version === "number") && /^\d{1,9}$/.test(String(version)) ? Number(version) : null;
    rows.push({ indicatorId: Number(id), text: typeof text === "string" ? text.trim() : "", expectedVersion });
  }
  return { ...values, rows };
}

export const PLAN_YEAR_MIN = 1990;
export const PLAN_YEAR_MAX = 2100;

export const planYearField = () =>
  z.coerce.number({ error: "indicators.plans.errors.year" }).int("indicators.plans.errors.year").min(PLAN_YEAR_MIN, "indicators.plans.errors.year").max(PLAN_YEAR_MAX, "indicators.plans.errors.year");

const MAX_INTEGER_DIGITS = 16;
const MAX_DECIMALS = 4;

/**
 * A target as typed ("1.200", "13,6") → a decimal string ("1200", "13.6"), or null when the
 * field is empty (no plan). Each row's error goes under its own field, all at once.
 */
function parseTargets(value: { year: number; agencyId?: number; rows: PlanRowInput[] }, ctx: z.RefinementCtx) {
  const rows: PlanTarget[] = [];
  for (const row of value.rows) {
    const field = `${TARGET_FIELD_PREFIX}${row.indicatorId}`;
    if (row.text === "") {
      rows.push({ indicatorId: row.indicatorId, target: null, expectedVersion: row.expectedVersion });
      continue;
    }
    const parsed = row.text.length <= 40 ? parseDecimalInput(row.text) : { ok: false as const };
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: "indicators.plans.errors.number", path: [field] });
      continue;
    }
    const [whole, fraction = ""] = parsed.value.replace(/^-/, "").split(".");
    if (whole.replace(/^0+/, "").length > MAX_INTEGER_DIGITS) ctx.addIssue({ code: "custom", message: "indicators.plans.errors.number", path: [field] });
    else if (fraction.length > MAX_DECIMALS) ctx.addIssue({ code: "custom", message: "indicators.plans.errors.decimals", path: [field] });
    else rows.push({ indicatorId: row.indicatorId, target: parsed.value, expectedVersion: row.expectedVersion });
  }
  return { year: value.year, agencyId: value.agencyId ?? null, rows };
}

export interface PlanTarget {
  indicatorId: number;
  /** Decimal string with "." ("1200", "13.6"); null = no plan (an existing one is removed). */
  target: string | null;
  expectedVersion: number | null;
}

export const savePlansSchema = z.preprocess(
  collectPlanRows,
  z
    .object({
      year: planYearField(),
      /** Empty: the department's (province's) plan; an agency: that unit's own plan. */
      agencyId: optionalId(),
      rows: z
        .array(z.object({ indicatorId: idSchema, text: z.string(), expectedVersion: z.number().int().positive().nullable() }))
        .max(2000, "validation.invalid"),
    })
    .transform(parseTargets),
);
export type SavePlansInput = z.output<typeof savePlansSchema>;
