import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  cellText,
  detectImportFileKind,
  ImportFileError,
  MAX_IMPORT_BYTES,
  numberText,
  parseCsvImport,
  parseImportFile,
} from "./import-parse";
import { buildZip } from "@/lib/zip/test-helpers";
import { EN_LABELS, VI_LABELS } from "./import-test-helpers";

const LABELS = [VI_LABELS, EN_LABELS];

async function errorKey(promise: Promise<unknown> | (() => unknown)): Promise<string | null> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    return error instanceof ImportFileError ? error.key : `unexpected: ${String(error)}`;
  }
  return null;
}

const CSV_HEADER = "Mã chỉ tiêu;Tên chỉ tiêu;Đơn vị tính;Giá trị;Tình trạng số liệu;Ghi chú;Tăng/giảm so cùng kỳ theo báo cáo (%);% kế hoạch năm theo báo cáo";

describe("reading a CSV import", () => {
  it("reads the template's CSV: preamble, header, quoted text with semicolons, Vietnamese numbers as written", () => {
    const text = [
      "\ufeffMẫu nhập số liệu chỉ tiêu",
      "Đơn vị báo cáo;Sở Thông tin và Truyền thông",
      "Kỳ báo cáo;6 tháng đầu năm 2012",
      "Mã kỳ báo cáo;2012-H1",
      "",
      CSV_HEADER,
      'CT-01;"Doanh thu; bưu chính";tỷ đồng;89,16;Ước đạt;"Ghi ""ước"" đạt";9;50',
      "CT-02;'- Thuê bao di động;thuê bao;468.112;;;;",
      ";;;;;;;",
      "CT-03;Số giờ;giờ;;;;;",
    ].join("\r\n");
    const parsed = parseCsvImport(text, LABELS);
    expect(parsed.meta).toEqual({ agencyName: "Sở Thông tin và Truyền thông", periodCode: "2012-H1" });
    expect(parsed.rows).toEqual([
      { line: 7, code: "CT-01", name: "Doanh thu; bưu chính", unit: "tỷ đồng", value: "89,16", status: "Ước đạt", note: 'Ghi "ước" đạt', growth: "9", plan: "50" },
      { line: 8, code: "CT-02", name: "- Thuê bao di động", unit: "thuê bao", value: "468.112", status: "", note: "", growth: "", plan: "" },
      { line: 10, code: "CT-03", name: "Số giờ", unit: "giờ", value: "", status: "", note: "", growth: "", plan: "" },
    ]);
  });

  it("finds the columns by their header, in any order, with ',' as delimiter and without a preamble", () => {
    const text = 'Giá trị,Mã chỉ tiêu,Ghi chú\n"13,6",CT-09,"a, b"\n';
    const parsed = parseCsvImport(text, LABELS);
    expect(parsed.meta).toEqual({ agencyName: null, periodCode: null });
    expect(parsed.rows).toEqual([{ line: 2, code: "CT-09", name: "", unit: "", value: "13,6", status: "", note: "a, b", growth: "", plan: "" }]);
  });

  it("recognises the headers of a template downloaded in the other language, whatever their case", () => {
    const parsed = parseCsvImport("indicator code;VALUE\nCT-01;5\n", LABELS);
    expect(parsed.rows[0]).toMatchObject({ code: "CT-01", value: "5" });
  });

  it("refuses a file without the header row, and an unclosed quote", async () => {
    expect(await errorKey(() => parseCsvImport("a;b\n1;2\n", LABELS))).toBe("noHeader");
    expect(await errorKey(() => parseCsvImport(`${CSV_HEADER}\nCT-01;"x;;;;;;\n`, LABELS))).toBe("csvQuote");
  });

  it("refuses more rows than an import may hold", async () => {
    const rows = Array.from({ length: 2001 }, (_, i) => `CT-${i};1`).join("\n");
    expect(await errorKey(() => parseCsvImport(`Mã chỉ tiêu;Giá trị\n${rows}\n`, LABELS))).toBe("tooManyRows");
  });
});

