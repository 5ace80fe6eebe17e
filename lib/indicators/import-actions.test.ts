import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, indicatorValues } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { form, Redirected, request, signedIn } from "@/test/next-request";
import type { ImportFormState, ImportPreviewView } from "./import-present";
import { createImportIndicator, createImportReport, insertImportValue } from "./import-test-helpers";

const { previewImportAction, confirmImportAction } = await import("./import-actions");

beforeEach(() => {
  request.user = null;
});

// Under test, translations give back their keys, so the file's headers are the message keys.
const HEADER = ["reportImport.columns.code", "reportImport.columns.unit", "reportImport.columns.value", "reportImport.columns.status"].join(";");

async function setUp() {
  const agency = await createAgency(db());
  const subscribers = await createImportIndicator(db(), { reporters: [agency.id], unit: "thuê bao", sortOrder: 1 });
  const revenue = await createImportIndicator(db(), { reporters: [agency.id], unit: "tỷ đồng", kind: "flow", sortOrder: 2 });
  const report = await createImportReport(db(), { agencyId: agency.id });
  const officer = await createUser(db(), { role: "unit_officer", agencyId: agency.id });
  return { agency, subscribers, revenue, report, officer };
}

function upload(reportId: number, lines: string[], name = "so-lieu.csv"): FormData {
  const data = form({ reportId });
  data.set("file", new File([`\ufeff${[HEADER, ...lines].join("\r\n")}\r\n`], name, { type: "text/csv" }));
  return data;
}

function previewOf(state: ImportFormState): ImportPreviewView {
  if (state.status !== "preview") throw new Error(`expected a preview, got ${JSON.stringify(state)}`);
  return state.preview;
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Redirected);
  return (error as Redirected).url;
}

const valuesOf = (reportId: number) => db().select().from(indicatorValues).where(eq(indicatorValues.reportId, reportId)).orderBy(indicatorValues.indicatorId);

