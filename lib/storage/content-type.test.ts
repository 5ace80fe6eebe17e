import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { UserFacingError } from "@/lib/errors";
import { detectAllowedType, requireAllowedType } from "./content-type";

/** A real zip archive (deflated entries, central directory) built by hand, so the test needs no zip library. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const raw = Buffer.from(text, "utf8");
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const PDF = Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fe0def46b80000000049454e44ae426082", "hex");
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);

function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("PE\0\0", 0x80, "latin1");
  return bytes;
}

const DOCX_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

describe("content type detection", () => {
  it("accepts a PDF and a PNG by their bytes and reports the real MIME type", async () => {
    expect(await detectAllowedType(PDF, "Báo cáo.pdf")).toEqual({ mime: "application/pdf", ext: "pdf" });
    expect(await detectAllowedType(PNG, "so-do.png")).toEqual({ mime: "image/png", ext: "png" });
    // The name does not decide: a PNG named .pdf is stored as what it is.
    expect((await detectAllowedType(PNG, "anh.pdf"))?.mime).toBe("image/png");
  });

  it("refuses HTML and executables whatever their name says", async () => {
    const html = Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    expect(await detectAllowedType(html, "bao-cao.pdf")).toBeNull();
    expect(await detectAllowedType(ELF, "bao-cao.pdf")).toBeNull();
    expect(await detectAllowedType(windowsExecutable(), "bao-cao.pdf")).toBeNull();
    expect(await detectAllowedType(windowsExecutable(), "bao-cao.docx")).toBeNull();
    await expect(requireAllowedType(html, "bao-cao.pdf")).rejects.toMatchObject({ messageKey: "files.typeNotAllowed", field: "file" });
    await expect(requireAllowedType(html, "bao-cao.pdf")).rejects.toBeInstanceOf(UserFacingError);
  });

  it("accepts Office Open XML but not a plain zip", async () => {
    const docx = zip({ "[Content_Types].xml": DOCX_TYPES, "word/document.xml": "<w:document/>" });
    expect(await detectAllowedType(docx, "Kết luận.docx")).toEqual({ mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx" });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Chỉ tiêu").addRow(["Tổng sản phẩm", 13.6]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await detectAllowedType(xlsx, "chi-tieu.xlsx")).toEqual({ mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" });
    const plainZip = zip({ "setup.exe": "MZ", "readme.txt": "x" });
    expect(await detectAllowedType(plainZip, "tai-lieu.docx")).toBeNull();
    expect(await detectAllowedType(plainZip, "tai-lieu.zip")).toBeNull();
  });

  it("accepts an old Office (OLE) file only under a .doc, .xls or .ppt name", async () => {
    expect(await detectAllowedType(OLE, "Tờ trình.doc")).toEqual({ mime: "application/msword", ext: "doc" });
    expect(await detectAllowedType(OLE, "so-lieu.XLS")).toEqual({ mime: "application/vnd.ms-excel", ext: "xls" });
    expect(await detectAllowedType(OLE, "trinh-chieu.ppt")).toEqual({ mime: "application/vnd.ms-powerpoint", ext: "ppt" });
    expect(await detectAllowedType(OLE, "cai-dat.msi")).toBeNull();
    expect(await detectAllowedType(OLE, "bao-cao.pdf")).toBeNull();
  });

  it("accepts UTF-8 text as .txt or .csv and refuses binary or other names", async () => {
    const csv = Buffer.from("\ufeffĐơn vị,Số liệu\nSở Kế hoạch và Đầu tư,468112\n", "utf8");
    expect(await detectAllowedType(csv, "so-lieu.csv")).toEqual({ mime: "text/csv; charset=utf-8", ext: "csv" });
    expect(await detectAllowedType(Buffer.from("Ghi chú cuộc họp", "utf8"), "ghi-chu.txt")).toEqual({ mime: "text/plain; charset=utf-8", ext: "txt" });
    expect(await detectAllowedType(Buffer.from([0x61, 0x2c, 0x00, 0x62, 0x0a]), "so-lieu.csv")).toBeNull();
    expect(await detectAllowedType(Buffer.from([0x61, 0xff, 0xfe, 0x62]), "so-lieu.csv")).toBeNull();
    expect(await detectAllowedType(csv, "so-lieu.html")).toBeNull();
    expect(await detectAllowedType(csv, "so-lieu")).toBeNull();
  });
});
