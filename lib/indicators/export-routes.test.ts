import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { indicatorPlans, indicatorValues } from "@/db/schema";
import { expectPrintable } from "@/lib/xlsx-test-helpers";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { request, signedIn } from "@/test/next-request";
import { importSheetLabels, valueStatusLabels } from "./export-labels";
import { previewImport } from "./import-commands";
import { parseImportFile } from "./import-parse";
import { createImportIndicator, createImportReport, insertImportValue } from "./import-test-helpers";
import type { ImportContext } from "./import-validate";

// Imported after test/next-request so that it is the mock (a key translates to itself), as the routes see it.
const { getTranslations } = await import("@/lib/i18n/server");
const templateXlsx = await import("@/app/api/reports/[id]/template.xlsx/route");
const templateCsv = await import("@/app/api/reports/[id]/template.csv/route");
const reportXlsx = await import("@/app/api/reports/[id]/xlsx/route");
const consolidatedXlsx = await import("@/app/api/reports/consolidated.xlsx/route");

type IdRoute = { GET: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response> };
const call = (route: IdRoute, id: number | string) => route.GET(new Request(`http://localhost/api/reports/${id}/x`), { params: Promise.resolve({ id: String(id) }) });
const consolidated = (period?: string) => consolidatedXlsx.GET(new Request(`http://localhost/api/reports/consolidated.xlsx${period === undefined ? "" : `?period=${period}`}`));

/** The status words the template writes under test (message keys), as the import actions accept them. */
async function templateStatuses(): Promise<ImportContext["statusLabels"]> {
  const words = valueStatusLabels(await getTranslations());
  return { estimated: [words.estimated], preliminary: [words.preliminary], official: [words.official] };
}

beforeEach(() => {
  request.user = null;
});

async function sheetOf(response: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.worksheets[0];
}

/** A telecom enterprise's H1 2012 report: revenue 89.16 with a plan, "of which" 13.6, subscribers 468112. */
async function setUp() {
  const agency = await createAgency(db(), { name: "Viễn thông Điện Biên" });
  const revenue = await createImportIndicator(db(), { reporters: [agency.id], nameVi: "Doanh thu", unit: "tỷ đồng", kind: "flow", decimals: 2, sortOrder: 1 });
  const local = await createImportIndicator(db(), { reporters: [agency.id], nameVi: "Doanh thu dịch vụ nội hạt", unit: "tỷ đồng", kind: "flow", decimals: 2, sortOrder: 2, parentId: revenue.id });
  const subscribers = await createImportIndicator(db(), { reporters: [agency.id], nameVi: "Thuê bao di động", unit: "thuê bao", kind: "stock", sortOrder: 3 });
  const report = await createImportReport(db(), { agencyId: agency.id });
  await insertImportValue(db(), report.id, revenue.id, "89.16", { status: "estimated", reportedGrowthPercent: "9" });
  await insertImportValue(db(), report.id, local.id, "13.6", { note: "Ước tính" });
  await db().insert(indicatorPlans).values({ indicatorId: revenue.id, agencyId: agency.id, year: 2012, target: "178.32" });
  const officer = await createUser(db(), { role: "unit_officer", agencyId: agency.id });
  return { agency, revenue, local, subscribers, report, officer };
}

describe("report downloads: who may have them", () => {
  it("answer 401 signed out, 404 to another agency's officer and for unknown ids, 200 to leaders", async () => {
    const { report } = await setUp();
    for (const route of [templateXlsx, templateCsv, reportXlsx]) expect((await call(route, report.id)).status).toBe(401);
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: (await createAgency(db())).id }));
    for (const route of [templateXlsx, templateCsv, reportXlsx]) {
      const hidden = await call(route, report.id);
      expect(hidden.status).toBe(404);
      expect(hidden.headers.get("Content-Disposition")).toBeNull();
    }
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    for (const id of ["abc", "999999", "1e3", "-1"]) expect((await call(reportXlsx, id)).status).toBe(404);
    request.user = signedIn(await createUser(db(), { role: "leader" }));
    expect((await call(reportXlsx, report.id)).status).toBe(200);
  });

  it("refuse the consolidated table to unit officers and answer 400/404 for a bad or unknown period", async () => {
    await setUp();
    expect((await consolidated("2012-H1")).status).toBe(401);
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: (await createAgency(db())).id }));
    expect((await consolidated("2012-H1")).status).toBe(403);
    request.user = signedIn(await createUser(db(), { role: "viewer" }));
    expect((await consolidated()).status).toBe(400);
    expect((await consolidated("2012-H7")).status).toBe(400);
    expect((await consolidated("2031-Q1")).status).toBe(404);
    expect((await consolidated("2012-H1")).status).toBe(200);
  });
});