describe("import actions", () => {
  it("preview, then write everything on confirmation, and land on the import page with the counts", async () => {
    const { subscribers, revenue, report, officer } = await setUp();
    await insertImportValue(db(), report.id, revenue.id, "80");
    request.user = signedIn(officer);
    const preview = previewOf(
      await previewImportAction(idleFormState, upload(report.id, [`${subscribers.code};thuê bao;468.112;reportImport.statuses.official`, `${revenue.code};tỷ đồng;89,16;`])),
    );
    expect(preview.errorCount).toBe(0);
    expect(preview.rows.map((r) => [r.code, r.value, r.status, r.change])).toEqual([
      [subscribers.code, "468.112", "reportImport.statuses.official", "reportImport.changes.new"],
      [revenue.code, "89,16", "reportImport.statuses.estimated", "reportImport.changes.revised"],
    ]);
    expect(preview.payload).not.toBeNull();
    expect(await valuesOf(report.id)).toHaveLength(1);

    const url = await redirectOf(confirmImportAction(idleFormState, form({ reportId: report.id, fileName: preview.fileName, rows: preview.payload ?? "" })));
    expect(url).toBe(`/reports/${report.id}/import?created=1&revised=1&unchanged=0`);
    expect((await valuesOf(report.id)).map((v) => [v.value, v.status, v.enteredById])).toEqual([
      ["468112.0000", "official", officer.id],
      ["89.1600", "estimated", officer.id],
    ]);
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, "indicator_report.import"));
    expect(audit.map((a) => [a.entityId, a.actorId])).toEqual([[String(report.id), officer.id]]);
  });

  it("shows row errors in the preview and offers nothing to confirm", async () => {
    const { subscribers, revenue, report, officer } = await setUp();
    request.user = signedIn(officer);
    const preview = previewOf(await previewImportAction(idleFormState, upload(report.id, [`${subscribers.code};giờ;-5;`, `${revenue.code};tỷ đồng;abc;`, `${revenue.code};;1;`])));
    expect(preview.errorCount).toBe(3);
    expect(preview.payload).toBeNull();
    expect(preview.rows[0].errors).toEqual(["reportImport.rowErrors.wrongUnit", "reportImport.rowErrors.negative"]);
    expect(preview.rows[1].errors).toEqual(["reportImport.rowErrors.duplicateCode", "reportImport.rowErrors.notANumber"]);
  });

  it("never trusts the rows sent back: a tampered or broken hidden field writes nothing", async () => {
    const { subscribers, report, officer } = await setUp();
    request.user = signedIn(officer);
    const preview = previewOf(await previewImportAction(idleFormState, upload(report.id, [`${subscribers.code};thuê bao;5;`])));
    const tampered = (preview.payload ?? "").replace('"value":"5"', '"value":"-5"');
    expect(tampered).toContain('"value":"-5"');
    expect(await confirmImportAction(idleFormState, form({ reportId: report.id, rows: tampered }))).toMatchObject({ status: "error", message: "reportImport.errors.changedSincePreview" });
    expect(await confirmImportAction(idleFormState, form({ reportId: report.id, rows: "{not json" }))).toMatchObject({ status: "error", fieldErrors: { rows: "reportImport.errors.changedSincePreview" } });
    expect(await valuesOf(report.id)).toEqual([]);
  });

  it("refuses a file that is not a spreadsheet or CSV, under the file field", async () => {
    const { report, officer } = await setUp();
    request.user = signedIn(officer);
    const data = form({ reportId: report.id });
    data.set("file", new File([Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0xe2, 0xe3])], "so-lieu.xlsx"));
    expect(await previewImportAction(idleFormState, data)).toMatchObject({ status: "error", fieldErrors: { file: "reportImport.errors.typeNotAllowed" } });
    expect(await previewImportAction(idleFormState, form({ reportId: report.id, file: "" }))).toMatchObject({ status: "error", fieldErrors: { file: "reportImport.errors.chooseFile" } });
  });

  it("refuses another agency's officer, leaders and viewers on both steps — direct POSTs included — and writes nothing", async () => {
    const { subscribers, report, officer } = await setUp();
    request.user = signedIn(officer);
    const payload = previewOf(await previewImportAction(idleFormState, upload(report.id, [`${subscribers.code};thuê bao;5;`]))).payload ?? "";
    const otherAgency = await createAgency(db());
    for (const role of ["unit_officer", "leader", "viewer"] as const) {
      request.user = signedIn(await createUser(db(), { role, agencyId: otherAgency.id }));
      expect(await previewImportAction(idleFormState, upload(report.id, [`${subscribers.code};thuê bao;5;`]))).toMatchObject({ status: "error", message: "errors.forbidden" });
      expect(await confirmImportAction(idleFormState, form({ reportId: report.id, rows: payload }))).toMatchObject({ status: "error", message: "errors.forbidden" });
    }
    request.user = null;
    expect(await confirmImportAction(idleFormState, form({ reportId: report.id, rows: payload }))).toMatchObject({ status: "error", message: "errors.signedOut" });
    expect(await valuesOf(report.id)).toEqual([]);
  });

  it("refuses a report that was submitted after the preview", async () => {
    const { subscribers, report, officer, agency } = await setUp();
    request.user = signedIn(officer);
    const payload = previewOf(await previewImportAction(idleFormState, upload(report.id, [`${subscribers.code};thuê bao;5;`]))).payload ?? "";
    const submitted = await createImportReport(db(), { agencyId: agency.id, periodCode: "2012-Q3", status: "submitted" });
    expect(await previewImportAction(idleFormState, upload(submitted.id, [`${subscribers.code};thuê bao;5;`]))).toMatchObject({ status: "error", message: "reportImport.errors.locked" });
    expect(await confirmImportAction(idleFormState, form({ reportId: submitted.id, rows: payload }))).toMatchObject({ status: "error", message: "reportImport.errors.locked" });
    expect(await valuesOf(submitted.id)).toEqual([]);
  });
});