describe("spreadsheet cells as text", () => {
  it("gives numbers back exactly, with the decimal comma, never with float artefacts", () => {
    expect(numberText(89.16)).toBe("89,16");
    expect(numberText(468112)).toBe("468112");
    expect(numberText(468.112)).toBe("468,112");
    expect(numberText(-3.5)).toBe("-3,5");
    expect(numberText(1e21)).toBe("1000000000000000000000");
    // A formula's float sum keeps its artefact, so the validator refuses its 17 decimals instead of guessing.
    expect(numberText(0.1 + 0.2)).toBe("0,30000000000000004");
  });

  it("reads a percentage-formatted cell as the percentage shown", () => {
    expect(numberText(0.136, "0.0%")).toBe("13,6");
    expect(numberText(0.5, "0%")).toBe("50");
    expect(numberText(0.5, '0.00" %"')).toBe("0,5");
  });

  it("reads rich text, formulas, links, dates and errors as a person would", () => {
    expect(cellText({ richText: [{ text: "Thuê " }, { text: "bao" }] })).toBe("Thuê bao");
    expect(cellText({ formula: "A1*2", result: 13.6 })).toBe("13,6");
    expect(cellText({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(cellText({ text: "CT-01", hyperlink: "http://x" })).toBe("CT-01");
    expect(cellText(new Date(Date.UTC(2012, 5, 30)))).toBe("30/06/2012");
    expect(cellText(null)).toBe("");
  });
});

async function workbookBytes(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Nhập số liệu"));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("reading an .xlsx import", () => {
  it("reads numeric cells as numbers, text cells as written, and the preamble", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(["Mẫu nhập số liệu chỉ tiêu"]);
      sheet.addRow(["Đơn vị báo cáo", "Sở Thông tin và Truyền thông"]);
      sheet.addRow(["Mã kỳ báo cáo", "2012-H1"]);
      sheet.addRow([]);
      sheet.addRow(Object.values(VI_LABELS.columns));
      sheet.addRow(["CT-01", "Doanh thu", "tỷ đồng", 89.16, "Ước đạt", null, 9, 50]);
      sheet.addRow(["CT-02", "Thuê bao", "thuê bao", "468.112"]);
      const ratio = sheet.addRow(["CT-03", "Tỷ lệ", "%", 0.945]);
      ratio.getCell(4).numFmt = "0.0%";
      sheet.addRow(["CT-04", "Giờ", "giờ", { formula: "10*1.5", result: 15 }]);
    });
    expect(await detectImportFileKind(bytes, "mau.xlsx")).toBe("xlsx");
    const parsed = await parseImportFile(bytes, "xlsx", LABELS);
    expect(parsed.meta).toEqual({ agencyName: "Sở Thông tin và Truyền thông", periodCode: "2012-H1" });
    expect(parsed.rows.map((r) => [r.line, r.code, r.value, r.status, r.growth, r.plan])).toEqual([
      [6, "CT-01", "89,16", "Ước đạt", "9", "50"],
      [7, "CT-02", "468.112", "", "", ""],
      [8, "CT-03", "94,5", "", "", ""],
      [9, "CT-04", "15", "", "", ""],
    ]);
  });

  it("refuses a workbook without the header row", async () => {
    const bytes = await workbookBytes((sheet) => sheet.addRow(["Bảng khác", 1]));
    expect(await errorKey(parseImportFile(bytes, "xlsx", LABELS))).toBe("noHeader");
  });
});

describe("the type of an uploaded file", () => {
  it("is decided by its content, not its name", async () => {
    const csv = new TextEncoder().encode(`${CSV_HEADER}\n`);
    expect(await detectImportFileKind(csv, "so-lieu.csv")).toBe("csv");
    expect(await errorKey(detectImportFileKind(csv, "so-lieu.xlsx"))).toBe("typeNotAllowed");
    const pdf = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
    // A PDF renamed to .csv is still a PDF.
    expect(await errorKey(detectImportFileKind(pdf, "so-lieu.csv"))).toBe("typeNotAllowed");
    expect(await errorKey(detectImportFileKind(pdf, "so-lieu.pdf"))).toBe("typeNotAllowed");
  });

  it("explains a CSV saved in the Windows code page, an old .xls, an empty and an oversized file", async () => {
    const windows1258 = Uint8Array.from([0x4d, 0xe3, 0x20, 0x63, 0x68, 0xec, 0x3b, 0x31, 0x0a]);
    expect(await errorKey(detectImportFileKind(windows1258, "so-lieu.csv"))).toBe("csvNotUtf8");
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await errorKey(detectImportFileKind(ole, "so-lieu.xls"))).toBe("oldExcel");
    expect(await errorKey(detectImportFileKind(new Uint8Array(0), "so-lieu.csv"))).toBe("empty");
    expect(await errorKey(detectImportFileKind(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x31), "so-lieu.csv"))).toBe("tooLarge");
  });

  it("refuses an archive that would unpack to far more than any template, whatever its headers claim, before exceljs sees it", async () => {
    const content = Buffer.alloc(41 * 1024 * 1024);
    const honest = buildZip([{ name: "xl/worksheets/sheet1.xml", content }]);
    // The same bytes with headers that claim 1 000 bytes: exceljs would unpack them all.
    const lying = buildZip([{ name: "xl/worksheets/sheet1.xml", content, declaredSize: 1000 }]);
    for (const bomb of [honest, lying]) {
      expect(bomb.length).toBeLessThan(MAX_IMPORT_BYTES);
      expect(await errorKey(parseImportFile(bomb, "xlsx", LABELS))).toBe("unpackedTooLarge");
    }
    const template = await workbookBytes((sheet) => sheet.addRow(["Mã chỉ tiêu", "Giá trị"]));
    const readable = await errorKey(parseImportFile(template, "xlsx", LABELS));
    expect(readable).not.toBe("unpackedTooLarge");
    expect(readable).not.toBe("unreadable");
  });

  it("refuses a damaged workbook as unreadable", async () => {
    const bytes = await workbookBytes((sheet) => sheet.addRow(["Mã chỉ tiêu", "Giá trị"]));
    expect(await errorKey(parseImportFile(bytes.slice(0, 200), "xlsx", LABELS))).toBe("unreadable");
  });
});
