import { describe, expect, it } from "vitest";
import { asciiFallback, cleanFileName, contentDisposition, downloadFileName, shortenAtWord } from "./content-disposition";
import { formatFileSize } from "./format-size";

describe("Content-Disposition", () => {
  it("keeps the Vietnamese name in filename* and gives an ASCII fallback", () => {
    expect(contentDisposition("Báo cáo 6 tháng đầu năm 2012.pdf")).toBe(
      "attachment; filename=\"Bao cao 6 thang dau nam 2012.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%206%20th%C3%A1ng%20%C4%91%E1%BA%A7u%20n%C4%83m%202012.pdf",
    );
  });

  it("cannot be broken by quotes, semicolons or line breaks in a name", () => {
    const header = contentDisposition('a"b;\r\nSet-Cookie: x=1 (1)\'.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="a_b;__Set-Cookie: x=1 (1)\'.pdf"');
    expect(header).toContain("filename*=UTF-8''a%22b%3B%0D%0ASet-Cookie%3A%20x%3D1%20%281%29%27.pdf");
    expect(asciiFallback("Đề án.docx")).toBe("De an.docx");
    expect(asciiFallback("会议.pdf")).toBe("__.pdf");
  });

  it("cleans an uploaded name: last path segment, no control characters, NFC", () => {
    expect(cleanFileName("C:\\Users\\van thu\\Tờ trình.doc")).toBe("Tờ trình.doc");
    expect(cleanFileName("a\r\nb.pdf")).toBe("ab.pdf");
    expect(cleanFileName("Ba\u0301o ca\u0301o.pdf")).toBe("Báo cáo.pdf");
    const long = cleanFileName(`${"x".repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("cuts a long uploaded name at a whole word", () => {
    const name = cleanFileName(`${"Báo cáo kết quả ".repeat(20)}.pdf`);
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name).toMatch(/(Báo|cáo|kết|quả)….pdf$/);
  });
});

describe("download file names", () => {
  // The follow-up report's draft of the seed conference: 153 characters before shortening.
  const followUp = "Báo cáo kết quả thực hiện kết luận - bản nháp - Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2012";

  it("shortens at a whole word with an ellipsis, never inside a word", () => {
    const name = downloadFileName(followUp, ".docx");
    expect(name.length).toBeLessThanOrEqual(150);
    expect(name).toBe("Báo cáo kết quả thực hiện kết luận - bản nháp - Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối….docx");
    const words = new Set(followUp.split(" "));
    for (const word of name.replace(/….docx$/, "").split(" ")) expect(words.has(word)).toBe(true);
  });

  it("counts a Vietnamese letter with its tone mark as one character, whatever the input's normal form", () => {
    const decomposed = "Thường xuyên ".repeat(10).normalize("NFD");
    const short = shortenAtWord(decomposed, 40);
    expect(short).toBe("Thường xuyên Thường xuyên Thường xuyên…");
    expect(short.normalize("NFC")).toBe(short);
  });

  it("keeps names that fit, replaces what file systems refuse and cuts a single long word where it must", () => {
    expect(downloadFileName("05/TB: kết luận?", ".docx")).toBe("05 TB kết luận.docx");
    expect(downloadFileName("x".repeat(200), ".pdf", 20)).toBe(`${"x".repeat(15)}….pdf`);
  });

  it("travels in filename* (UTF-8) with an ASCII fallback", () => {
    const header = contentDisposition(downloadFileName(followUp, ".docx"));
    expect(header).toContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt");
    expect(header).toMatch(/^attachment; filename="Bao cao ket qua [^"]*\.docx"; filename\*=/);
  });
});

describe("file sizes", () => {
  it("are shown in vi-VN format", () => {
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(340 * 1024)).toBe("340 KB");
    expect(formatFileSize(1_258_291)).toBe("1,2 MB");
    expect(formatFileSize(20 * 1024 * 1024)).toBe("20 MB");
  });
});
