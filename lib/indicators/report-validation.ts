import Decimal from "decimal.js";
import { z } from "zod";
import { type IndicatorKind, valueStatuses } from "@/db/schema";
import { parsePeriod } from "@/lib/periods";
import { enumField, idSchema, optionalDate, requiredText, versionField } from "@/lib/validation";
import { parseDecimalInput } from "./compute";
import type { ValueInput } from "./report-values";

/*
 * Forms of indicator reports. Messages are keys: "validation.*" for the shared ones,
 * "reports.errors.*" for the reports' own.
 */

/** The part of a period code after the year, as offered in the "Kỳ báo cáo" select. */
export const PERIOD_PARTS = ["H1", "H2", "9M", "Y", "Q1", "Q2", "Q3", "Q4", "M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M11", "M12"] as const;

const yearField = () =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ error: "validation.required" }).min(1, "validation.required").regex(/^\d{4}$/, "reports.errors.year"),
  );

export const createPeriodSchema = z
  .object({
    year: yearField(),
    periodKind: enumField(PERIOD_PARTS),
    dueOn: optionalDate(),
  })
  .transform((input, ctx) => {
    const periodCode = `${input.year}-${input.periodKind}`;
    const year = Number(input.year);
    if (!parsePeriod(periodCode) || year < 1990 || year > 2100) {
      ctx.addIssue({ code: "custom", message: "reports.errors.year", path: ["year"] });
      return z.NEVER;
    }
    return { periodCode, dueOn: input.dueOn ?? null };
  });

const periodCodeField = () => requiredText(10).pipe(z.string().regex(/^\d{4}-[0-9A-Z]{1,3}$/, "reports.errors.periodUnknown"));

/** The secretariat: one agency, or "all" = every agency that reports some indicator. */
export const openReportsSchema = z.object({
  periodCode: periodCodeField(),
  agencyId: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.union([z.literal("all"), idSchema], { error: "validation.required" })),
});

/** One agency's report (a unit officer's own agency; the action scopes it). */
export const openOwnReportSchema = z.object({ periodCode: periodCodeField(), agencyId: idSchema });

export const reportStepSchema = z.object({ reportId: idSchema, version: versionField() });
export const returnReportSchema = reportStepSchema.extend({ comment: requiredText(2000) });
export const unlockReportSchema = reportStepSchema.extend({ reason: requiredText(2000) });
export const conferenceLinkSchema = z.object({ reportId: idSchema, conferenceId: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number({ error: "validation.required" }).int().positive("validation.required")) });

// ---- The entry grid ------------------------------------------------------------------------

/** Field names of one grid row, by indicator id: value_12, status_12, note_12, growth_12, plan_12, version_12. */
export const gridField = {
  value: (id: number) => `value_${id}`,
  status: (id: number) => `status_${id}`,
  note: (id: number) => `note_${id}`,
  growth: (id: number) => `growth_${id}`,
  plan: (id: number) => `plan_${id}`,
  version: (id: number) => `version_${id}`,
};

export interface GridIndicatorRule {
  kind: IndicatorKind;
  nonNegative: boolean;
}

const MAX_INTEGER_DIGITS = 16; // numeric(20,4)
const MAX_PERCENT_INTEGER_DIGITS = 7; // numeric(9,2)

function digits(value: string): { integer: number; fraction: number } {
  const [integer, fraction = ""] = value.replace(/^-/, "").split(".");
  return { integer: integer.replace(/^0+(?=\d)/, "").length, fraction: fraction.length };
}

const text = (raw: Record<string, unknown>, key: string) => (typeof raw[key] === "string" ? (raw[key] as string).trim() : "");

/**
 * The grid as one form: a row per indicator the agency reports (`rules`, by indicator id).
 * A row left wholly empty is not entered and is skipped; a comparison or a note without a
 * figure is kept (value null); every other row is checked (a number, not negative where impossible, a ratio not above 100,
 * within what the database keeps) and each error is reported under its own cell, all at
 * once, so nothing is written until the whole grid is right.
 */
export function valueGridSchema(rules: ReadonlyMap<number, GridIndicatorRule>) {
  return z
    .object({ reportId: idSchema })
    .catchall(z.unknown())
    .transform((raw, ctx) => {
      const values: ValueInput[] = [];
      const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", message, path: [path] });
      for (const [indicatorId, rule] of rules) {
        const valueText = text(raw, gridField.value(indicatorId));
        const versionText = text(raw, gridField.version(indicatorId));
        const expectedVersion = versionText === "" ? null : Number(versionText);
        if (expectedVersion !== null && (!Number.isInteger(expectedVersion) || expectedVersion < 1)) {
          fail(gridField.value(indicatorId), "validation.invalid");
          continue;
        }
        const note = text(raw, gridField.note(indicatorId));
        // Sources often give "tăng 53%" without the figure: a comparison (or a note) alone is
        // stored as reported, never dropped. Only a row left wholly empty is not entered.
        const somethingElse = [gridField.growth, gridField.plan].some((field) => text(raw, field(indicatorId)) !== "") || note !== "";
        if (valueText === "" && !somethingElse) {
          // A figure once entered cannot be blanked out: its history would lose its last step.
          if (expectedVersion !== null) fail(gridField.value(indicatorId), "reports.errors.cannotClear");
          continue;
        }
        let figure: string | null = null;
        if (valueText !== "") {
          const parsed = parseDecimalInput(valueText);
          if (!parsed.ok) {
            fail(gridField.value(indicatorId), "reports.errors.notANumber");
            continue;
          }
          figure = parsed.value;
          const value = new Decimal(parsed.value);
          const size = digits(parsed.value);
          if (rule.nonNegative && value.isNegative() && !value.isZero()) fail(gridField.value(indicatorId), "reports.errors.negative");
          else if (rule.kind === "ratio" && value.greaterThan(100)) fail(gridField.value(indicatorId), "reports.errors.ratioAbove100");
          else if (size.integer > MAX_INTEGER_DIGITS || size.fraction > 4) fail(gridField.value(indicatorId), "reports.errors.outOfRange");
        }

        const statusText = text(raw, gridField.status(indicatorId)) || "estimated";
        const status = valueStatuses.find((s) => s === statusText);
        if (!status) fail(gridField.status(indicatorId), "validation.invalid");
        if (note.length > 1000) fail(gridField.note(indicatorId), "validation.tooLong");
        const percent = (field: string): string | null => {
          const t = text(raw, field);
          if (t === "") return null;
          const p = parseDecimalInput(t.replace(/%$/, ""));
          if (!p.ok) {
            fail(field, "reports.errors.notANumber");
            return null;
          }
          const d = digits(p.value);
          if (d.integer > MAX_PERCENT_INTEGER_DIGITS || d.fraction > 2) fail(field, "reports.errors.percentOutOfRange");
          return p.value;
        };
        const reportedGrowthPercent = percent(gridField.growth(indicatorId));
        const reportedPlanPercent = percent(gridField.plan(indicatorId));
        values.push({ indicatorId, value: figure, status: status ?? "estimated", note: note || null, reportedGrowthPercent, reportedPlanPercent, expectedVersion });
      }
      return { reportId: raw.reportId, values };
    });
}
