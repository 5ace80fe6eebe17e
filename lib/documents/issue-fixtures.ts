import type { OfficialDocumentSpec } from "./spec";

/* Fixtures for the documents tests (not a test file itself, so importing it runs no tests). */

/** Every Vietnamese vowel with every tone mark, in both cases, plus đ and Đ (NFC). */
export function everyVietnameseLetter(): string {
  const tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
  const lower = [..."aăâeêioôơuưy"].flatMap((vowel) => tones.map((tone) => (vowel + tone).normalize("NFC"))).join("") + "đ";
  return lower + lower.toLocaleUpperCase("vi-VN");
}

export function sampleSpec(overrides: Partial<OfficialDocumentSpec> = {}): OfficialDocumentSpec {
  return {
    kind: "conclusion_notice",
    parentBody: "UBND tỉnh Điện Biên",
    issuingBody: "Sở Thông tin và Truyền thông",
    number: "05/TB-STTTT",
    typeCode: "TB",
    issuerSymbol: "STTTT",
    place: "Điện Biên",
    date: "2012-07-02",
    title: "THÔNG BÁO",
    summary: "Kết luận của Giám đốc Sở tại Hội nghị sơ kết 6 tháng đầu năm 2012",
    body: [
      { type: "paragraph", text: "Sáng ngày 02/7/2012, Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết." },
      { type: "heading", text: "I. KẾT QUẢ ĐẠT ĐƯỢC" },
      { type: "table", header: ["Chỉ tiêu", "Giá trị", "Đơn vị"], rows: [["Doanh thu bưu chính", "13,6", "tỷ đồng"]], widths: [60, 20, 20], numericColumns: [1] },
      { type: "heading", text: "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM" },
      { type: "numbered", items: ["Tăng cường công tác quản lý nhà nước về báo chí.", "Đẩy mạnh ứng dụng công nghệ thông tin."] },
      { type: "numbered", items: ["Hoàn thành cổng thông tin điện tử."], start: 3 },
    ],
    signature: { authorityPrefix: "KT.", authorityBody: "Giám đốc", signerTitle: "Phó Giám đốc", signerName: "Nguyễn Văn A" },
    recipients: ["UBND tỉnh (b/c)", "Các đơn vị dự Hội nghị", "Lưu: VT, TH"],
    ...overrides,
  };
}
