import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { indicatorReporters, indicatorValueRevisions, indicatorValues } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { ForbiddenError, UserFacingError } from "@/lib/errors";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { applyImport, previewImport } from "./import-commands";
import type { ParsedImportFile, RawImportRow } from "./import-parse";
import { SPREADSHEET_DECIMAL_MARK } from "./import-decimal";
import { createImportIndicator, createImportReport, importContext, insertImportValue, STATUS_LABELS } from "./import-test-helpers";

const officer = (agencyId: number) => ({ role: "unit_officer" as const, agencyId });
const secretariat = { role: "secretariat" as const, agencyId: null };

const file = (rows: Partial<RawImportRow>[], meta: ParsedImportFile["meta"] = { agencyName: null, periodCode: null }): ParsedImportFile => ({
  rows: rows.map((r, i) => ({ line: i + 2, code: "", name: "", unit: "", value: "", status: "", note: "", growth: "", plan: "", ...r })),
  meta,
  decimalMark: SPREADSHEET_DECIMAL_MARK,
});

async function setUp() {
  const agency = await createAgency(db(), { name: "Viễn thông Điện Biên" });
  const subscribers = await createImportIndicator(db(), { reporters: [agency.id], unit: "thuê bao", sortOrder: 1 });
  const revenue = await createImportIndicator(db(), { reporters: [agency.id], unit: "tỷ đồng", kind: "flow", sortOrder: 2 });
  const report = await createImportReport(db(), { agencyId: agency.id });
  return { agency, subscribers, revenue, report };
}

const valuesOf = (reportId: number) => db().select().from(indicatorValues).where(eq(indicatorValues.reportId, reportId)).orderBy(indicatorValues.indicatorId);

