import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { agencies, indicatorReports, reportStatuses, valueStatuses } from "@/db/schema";
import { gridRulesFor, reportValuesMutation } from "@/lib/indicators/report-mutations";
import { loadVisibleReport, parseReportListParams, reportListConditions } from "@/lib/indicators/report-queries";
import { gridField, valueGridSchema } from "@/lib/indicators/report-validation";
import { loadReportForEdit } from "@/lib/indicators/report-values";
import { apiMutate } from "../handler";
import { cursorAt, keysetConditions, keysetOrder, listEnvelope, listQueryFields, pageOf } from "../pagination";
import { ApiProblem } from "../problem";
import { defineApiRoute, idParams } from "../route";
import { agencyRef, idFilter, instant, isoDate, isoInstant, optionalInstant } from "./common";

/*
 * Indicator reports and their values. Reads use the report pages' visibility; writing values
 * runs the entry grid's own mutation (valueGridSchema → saveReportValues): draft only, the
 * unit's own report, the indicator rules, a stale version refused, and nothing written unless
 * every value is right. The API takes machine numbers ("2.067" is two point zero six seven)
 * and hands them to the grid in its Vietnamese form ("2,067"), so no figure is read twice ways.
 */

const reportSchema = z.object({
  id: z.number().int(),
  agency: agencyRef,
  periodCode: z.string().meta({ example: "2012-H1" }),
  status: z.enum(reportStatuses),
  submittedAt: isoInstant.nullable(),
  approvedAt: isoInstant.nullable(),
  version: z.number().int(),
  updatedAt: isoInstant,
});

const decimalText = z.string().meta({ description: "Decimal with '.' as the decimal mark", example: "468112" });

const reportDetailSchema = reportSchema.extend({
  dueOn: isoDate,
  values: z.array(
    z.object({
      indicator: z.object({ id: z.number().int(), code: z.string(), name: z.string(), unit: z.string(), kind: z.string(), parentId: z.number().int().nullable() }),
      value: decimalText.nullable(),
      status: z.enum(valueStatuses).nullable(),
      note: z.string().nullable(),
      reportedGrowthPercent: decimalText.nullable(),
      reportedPlanPercent: decimalText.nullable(),
      version: z.number().int().nullable().meta({ description: "Send it back when revising the value; null: no value yet" }),
    }),
  ),
});

const exampleReport = {
  id: 8,
  agency: { id: 7, name: "Viettel Điện Biên" },
  periodCode: "2012-H1",
  status: "draft" as const,
  submittedAt: null,
  approvedAt: null,
  version: 2,
  updatedAt: "2012-06-25T03:00:00.000Z",
};

export const listReportsRoute = defineApiRoute({
  method: "GET",
  path: "/reports",
  operationId: "listReports",
  tag: "Reports",
  summary: "Indicator reports the token's owner may see",
  description: "A unit officer's token sees its own unit's reports, as on /reports.",
  scope: "read",
  permission: "indicators.view",
  query: z.object({
    period: z.string().regex(/^\d{4}-[0-9A-Z]{1,3}$/).optional().meta({ description: "Period code, e.g. 2012-H1" }),
    agency: idFilter("Reporting agency id"),
    status: z.enum(reportStatuses).optional(),
    ...listQueryFields,
  }),
  response: listEnvelope(reportSchema),
  problems: ["unauthorized", "insufficient_scope", "invalid_request", "rate_limited"],
  example: { query: { period: "2012-H1" }, response: { items: [exampleReport], nextCursor: null } },
  handle: async ({ db, user, query }) => {
    const { cursor, limit, updated_since, ...pageParams } = query;
    const filters = parseReportListParams(Object.fromEntries(Object.entries(pageParams).map(([k, v]) => [k, v === undefined ? undefined : String(v)])));
    const keys = { updatedAt: indicatorReports.updatedAt, id: indicatorReports.id };
    const rows = await db
      .select({ report: indicatorReports, id: indicatorReports.id, cursorAt: cursorAt(indicatorReports.updatedAt), agencyName: agencies.name })
      .from(indicatorReports)
      .innerJoin(agencies, eq(agencies.id, indicatorReports.agencyId))
      .where(and(...reportListConditions(user, filters), ...keysetConditions(keys, { cursor, updated_since })))
      .orderBy(...keysetOrder(keys))
      .limit(limit + 1);
    return pageOf(rows, limit, ({ report, agencyName }) => ({
      id: report.id,
      agency: { id: report.agencyId, name: agencyName },
      periodCode: report.periodCode,
      status: report.status,
      submittedAt: optionalInstant(report.submittedAt),
      approvedAt: optionalInstant(report.approvedAt),
      version: report.version,
      updatedAt: instant(report.updatedAt),
    }));
  },
});