describe("the report as .xlsx", () => {
  it("holds the report table with exact numeric cells, the indicator's format and sub-indicators indented", async () => {
    const { report, officer, revenue } = await setUp();
    // The unit wrote 10,28% of plan where 50% is computed: both go out, exactly.
    await db().update(indicatorValues).set({ reportedPlanPercent: "10.28" }).where(eq(indicatorValues.indicatorId, revenue.id));
    request.user = signedIn(officer);
    const response = await call(reportXlsx, report.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="[^"]+\.xlsx"; filename\*=UTF-8''.*\.xlsx$/);
    const sheet = await sheetOf(response);
    expect(sheet.getCell("A1").value).toBe("reportImport.export.reportTitle");
    const rows = [5, 6, 7].map((n) => sheet.getRow(n));
    expect(rows.map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(3).value])).toEqual([
      ["1", "Doanh thu", "tỷ đồng"],
      ["1.1", "- Doanh thu dịch vụ nội hạt", "tỷ đồng"],
      ["2", "Thuê bao di động", "thuê bao"],
    ]);
    const value = rows[0].getCell(4);
    expect(value.value).toBe(89.16);
    expect(String(value.value)).toBe("89.16");
    expect(value.numFmt).toBe("#,##0.00");
    expect(rows[1].getCell(4).value).toBe(13.6);
    // % of plan computed from the unit's own plan (89.16 / 178.32) beside the 10,28 it reported; growth only as reported.
    expect(rows[0].getCell(5).value).toBe(50);
    expect(rows[0].getCell(6).value).toBe(10.28);
    expect(rows[0].getCell(6).numFmt).toBe("#,##0.00");
    expect(rows[0].getCell(8).value).toBeNull();
    expect(rows[0].getCell(9).value).toBe(9);
    expect(rows[0].getCell(10).value).toBe("reportImport.statuses.estimated");
    expect(rows[0].getCell(11).value).toBe("reportImport.export.planReportedDiffers");
    expect(rows[1].getCell(11).value).toBe("Ước tính");
    expectPrintable(sheet, 4, "landscape");
    // No value yet: an empty cell, not a zero.
    expect(rows[2].getCell(4).value).toBeNull();
  });
});

describe("the consolidated table as .xlsx", () => {
  it("sums the units' submitted figures exactly", async () => {
    const { revenue } = await setUp();
    const other = await createAgency(db());
    const submitted = await createImportReport(db(), { agencyId: other.id, status: "submitted" });
    await insertImportValue(db(), submitted.id, revenue.id, "10.5");
    const third = await createAgency(db());
    const approved = await createImportReport(db(), { agencyId: third.id, status: "approved" });
    await insertImportValue(db(), approved.id, revenue.id, "0.01");
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    const sheet = await sheetOf(await consolidated("2012-H1"));
    const row = sheet.getRow(5);
    expect(row.getCell(1).value).toBe("Doanh thu");
    // The draft report (89.16) is not summed; 10.5 + 0.01 exactly.
    expect(row.getCell(3).value).toBe(10.51);
    expect(row.getCell(3).numFmt).toBe("#,##0.00");
    expectPrintable(sheet, 4, "landscape");
  });
});

describe("the import template", () => {
  it("is an .xlsx with locked catalogue columns, a status list, existing values, and reads back unchanged", async () => {
    const { report, officer, revenue, subscribers } = await setUp();
    request.user = signedIn(officer);
    const response = await call(templateXlsx, report.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/filename\*=UTF-8''/);
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    const sheet = await sheetOf(response);
    const header = sheet.getRow(12);
    expect(header.getCell(1).value).toBe("reportImport.columns.code");
    const first = sheet.getRow(13);
    expect([first.getCell(1).value, first.getCell(3).value, first.getCell(4).value, first.getCell(4).numFmt]).toEqual([revenue.code, "tỷ đồng", 89.16, "#,##0.00"]);
    // Protected without a password: the lock keeps hands off the codes, Excel can still lift it.
    // exceljs reads the protection back but does not declare it in its types.
    const { sheetProtection } = sheet as ExcelJS.Worksheet & { sheetProtection?: Record<string, unknown> | null };
    expect(sheetProtection).toMatchObject({ sheet: true });
    expect(sheetProtection).not.toHaveProperty("hashValue");
    expect(first.getCell(1).protection?.locked).not.toBe(false);
    expect(first.getCell(4).protection?.locked).toBe(false);
    expect(first.getCell(5).dataValidation).toMatchObject({ type: "list", formulae: ['"reportImport.statuses.estimated,reportImport.statuses.preliminary,reportImport.statuses.official"'] });
    expect(sheet.getRow(15).getCell(1).value).toBe(subscribers.code);

    const labels = importSheetLabels(await getTranslations());
    const parsed = await parseImportFile(bytes, "xlsx", [labels]);
    expect(parsed.meta.periodCode).toBe("2012-H1");
    expect(parsed.rows.map((r) => [r.code, r.value])).toEqual([
      [revenue.code, "89,16"],
      [expect.any(String), "13,6"],
      [subscribers.code, ""],
    ]);
    const preview = await previewImport(db(), officer, report.id, parsed, await templateStatuses());
    expect(preview.fileProblems).toEqual([]);
    expect(preview.validation.rows.map((r) => r.change.kind)).toEqual(["unchanged", "unchanged", "skipped"]);
  });

  it("is a UTF-8 CSV with BOM and semicolons that reads back unchanged", async () => {
    const { report, officer } = await setUp();
    request.user = signedIn(officer);
    const response = await call(templateCsv, report.id);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(";89,16;reportImport.statuses.estimated;;9;\r\n");
    expect(text).toContain(";'- Doanh thu dịch vụ nội hạt;");
    const parsed = await parseImportFile(bytes, "csv", [importSheetLabels(await getTranslations())]);
    expect(parsed.rows[1]).toMatchObject({ name: "- Doanh thu dịch vụ nội hạt", value: "13,6", note: "Ước tính" });
    const preview = await previewImport(db(), officer, report.id, parsed, await templateStatuses());
    expect(preview.validation.rows.map((r) => r.change.kind)).toEqual(["unchanged", "unchanged", "skipped"]);
  });
});
