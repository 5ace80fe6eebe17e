import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx";
import { everyVietnameseLetter, sampleSpec } from "./issue-fixtures";
import type { OfficialDocumentSpec } from "./spec";

async function parts(spec: OfficialDocumentSpec) {
  const zip = await JSZip.loadAsync(await renderDocx(spec));
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`missing ${path}`);
    return file.async("string");
  };
  return { document: await read("word/document.xml"), styles: await read("word/styles.xml"), core: await read("docProps/core.xml") };
}

/** The text of each paragraph of document.xml, in order. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((match) => [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))
    .filter((text) => text !== "")
    .map((text) => text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"'));
}

describe("renderDocx", () => {
  it("lays the page out as A4 with the Decree's margins in Times New Roman", async () => {
    const { document, styles } = await parts(sampleSpec());
    expect(document).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(document)?.[1] ?? "";
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
    // The default font of the document, and every run names it too.
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<\/w:docDefaults>/);
    const runs = [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]).filter((r) => r.includes("<w:t"));
    expect(runs.length).toBeGreaterThan(10);
    for (const r of runs) expect(r).toContain('w:ascii="Times New Roman"');
  });

  it("writes the header, number, date, title, numbering, signature and recipients", async () => {
    const texts = paragraphTexts((await parts(sampleSpec())).document);
    expect(texts.slice(0, 6)).toEqual(["UBND TỈNH ĐIỆN BIÊN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/TB-STTTT", "Điện Biên, ngày 02 tháng 7 năm 2012"]);
    expect(texts).toContain("THÔNG BÁO");
    expect(texts).toContain("Kết luận của Giám đốc Sở tại Hội nghị sơ kết 6 tháng đầu năm 2012");
    expect(texts).toContain("1. Tăng cường công tác quản lý nhà nước về báo chí.");
    expect(texts).toContain("2. Đẩy mạnh ứng dụng công nghệ thông tin.");
    expect(texts).toContain("3. Hoàn thành cổng thông tin điện tử.");
    const closing = texts.slice(texts.indexOf("Nơi nhận:"));
    expect(closing).toEqual(["Nơi nhận:", "- UBND tỉnh (b/c);", "- Các đơn vị dự Hội nghị;", "- Lưu: VT, TH.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"]);
  });

  it("formats the lines as the Decree asks", async () => {
    const { document } = await parts(sampleSpec());
    const paragraphOf = (text: string) => [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes(`>${text}<`)) ?? "";
    expect(paragraphOf("Điện Biên, ngày 02 tháng 7 năm 2012")).toContain("<w:i/>");
    expect(paragraphOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(paragraphOf("Độc lập - Tự do - Hạnh phúc")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(paragraphOf("THÔNG BÁO")).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    const body = paragraphOf("Sáng ngày 02/7/2012, Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết.");
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/w:firstLine="720"/);
    expect(body).toMatch(/w:after="120"/);
    expect(paragraphOf("Nơi nhận:")).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(paragraphOf("- Lưu: VT, TH.")).toContain('<w:sz w:val="22"/>');
    expect(paragraphOf("13,6")).toContain('<w:jc w:val="right"/>');
    expect(paragraphOf("Giá trị")).toContain("<w:b/>");
    // The header and the closing tables have no borders; the data table has.
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(3);
    expect(tables[0]).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(tables[1]).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(tables[2]).toMatch(/<w:tblBorders><w:top w:val="none"/);
  });

  it("lets the closing row split across pages and keeps only the signature lines together", async () => {
    const { document } = await parts(sampleSpec({ recipients: Array.from({ length: 40 }, (_, i) => `Đơn vị ${i + 1}`) }));
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const closing = tables[tables.length - 1];
    expect(closing).toContain("Nơi nhận:");
    expect(closing).not.toContain("cantSplit");
    const paragraphs = [...closing.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const paragraphOf = (text: string) => paragraphs.find((p) => p.includes(`>${text}<`)) ?? "";
    for (const head of ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]) {
      expect(paragraphOf(head)).toContain("<w:keepNext/>");
      expect(paragraphOf(head)).toContain("<w:keepLines/>");
    }
    expect(paragraphOf("Nguyễn Văn A")).toContain("<w:keepLines/>");
    // The recipients flow freely: only the heading keeps with its first line.
    expect(paragraphOf("- Đơn vị 20;")).not.toContain("<w:keepNext/>");
  });

  it("puts a second signature beside the main one and the recipients below both", async () => {
    const spec = sampleSpec({ signature: { signerTitle: "Chủ tọa", signerName: "Lò Văn Thắng" }, secondSignature: { signerTitle: "Thư ký", signerName: "Cà Thị Lan" } });
    const { document } = await parts(spec);
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const closing = tables[tables.length - 1];
    expect(paragraphTexts(closing)).toEqual(["THƯ KÝ", "Cà Thị Lan", "CHỦ TỌA", "Lò Văn Thắng"]);
    const texts = paragraphTexts(document);
    expect(texts.slice(-4)).toEqual(["Nơi nhận:", "- UBND tỉnh (b/c);", "- Các đơn vị dự Hội nghị;", "- Lưu: VT, TH."]);
  });

  it("keeps the header inside the margins, as wide as the text", async () => {
    const { document } = await parts(sampleSpec());
    const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? "";
    expect(header).not.toContain("<w:tblInd");
    const columns = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // 210 − 30 − 15 = 165 mm of text width, in twips.
    expect(columns.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(Math.round((165 * 1440) / 25.4));
  });

  it("leaves the number blank on a draft", async () => {
    const texts = paragraphTexts((await parts(sampleSpec({ number: null }))).document);
    expect(texts).toContain("Số:      /TB-STTTT");
  });

  it("writes a single addressee on one line and several as a list", async () => {
    expect(paragraphTexts((await parts(sampleSpec({ addressees: ["Sở Tài chính"] }))).document)).toContain("Kính gửi: Sở Tài chính.");
    const texts = paragraphTexts((await parts(sampleSpec({ addressees: ["Sở Tài chính", "Sở Nội vụ"] }))).document);
    expect(texts.slice(texts.indexOf("Kính gửi:"), texts.indexOf("Kính gửi:") + 3)).toEqual(["Kính gửi:", "- Sở Tài chính;", "- Sở Nội vụ."]);
  });

  it("keeps every Vietnamese letter unchanged", async () => {
    const letters = everyVietnameseLetter();
    expect(letters).toHaveLength(2 * (12 * 6 + 1));
    const decomposed = letters.normalize("NFD");
    const { document, core } = await parts(sampleSpec({ title: letters, body: [{ type: "paragraph", text: decomposed }], signature: { signerTitle: "Giám đốc", signerName: letters } }));
    const texts = paragraphTexts(document);
    // Body text and the name as given (decomposed input is stored composed); the title in capitals.
    expect(texts.filter((text) => text === letters)).toHaveLength(2);
    expect(texts).toContain(letters.toLocaleUpperCase("vi-VN"));
    expect(core).toContain(letters.toLocaleUpperCase("vi-VN"));
  });

  it("gives the same bytes for the same document", async () => {
    const first = await renderDocx(sampleSpec());
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await renderDocx(sampleSpec());
    expect(second.equals(first)).toBe(true);
    const core = (await parts(sampleSpec())).core;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2012-07-02T00:00:00Z</dcterms:created>');
    expect((await renderDocx(sampleSpec({ number: "06/TB-STTTT" }))).equals(first)).toBe(false);
  });
});