export const getReportRoute = defineApiRoute({
  method: "GET",
  path: "/reports/{id}",
  operationId: "getReport",
  tag: "Reports",
  summary: "A report with a row per indicator its agency reports in the period, and the values entered",
  scope: "read",
  permission: "indicators.view",
  params: idParams,
  response: reportDetailSchema,
  problems: ["unauthorized", "not_found", "rate_limited"],
  example: {
    params: { id: 8 },
    response: {
      ...exampleReport,
      dueOn: "2012-06-25",
      values: [
        {
          indicator: { id: 21, code: "VT-TB-DD", name: "Thuê bao di động", unit: "thuê bao", kind: "stock", parentId: null },
          value: "468112",
          status: "estimated",
          note: null,
          reportedGrowthPercent: "9",
          reportedPlanPercent: null,
          version: 1,
        },
      ],
    },
  },
  handle: async ({ db, user, params }) => {
    const header = await loadVisibleReport(db, params.id, user);
    if (!header) throw new ApiProblem("not_found");
    const [edit, [row]] = await Promise.all([
      loadReportForEdit(db, header.id),
      db.select({ updatedAt: indicatorReports.updatedAt }).from(indicatorReports).where(eq(indicatorReports.id, header.id)),
    ]);
    return {
      id: header.id,
      agency: { id: header.agencyId, name: header.agencyName },
      periodCode: header.periodCode,
      status: header.status,
      submittedAt: optionalInstant(header.submittedAt),
      approvedAt: optionalInstant(header.approvedAt),
      version: header.version,
      updatedAt: instant(row.updatedAt),
      dueOn: header.dueOn,
      values: (edit?.rows ?? []).map((r) => ({
        indicator: { id: r.indicator.id, code: r.indicator.code, name: r.indicator.nameVi, unit: r.indicator.unit, kind: r.indicator.kind, parentId: r.indicator.parentId },
        value: r.value?.value ?? null,
        status: r.value?.status ?? null,
        note: r.value?.note ?? null,
        reportedGrowthPercent: r.value?.reportedGrowthPercent ?? null,
        reportedPlanPercent: r.value?.reportedPlanPercent ?? null,
        version: r.value?.version ?? null,
      })),
    };
  },
});

/** A machine decimal: a JSON number or a string with "." as the decimal mark. */
const machineDecimal = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, "reports.errors.notANumber")]);
const gridDecimal = (value: number | string | null | undefined) => (value === null || value === undefined ? "" : String(value).replace(".", ","));

export const valueRowsSchema = z.object({
  values: z
    .array(
      z.object({
        indicatorId: z.number().int().positive(),
        value: machineDecimal,
        status: z.enum(valueStatuses).optional().meta({ description: "Default: estimated (ước đạt)" }),
        note: z.string().optional(),
        reportedGrowthPercent: machineDecimal.nullable().optional(),
        reportedPlanPercent: machineDecimal.nullable().optional(),
        version: z.number().int().positive().nullable().optional().meta({ description: "The value's version as last read; omit or null when there was none" }),
      }),
    )
    .min(1)
    .max(2000),
});
type ValueRows = z.output<typeof valueRowsSchema>;

/** The rows as the entry grid's fields (value_12, status_12 …), for the grid's own schema. */
function toGrid(reportId: number, rows: ValueRows["values"]): Record<string, unknown> {
  const fields: Record<string, unknown> = { reportId };
  for (const row of rows) {
    fields[gridField.value(row.indicatorId)] = gridDecimal(row.value);
    fields[gridField.status(row.indicatorId)] = row.status ?? "";
    fields[gridField.note(row.indicatorId)] = row.note ?? "";
    fields[gridField.growth(row.indicatorId)] = gridDecimal(row.reportedGrowthPercent);
    fields[gridField.plan(row.indicatorId)] = gridDecimal(row.reportedPlanPercent);
    fields[gridField.version(row.indicatorId)] = row.version == null ? "" : String(row.version);
  }
  return fields;
}

export const submitReportValuesRoute = defineApiRoute({
  method: "POST",
  path: "/reports/{id}/values",
  operationId: "submitReportValues",
  tag: "Reports",
  summary: "Enter or revise a draft report's values, all or nothing",
  description:
    "The entry grid's rules: a draft of the token owner's own unit, indicators the unit reports in the period, not negative where impossible, ratios at most 100. Every error is listed; nothing is written unless all values are right. A value changed since it was read (its version) is refused with 409.",
  scope: "reports:write",
  permission: "reports.enter",
  params: idParams,
  body: valueRowsSchema,
  response: z.object({ created: z.number().int(), revised: z.number().int(), unchanged: z.number().int() }),
  problems: ["unauthorized", "insufficient_scope", "forbidden", "not_found", "validation_failed", "refused", "conflict", "unsupported_media_type", "rate_limited"],
  example: { params: { id: 8 }, body: { values: [{ indicatorId: 21, value: "468112", status: "estimated", reportedGrowthPercent: 9, version: null }] }, response: { created: 1, revised: 0, unchanged: 0 } },
  handle: async (ctx) => {
    const parsed = valueRowsSchema.safeParse(ctx.body);
    if (!parsed.success) {
      throw new ApiProblem("validation_failed", { detailKey: "errors.checkFields", errors: parsed.error.issues.map((i) => ({ field: i.path.map(String).join("."), messageKey: i.message.includes(".") ? i.message : "validation.invalid" })) });
    }
    const rows = parsed.data.values;
    const rules = await gridRulesFor(ctx.db, ctx.user, ctx.params.id);
    // The grid only reads the indicators the unit reports; one it does not report is an error here, not ignored.
    const unknown = rules.size === 0 ? -1 : rows.findIndex((row) => !rules.has(row.indicatorId));
    if (unknown >= 0) throw new ApiProblem("validation_failed", { detailKey: "errors.checkFields", errors: [{ field: `values.${unknown}.indicatorId`, messageKey: "reports.errors.indicatorNotReported" }] });
    const indexOf = new Map(rows.map((row, index) => [row.indicatorId, index]));
    const cell = /^(value|status|note|growth|plan|version)_(\d+)$/;
    const apiName = { value: "value", status: "status", note: "note", growth: "reportedGrowthPercent", plan: "reportedPlanPercent", version: "version" } as const;
    const result = await apiMutate(ctx, reportValuesMutation(valueGridSchema(rules)), toGrid(ctx.params.id, rows), ["/reports", `/reports/${ctx.params.id}`], (field) => {
      const match = cell.exec(field);
      if (!match) return field;
      return `values.${indexOf.get(Number(match[2])) ?? "?"}.${apiName[match[1] as keyof typeof apiName]}`;
    });
    return result;
  },
});