async function refusal(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

/** As mutate() runs it: in a transaction, so a refusal rolls everything back. */
const apply = (actor: Parameters<typeof applyImport>[1], reportId: number, parsed: ParsedImportFile, entries: AuditEntry[] = []) =>
  db().transaction((tx) => applyImport({ ...importContext(db(), entries), tx }, actor, { reportId, file: parsed, fileName: "so-lieu.xlsx", statusLabels: STATUS_LABELS }));

describe("previewing an import", () => {
  it("shows what would change against the report's current values and writes nothing", async () => {
    const { agency, subscribers, revenue, report } = await setUp();
    await insertImportValue(db(), report.id, revenue.id, "80");
    const stranger = await createImportIndicator(db(), { code: "SACH-IN" });
    const preview = await previewImport(
      db(),
      officer(agency.id),
      report.id,
      file([
        { code: subscribers.code.toLowerCase(), value: "468.112" },
        { code: revenue.code, value: "89,16" },
        { code: "sach-in", value: "5" },
        { code: "KHONG-CO", value: "5" },
      ]),
      STATUS_LABELS,
    );
    expect(preview.validation.rows.map((r) => [r.change.kind, r.errors.map((e) => e.key)])).toEqual([
      ["new", []],
      ["revised", []],
      ["invalid", ["notReported"]],
      ["invalid", ["unknownCode"]],
    ]);
    expect(preview.validation.rows[2].indicator?.id).toBe(stranger.id);
    expect((await valuesOf(report.id)).map((v) => v.value)).toEqual(["80.0000"]);
  });

  it("notices the template of another period or agency", async () => {
    const { agency, subscribers, report } = await setUp();
    const preview = await previewImport(db(), officer(agency.id), report.id, file([{ code: subscribers.code, value: "1" }], { agencyName: "Bưu điện tỉnh", periodCode: "2012-Q3" }), STATUS_LABELS);
    expect(preview.fileProblems).toEqual([
      { key: "wrongPeriod", values: { file: "2012-Q3", report: "2012-H1" } },
      { key: "wrongAgency", values: { file: "Bưu điện tỉnh", report: "Viễn thông Điện Biên" } },
    ]);
    const same = await previewImport(db(), officer(agency.id), report.id, file([], { agencyName: " viễn thông điện biên ", periodCode: "2012-h1" }), STATUS_LABELS);
    expect(same.fileProblems).toEqual([]);
  });

  it("refuses another agency's officer and a report that is no longer a draft", async () => {
    const { report, subscribers } = await setUp();
    const other = await createAgency(db());
    expect(await refusal(previewImport(db(), officer(other.id), report.id, file([{ code: subscribers.code, value: "1" }]), STATUS_LABELS))).toBeInstanceOf(ForbiddenError);
    const submittedAgency = await createAgency(db());
    const submitted = await createImportReport(db(), { agencyId: submittedAgency.id, status: "submitted" });
    expect((await refusal(previewImport(db(), secretariat, submitted.id, file([]), STATUS_LABELS))).messageKey).toBe("reportImport.errors.locked");
  });
});

describe("applying an import", () => {
  it("writes every row in one go through saveReportValues, keeps the revised value's history and audits the import", async () => {
    const { agency, subscribers, revenue, report } = await setUp();
    const earlier = await insertImportValue(db(), report.id, revenue.id, "80", { status: "estimated" });
    const entries: AuditEntry[] = [];
    const result = await apply(
      officer(agency.id),
      report.id,
      file([
        { code: subscribers.code, value: "468.112", status: "Chính thức", growth: "9" },
        { code: revenue.code, value: "89,16", note: "sơ bộ quý II", status: "Sơ bộ" },
      ]),
      entries,
    );
    expect(result).toEqual({ created: 1, revised: 1, unchanged: 0 });
    expect((await valuesOf(report.id)).map((v) => [v.indicatorId, v.value, v.status, v.reportedGrowthPercent, v.note])).toEqual([
      [subscribers.id, "468112.0000", "official", "9.00", null],
      [revenue.id, "89.1600", "preliminary", null, "sơ bộ quý II"],
    ]);
    const history = await db().select().from(indicatorValueRevisions).where(eq(indicatorValueRevisions.valueId, earlier.id));
    expect(history.map((h) => h.value)).toEqual(["80.0000"]);
    expect(entries.map((e) => e.action)).toEqual(["indicator_value.save", "indicator_report.import"]);
    expect(entries[1]).toMatchObject({ entityType: "indicator_report", entityId: report.id, after: { fileName: "so-lieu.xlsx", rows: 2, created: 1, revised: 1, unchanged: 0 } });
  });

  it("re-checks the rows on the server: an invalid row sent back refuses the whole import", async () => {
    const { agency, subscribers, revenue, report } = await setUp();
    const error = await refusal(apply(officer(agency.id), report.id, file([{ code: subscribers.code, value: "5" }, { code: revenue.code, value: "abc" }])));
    expect(error.messageKey).toBe("reportImport.errors.changedSincePreview");
    expect(await valuesOf(report.id)).toEqual([]);
  });

  it("refuses when the catalogue changed since the preview (the indicator is no longer reported by the agency)", async () => {
    const { agency, subscribers, revenue, report } = await setUp();
    const parsed = file([{ code: subscribers.code, value: "5" }, { code: revenue.code, value: "6" }]);
    expect((await previewImport(db(), officer(agency.id), report.id, parsed, STATUS_LABELS)).validation.errorCount).toBe(0);
    await db().delete(indicatorReporters).where(eq(indicatorReporters.indicatorId, revenue.id));
    expect((await refusal(apply(officer(agency.id), report.id, parsed))).messageKey).toBe("reportImport.errors.changedSincePreview");
    expect(await valuesOf(report.id)).toEqual([]);
  });

  it("refuses a file of another period, an empty file, a locked report and another agency's officer, writing nothing", async () => {
    const { agency, subscribers, report } = await setUp();
    const row = [{ code: subscribers.code, value: "5" }];
    expect((await refusal(apply(officer(agency.id), report.id, file(row, { agencyName: null, periodCode: "2011-H1" })))).messageKey).toBe("reportImport.errors.changedSincePreview");
    expect((await refusal(apply(officer(agency.id), report.id, file([{ code: subscribers.code, value: "" }])))).messageKey).toBe("reportImport.errors.nothingToWrite");
    const other = await createAgency(db());
    expect(await refusal(apply(officer(other.id), report.id, file(row)))).toBeInstanceOf(ForbiddenError);
    const lockedAgency = await createAgency(db());
    const lockedIndicator = await createImportIndicator(db(), { reporters: [lockedAgency.id] });
    const locked = await createImportReport(db(), { agencyId: lockedAgency.id, status: "approved" });
    expect((await refusal(apply(secretariat, locked.id, file([{ code: lockedIndicator.code, value: "5" }])))).messageKey).toBe("reportImport.errors.locked");
    expect(await valuesOf(report.id)).toEqual([]);
    expect(await valuesOf(locked.id)).toEqual([]);
  });
});
